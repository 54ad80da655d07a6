/** A key-value store for small strings (sessionStorage in a browser, a Map in tests). */
export interface KeyValueStore {
  /** The value for `key`, or null. */
  get(key: string): string | null;
  /** Stores `value` under `key`; may throw when storage is full or blocked. */
  set(key: string, value: string): void;
  /** Removes `key`. */
  remove(key: string): void;
}

/** What the engine needs from the place it runs in. The browser one lives in `@situ/widget`. */
export interface Platform {
  /** The page's current URL, absolute. */
  href(): string;
  /** The page's current title. */
  title(): string;
  /** Calls `callback` after every same-document navigation; returns a function that stops it. */
  onNavigate(callback: () => void): () => void;
  /**
   * Watches which of `selectors` match a rendered element, calling `callback` with the matching
   * set at once and whenever it changes. Returns a function that stops watching.
   */
  watchSelectors(selectors: readonly string[], callback: (matching: ReadonlySet<string>) => void): () => void;
  /** Fetches and parses JSON, with the page's credentials. Rejects on a non-2xx answer. */
  fetchJSON(url: string): Promise<unknown>;
  /** Storage that lasts for the tab's session, or null where there is none. */
  session: KeyValueStore | null;
  /** Milliseconds since the epoch. */
  now(): number;
  /** True when `selector` is a valid CSS selector. */
  isSelector(selector: string): boolean;
  /** True when `color` is a CSS colour. */
  isColor(color: string): boolean;
  /** Reports a message to the developer (the console in a browser). */
  log(level: 'error' | 'warn', message: string): void;
}
