import type { KeyValueStore, Platform } from './platform';

/** A platform for Node and tests: the page, its elements, its network and its clock are in memory. */
export interface MemoryPlatform extends Platform {
  /** Navigates within the page (like `history.pushState`), notifying the engine. */
  navigate(href: string): void;
  /** Sets which selectors currently match rendered elements, notifying watchers. */
  setPresent(selectors: Iterable<string>): void;
  /** JSON answers by URL; a URL not listed answers 404. */
  responses: Map<string, unknown>;
  /** The URLs fetched, in order. */
  fetched: string[];
  /** Messages logged, in order. */
  logs: { level: 'error' | 'warn'; message: string }[];
  /** Moves the clock forward. */
  advance(ms: number): void;
  /** The session store's contents. */
  sessionData: Map<string, string>;
}

/** Creates an in-memory platform starting at `href`. */
export function createMemoryPlatform(href = 'https://example.test/', start = Date.UTC(2026, 10, 23, 9, 0)): MemoryPlatform {
  let current = href;
  let now = start;
  let present = new Set<string>();
  const navigateListeners = new Set<() => void>();
  const watchers = new Set<{ selectors: readonly string[]; callback: (m: ReadonlySet<string>) => void }>();
  const sessionData = new Map<string, string>();
  const session: KeyValueStore = {
    get: (k) => sessionData.get(k) ?? null,
    set: (k, v) => void sessionData.set(k, v),
    remove: (k) => void sessionData.delete(k),
  };
  const matchingFor = (selectors: readonly string[]) => new Set(selectors.filter((s) => present.has(s)));

  const platform: MemoryPlatform = {
    href: () => current,
    title: () => 'Test page',
    onNavigate(callback) {
      navigateListeners.add(callback);
      return () => navigateListeners.delete(callback);
    },
    watchSelectors(selectors, callback) {
      const watcher = { selectors, callback };
      watchers.add(watcher);
      callback(matchingFor(selectors));
      return () => watchers.delete(watcher);
    },
    async fetchJSON(url) {
      platform.fetched.push(url);
      if (!platform.responses.has(url)) throw new Error(`HTTP 404 for ${url}`);
      return JSON.parse(JSON.stringify(platform.responses.get(url)));
    },
    session,
    now: () => now,
    // Without a DOM, a selector is accepted unless it is plainly broken.
    isSelector: (s) => !/^[>+~,]|[>+~,]\s*$|\[[^\]]*$|\([^)]*$/.test(s.trim()),
    isColor: (c) => /^(#[0-9a-f]{3,8}|(rgb|hsl|oklch)a?\([^)]*\)|[a-z]+)$/i.test(c.trim()),
    log(level, message) {
      platform.logs.push({ level, message });
    },
    navigate(next) {
      current = new URL(next, current).href;
      for (const listener of [...navigateListeners]) listener();
    },
    setPresent(selectors) {
      present = new Set(selectors);
      for (const w of [...watchers]) w.callback(matchingFor(w.selectors));
    },
    responses: new Map(),
    fetched: [],
    logs: [],
    advance(ms) {
      now += ms;
    },
    sessionData,
  };
  return platform;
}
