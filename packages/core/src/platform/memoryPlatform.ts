import { FETCH_TIMEOUT_MS, httpError, type Delivery, type KeyValueStore, type PersistentStore, type Platform } from './platform';

/** A platform for Node and tests: the page, its elements, its network and its clock are in memory. */
export interface MemoryPlatform extends Platform {
  /** Navigates within the page (like `history.pushState`), notifying the engine. */
  navigate(href: string): void;
  /** Sets which selectors currently match rendered elements, notifying watchers. */
  setPresent(selectors: Iterable<string>): void;
  /** JSON answers by URL (`fetchText` gives a string as the text itself); a URL not listed answers 404. */
  responses: Map<string, unknown>;
  /** The URLs fetched, in order. */
  fetched: string[];
  /** Messages logged, in order. */
  logs: { level: 'error' | 'warn'; message: string }[];
  /** Moves the clock forward, running the timers that fall due, in order. */
  advance(ms: number): void;
  /** The session store's contents. */
  sessionData: Map<string, string>;
  /** The persistent store's contents. */
  storeData: Map<string, unknown>;
  /** Timers not yet run. */
  pendingTimers(): number;
  /** URLs whose fetch never answers (until the timeout). */
  hanging: Set<string>;
  /** The network comes back: runs the `onOnline` callbacks. */
  goOnline(): void;
  /** The page is being left: runs the `onLeave` callbacks. */
  leave(): void;
  /** Delivery's requests as sent, in order (they go over real HTTP, with Node's `fetch`). */
  posted: { url: string; body: string; headers: Record<string, string>; keepalive: boolean }[];
}

/** How many characters `fetchText` gives at a time: small, so that lines span pieces. */
const TEXT_PIECE = 1_000;

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
  const storeData = new Map<string, unknown>();
  const clone = <T>(x: T): T => (x === undefined ? x : JSON.parse(JSON.stringify(x)));
  const store: PersistentStore = {
    get: async (k) => clone(storeData.get(k)) as never,
    set: async (k, v) => void storeData.set(k, clone(v)),
    delete: async (k) => void storeData.delete(k),
    update: async (k, fn) => void storeData.set(k, clone(fn(clone(storeData.get(k))))),
  };
  let timerSeq = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const onlineListeners = new Set<() => void>();
  const leaveListeners = new Set<() => void>();
  const listen = (set: Set<() => void>) => (callback: () => void) => (set.add(callback), () => void set.delete(callback));
  // Real HTTP (Node's fetch) to whatever server the test starts: no mocked network.
  const delivery: Delivery = {
    async post(url, body, options) {
      platform.posted.push({ url, body, headers: { ...options.headers }, keepalive: !!options.keepalive });
      const response = await fetch(url, {
        method: 'POST',
        body,
        headers: { 'Content-Type': 'application/json', ...options.headers },
        signal: AbortSignal.timeout(options.timeoutMs ?? FETCH_TIMEOUT_MS),
      });
      const text = await response.text();
      let parsed: unknown = null;
      try {
        parsed = text ? JSON.parse(text) : null;
      } catch {
        // Not JSON: the status says enough.
      }
      return { status: response.status, retryAfter: response.headers.get('retry-after'), body: parsed };
    },
    onOnline: listen(onlineListeners),
    onLeave: listen(leaveListeners),
    env: () => ({ language: 'en-GB', viewport: '1280x800', timezone: 'Europe/Amsterdam' }),
    sameOrigin: (url) => new URL(url, current).origin === new URL(current).origin,
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
    fetchJSON(url, options) {
      platform.fetched.push(url);
      if (platform.hanging.has(url)) {
        const ms = options?.timeoutMs ?? FETCH_TIMEOUT_MS;
        return new Promise((_, reject) => platform.timers.set(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms));
      }
      if (!platform.responses.has(url)) return Promise.reject(httpError(404, url));
      return Promise.resolve(clone(platform.responses.get(url)));
    },
    async fetchText(url, options) {
      // The same answers as fetchJSON: a string as it is, anything else as JSON; given in small
      // pieces, as a network would, so that readers meet lines split across pieces.
      const answer = await platform.fetchJSON(url, options);
      const text = typeof answer === 'string' ? answer : JSON.stringify(answer);
      return (async function* pieces() {
        for (let i = 0; i < text.length; i += TEXT_PIECE) yield text.slice(i, i + TEXT_PIECE);
      })();
    },
    session,
    store,
    now: () => now,
    timers: {
      set(fn, ms) {
        const id = ++timerSeq;
        timers.set(id, { at: now + Math.max(0, ms), fn });
        return id;
      },
      clear: (handle) => void timers.delete(handle as number),
    },
    // Without a DOM, a selector is accepted unless it is plainly broken.
    isSelector: (s) => !/^[>+~,]|[>+~,]\s*$|\[[^\]]*$|\([^)]*$/.test(s.trim()),
    isColor: (c) => /^(#[0-9a-f]{3,8}|(rgb|hsl|oklch)a?\([^)]*\)|[a-z]+)$/i.test(c.trim()),
    log(level, message) {
      platform.logs.push({ level, message });
    },
    delivery: async () => delivery,
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
      const end = now + ms;
      for (;;) {
        let next: [number, { at: number; fn: () => void }] | undefined;
        for (const entry of timers) if (entry[1].at <= end && (!next || entry[1].at < next[1].at)) next = entry;
        if (!next) break;
        timers.delete(next[0]);
        now = Math.max(now, next[1].at);
        next[1].fn();
      }
      now = end;
    },
    sessionData,
    storeData,
    pendingTimers: () => timers.size,
    hanging: new Set(),
    goOnline: () => onlineListeners.forEach((fn) => fn()),
    leave: () => leaveListeners.forEach((fn) => fn()),
    posted: [],
  };
  return platform;
}
