import { defaultTheme, type ResolvedTheme } from '@situ/core';
import { mountHost, type Host } from '@situ/widget/mount';
import type { HubStart } from './hub';

/** `window.Situ`: the command function, with the queue of calls made before the hub loaded. */
interface SituGlobal {
  (...args: unknown[]): unknown;
  /** Calls queued before the hub loaded (the snippet's `Situ.q`). */
  q?: ArrayLike<unknown>[];
  /** Set once a loader has run, so a second copy of the script does nothing. */
  loaded?: boolean;
}

/** A queued call; `settle` hands its result to the page (a queued `ask`'s promise). */
export type Queued = unknown[] & { settle?: (result: unknown) => void };

type HubModule = { start(options: HubStart): (args: unknown[]) => unknown };

const win = window as unknown as { Situ?: SituGlobal; [MARK]?: true };
const HUB_FILE = 'situ-hub.js';
// Marks the page once a loader ran, even if the page then overwrote `window.Situ` with a stub.
const MARK = Symbol.for('situ.loader');

/** Logs one `[situ]` line; the page's own console.error may throw. */
const log = (...parts: unknown[]) => {
  try {
    console.error('[situ]', ...parts);
  } catch {
    // Nothing else can be said.
  }
};

(() => {
  const existing = win.Situ;
  if (existing?.loaded || win[MARK]) return;
  win[MARK] = true;
  const script = (document.currentScript ?? document.querySelector('script[src*="situ.js"]')) as HTMLScriptElement | null;
  const nonce = script?.nonce || undefined;
  // Calls queued by the stub, skipping entries that are not argument lists (a stray `null`).
  const queue: unknown[][] = [];
  try {
    for (const args of Array.from(existing?.q ?? [])) if (args && typeof args === 'object') queue.push(Array.from(args));
  } catch {
    // An unreadable queue is as good as an empty one.
  }
  let run: ((args: unknown[]) => unknown) | null = null;
  let host: Host | null = null;
  let config: unknown;
  let loading: Promise<void> | null = null;
  let started = false;
  let failed = false;
  // Settles once begin() has the config and has mounted the host; the hub waits for it, so a
  // call made while the config is loading cannot make the hub mount a second host.
  let mounted: Promise<void> = Promise.resolve();

  const Situ: SituGlobal = function situ(...args: unknown[]) {
    try {
      if (run) return run(args);
      if (args[0] === 'init' && !started) return void begin(args[1]);
      if (args[0] === 'destroy' && !run) {
        host?.destroy();
        host = null;
        started = false;
        notRun();
        return;
      }
      queue.push(args);
      // A listener needs nothing yet (no event fires before the hub is there): it waits for idle.
      if (started && args[0] !== 'on') load();
      // A call made while the hub is on its way returns a promise of its result (what `ask`
      // answers): it settles when the hub has run it (hub.ts), or with undefined when the hub
      // cannot load or on `destroy`; a call settled so is never run later.
      return new Promise((resolve) => ((args as Queued).settle = resolve));
    } catch (error) {
      log('loader:', error);
    }
  };
  Situ.loaded = true;
  Situ.q = queue;
  win.Situ = Situ;

  /**
   * Empties the queue: each call waiting for the hub settles with undefined, "not run" (for
   * `ask`, not a "no": the page may ask its own way).
   */
  function notRun() {
    for (const args of queue.splice(0)) (args as Queued).settle?.(undefined);
  }

  function load(): Promise<void> {
    const url = new URL(HUB_FILE, script?.src || location.href).href;
    // The hub waits for the latest mount (an init after a destroy mounts anew).
    loading ??= import(/* @vite-ignore */ url)
      .then((hub: HubModule) => mounted.then(() => hub))
      .then((hub: HubModule) => {
        // Destroyed while loading: the next init loads (from the cache) and starts afresh.
        if (!started) return void (loading = null);
        host?.launcher.button.removeEventListener('click', onEarlyClick);
        host?.launcher.button.removeAttribute('aria-busy');
        run = hub.start({ host, config, queue, mount: () => mountHost(document, { nonce }) });
      })
      .catch((error: unknown) => {
        loading = null;
        host?.launcher.button.removeAttribute('aria-busy');
        // Once: hover, idle and a click may each try again.
        notRun();
        if (!failed) log(`the help could not be loaded from ${url}${new URL(url).origin === location.origin ? '' : ' (another origin must send CORS headers)'}:`, error);
        failed = true;
      });
    return loading;
  }

  function onEarlyClick() {
    // However often the visitor presses while the hub loads, it opens once it has arrived.
    if (!queue.some((args) => args[0] === 'open')) queue.push(['open']);
    host?.launcher.button.setAttribute('aria-busy', 'true');
    void load();
  }

  /** Themes the launcher from a config not yet validated: only values the browser accepts. */
  function launcherTheme(raw: unknown): ResolvedTheme {
    const theme = { ...defaultTheme };
    // A config's getters may throw: the launcher then keeps the default look.
    try {
      const t = (raw as { theme?: Record<string, unknown> } | null)?.theme;
      if (typeof t?.accent === 'string' && CSS.supports('color', t.accent)) theme.accent = t.accent;
      if (t?.position === 'bottom-left') theme.position = 'bottom-left';
      // Where the launcher sits from the start, so it does not jump when the hub arrives.
      const o = t?.offset as { x?: unknown; y?: unknown } | undefined;
      const px = (n: unknown, d: number) => (typeof n === 'number' && n >= 0 && n <= 400 ? n : d);
      theme.offset = { x: px(o?.x, 20), y: px(o?.y, 20) };
    } catch {
      // (the hub reports the config's problems)
    }
    return theme;
  }

  function begin(source: unknown) {
    started = true;
    // A mount that fails (a config whose getters throw) must not block the hub for good.
    mounted = mount(source).catch((error: unknown) => log('init:', error));
  }

  async function mount(source: unknown) {
    config = source;
    if (typeof source === 'string') {
      // Without a config Situ does not start: no launcher that would open an empty hub.
      try {
        const response = await fetch(source, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        config = await response.json();
        if (!config || typeof config !== 'object') throw new Error('expected a config object');
      } catch (error) {
        started = false;
        return log(`init: could not load the config from ${source.slice(0, 200)}:`, error);
      }
    }
    if (!document.body) await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
    if (!started || host || run) return;
    host = mountHost(document, { nonce });
    host.setTheme(launcherTheme(config));
    const button = host.launcher.button;
    button.addEventListener('click', onEarlyClick);
    // The panel code loads when the visitor reaches for the launcher, or when the page is idle.
    for (const type of ['pointerenter', 'focus', 'touchstart']) button.addEventListener(type, () => void load(), { once: true, passive: true });
    const idle = (window as { requestIdleCallback?: (cb: () => void, o: { timeout: number }) => void }).requestIdleCallback;
    if (idle) idle(() => void load(), { timeout: 4000 });
    else setTimeout(() => void load(), 1500);
    // A call waiting for the hub loads it now; listeners alone can wait for idle (nothing fires before).
    if (queue.some((args) => args[0] !== 'on')) void load();
  }

  const inline = document.getElementById('situ-config');
  const url = script?.dataset.config;
  if (url) void begin(url);
  else if (inline?.textContent) {
    try {
      void begin(JSON.parse(inline.textContent));
    } catch (error) {
      log(`config: the inline #situ-config is not valid JSON: ${(error as Error).message}`);
    }
  } else {
    const init = queue.findIndex((args) => args[0] === 'init');
    if (init >= 0) void begin(queue.splice(init, 1)[0]![1]);
  }
})();
