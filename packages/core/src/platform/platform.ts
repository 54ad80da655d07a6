/** A key-value store for small strings (sessionStorage in a browser, a Map in tests). */
export interface KeyValueStore {
  /** The value for `key`, or null. */
  get(key: string): string | null;
  /** Stores `value` under `key`; may throw when storage is full or blocked. */
  set(key: string, value: string): void;
  /** Removes `key`. */
  remove(key: string): void;
}

/** Storage that outlives the page (IndexedDB in a browser): narrow, async, JSON values. */
export interface PersistentStore {
  /** The value stored under `key`, or undefined. Rejects when storage is unavailable. */
  get<T>(key: string): Promise<T | undefined>;
  /** Stores `value` (structured-cloneable) under `key`. Rejects when storage is full or blocked. */
  set(key: string, value: unknown): Promise<void>;
  /** Removes `key`. */
  delete(key: string): Promise<void>;
  /**
   * Replaces the value under `key` with `fn(old)` in one transaction, so that two tabs updating
   * at once both keep their change. Rejects when storage is unavailable.
   */
  update(key: string, fn: (old: unknown) => unknown): Promise<void>;
}

/** Timers, so retries and settle delays run under a fake clock in tests. */
export interface Timers {
  /** Calls `fn` once after `ms`; returns a handle for `clear`. */
  set(fn: () => void, ms: number): unknown;
  /** Cancels a timer set with `set`. */
  clear(handle: unknown): void;
}

/** Options for `fetchJSON`. */
export interface FetchOptions {
  /** Gives up after this many ms. @default 10000 */
  timeoutMs?: number;
}

/** The error `fetchJSON` rejects with for a non-2xx answer; callers read its `status`. */
export const httpError = (status: number, url?: string): Error & { status: number } =>
  Object.assign(new Error(url ? `HTTP ${status} for ${url}` : `HTTP ${status}`), { status });

/** How long a fetch may take before it is abandoned, in ms. */
export const FETCH_TIMEOUT_MS = 10_000;

/** A server's answer to `Delivery.post`. */
export interface PostAnswer {
  /** The HTTP status. */
  status: number;
  /** The `Retry-After` header, as sent (seconds or an HTTP date), or null. */
  retryAfter: string | null;
  /** The body parsed as JSON, or null when it is not JSON. */
  body: unknown;
}

/** Options for `Delivery.post`. */
export interface PostOptions {
  /** Request headers (`Idempotency-Key`). */
  headers: Record<string, string>;
  /** Sent as the page is left (`fetch(…, { keepalive: true })`): its answer may never be seen. */
  keepalive?: boolean;
  /** Gives up after this many ms. @default 10000 */
  timeoutMs?: number;
}

/**
 * What the outbox needs to deliver messages: the network, the network's coming back, the page
 * being left, a lock between tabs. A lazy part of the platform, asked for only when there is
 * something to send, so the hub does not carry it.
 */
export interface Delivery {
  /** POSTs a JSON body. Rejects only when no answer arrived (offline, timeout, CORS). */
  post(url: string, body: string, options: PostOptions): Promise<PostAnswer>;
  /** Calls `callback` when the network comes back; returns a function that stops it. */
  onOnline(callback: () => void): () => void;
  /** Calls `callback` as the page is being left (`pagehide` on the window); returns a function that stops it. */
  onLeave(callback: () => void): () => void;
  /**
   * Runs `fn` holding the lock `name` across the origin's tabs (Web Locks), or resolves false at
   * once when another tab holds it. Absent where the platform has no such lock: the outbox then
   * takes a lease in the persistent store instead.
   */
  lock?(name: string, fn: () => Promise<void>): Promise<boolean>;
  /** The visitor's environment for a contact's context. */
  env(): { language?: string; viewport?: string; timezone?: string };
  /** True when `url` is on the page's own origin (a keepalive send needs no preflight then). */
  sameOrigin(url: string): boolean;
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
  /**
   * Fetches and parses JSON, with the page's credentials. Rejects on a non-2xx answer (an error
   * whose `status` is the HTTP status: see `httpError`), and after `timeoutMs` (default
   * `FETCH_TIMEOUT_MS`) with an error that says so.
   */
  fetchJSON(url: string, options?: FetchOptions): Promise<unknown>;
  /**
   * Fetches a text as `fetchJSON` does and resolves once the answer has begun, with its text in
   * pieces as they arrive (so a large file can be read without one long task). Rejects as
   * `fetchJSON` does; a timeout while the pieces come ends them with the same error.
   */
  fetchText(url: string, options?: FetchOptions): Promise<AsyncIterable<string>>;
  /** Storage that lasts for the tab's session, or null where there is none. */
  session: KeyValueStore | null;
  /** Storage that outlives the session (ratings, hints seen), or null where there is none. */
  store: PersistentStore | null;
  /** Milliseconds since the epoch. */
  now(): number;
  /** Timers. */
  timers: Timers;
  /** True when `selector` is a valid CSS selector. */
  isSelector(selector: string): boolean;
  /** True when `color` is a CSS colour. */
  isColor(color: string): boolean;
  /** Reports a message to the developer (the console in a browser). */
  log(level: 'error' | 'warn', message: string): void;
  /** Loads what delivering messages needs (network, online, leaving, locks); a lazy chunk. */
  delivery(): Promise<Delivery>;
}
