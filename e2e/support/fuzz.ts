import type { Page } from '@playwright/test';

/**
 * A seeded fuzzer for `Situ(name, ...args)`, run in the page (robust-fuzz.spec.ts).
 *
 * `installSituFuzz` is handed to `page.addInitScript`, so it runs in the page before any of the
 * page's own scripts and must be self-contained (no reference to anything outside its body).
 * Every call of the stream is built from its own PRNG, seeded from (seed, index): the same seed
 * gives the same calls whether they are queued through the stub, made while the hub code loads,
 * or made live, and any subset of indices (FUZZ_PICK) rebuilds exactly those calls.
 */

/** The options the in-page fuzzer takes (JSON: they cross into the page). */
export interface FuzzOptions {
  seed: number;
  /** How many calls the stream has (indices 0..calls-1). */
  calls: number;
  /** Only these indices of the stream, in this order (FUZZ_PICK), or null for all of them. */
  pick: number[] | null;
  /**
   * 'queued': the host page's script pushes the stream through the stub before situ.js loads
   * (`queueAll`); 'loading' and 'live': the test runs it in chunks (`run`) after situ.js ran,
   * while the hub code is held back or once it has loaded.
   */
  mode: 'queued' | 'loading' | 'live';
  /** The fixture's valid config, as an object. */
  validConfig: Record<string, unknown>;
  /** The same config's URL. */
  configUrl: string;
}

/** One problem seen in the page, with the stream index that was running (or had last run). */
export interface FuzzEvent {
  /** The top-level call index running when it happened, or the last one run (-1: none yet). */
  at: number;
  /** Whether a call was running at that moment (false: after it, from a timer, promise, …). */
  during: boolean;
  /** 'queue' (pushing to the stub), 'replay' (after the pushes: the loader replays them), 'run' (live calls). */
  phase: string;
  /** Where it happened for a throw: the call's description (nested calls are prefixed "↳"). */
  call?: string;
  message: string;
}

/** What the in-page fuzzer has counted so far. */
export interface FuzzStats {
  /** Top-level calls made (live) or pushed through the stub (queued). */
  tried: number;
  /** Calls made from inside listeners (re-entrant), all wrapped like the top-level ones. */
  nested: number;
  /** Throws out of `Situ(...)`, top-level and nested. */
  throws: FuzzEvent[];
  /** `error` events on window (uncaught exceptions). */
  errors: FuzzEvent[];
  /** `unhandledrejection` events. */
  rejections: FuzzEvent[];
  /** Console errors, as the page logged them (first argument, cut to 300 characters). */
  consoleErrors: FuzzEvent[];
  /** The most `<situ-root>` elements and the most dialogs (in their shadow roots) seen at once. */
  maxRoots: number;
  maxDialogs: number;
}

/** The page's side: `window.__situFuzz`. */
export interface FuzzApi {
  options: FuzzOptions;
  stats: FuzzStats;
  phase: string;
  /** The description of call `index` (rebuilt from the seed). */
  describe(index: number): string;
  /** Pushes the whole stream through `window.Situ` (the stub, in the queued mode). */
  queueAll(): void;
  /**
   * Runs positions [from, to) of the stream live, each call wrapped in try/catch. After some calls
   * (drawn from the seed) it lets promises settle, or a task run, as a page's calls are spread
   * over time; the rest follow each other synchronously.
   */
  run(from: number, to: number): Promise<void>;
  /** How many calls the stream has (after FUZZ_PICK). */
  length: number;
  /** Counts roots and dialogs now. */
  countRoots(): { roots: number; dialogs: number };
}

/** A 32-bit seed from text or a number (FUZZ_SEED may be either). */
export function seedFrom(text: string | undefined, fallback: number): number {
  if (!text) return fallback;
  if (/^\d+$/.test(text.trim())) return Number(text.trim()) >>> 0;
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619);
  return h >>> 0;
}

/** "3,10-12,40" → [3, 10, 11, 12, 40]; empty or unset → null. */
export function parsePick(text: string | undefined): number[] | null {
  if (!text || !text.trim()) return null;
  const out: number[] = [];
  for (const part of text.split(',')) {
    const m = part.trim().match(/^(\d+)(?:-(\d+))?$/);
    if (!m) throw new Error(`FUZZ_PICK: "${part}" is not an index or a range a-b`);
    const a = Number(m[1]);
    const b = m[2] === undefined ? a : Number(m[2]);
    for (let i = a; i <= b; i++) out.push(i);
  }
  return out;
}

/** The fuzzer's page side; see the file comment. Runs in the page, self-contained. */
export function installSituFuzz(options: FuzzOptions): void {
  type AnyFn = (...args: unknown[]) => unknown;
  type SituFn = AnyFn & { q?: unknown[] };
  type Made = { v: unknown; d: string };
  const w = window as unknown as { Situ?: SituFn; __situFuzz?: FuzzApi };
  // The page's own references, kept before anything else can replace them.
  const nativeError = console.error.bind(console);
  const ProxyCtor = Proxy;

  // ---- PRNG: mulberry32, one per call, seeded from (seed, index[, sub]) -----------------------
  const mulberry32 = (a: number) => () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const mix = (...parts: number[]) => {
    let h = 0x811c9dc5;
    for (const p of parts) {
      h = Math.imul(h ^ (p >>> 0), 0x01000193);
      h ^= h >>> 13;
      h = Math.imul(h, 0x5bd1e995);
      h ^= h >>> 15;
    }
    return h >>> 0;
  };
  type Rng = { next(): number; int(n: number): number; pick<T>(list: readonly T[]): T; chance(p: number): boolean };
  const rngFor = (...parts: number[]): Rng => {
    const next = mulberry32(mix(options.seed, ...parts));
    const int = (n: number) => Math.floor(next() * n);
    return { next, int, pick: (list) => list[int(list.length)]!, chance: (p) => next() < p };
  };

  // ---- the stats ----------------------------------------------------------------------------
  const stats: FuzzStats = {
    tried: 0,
    nested: 0,
    throws: [],
    errors: [],
    rejections: [],
    consoleErrors: [],
    maxRoots: 0,
    maxDialogs: 0,
  };
  let current = -1; // the top-level index running, or the last one run
  let running = false;
  const where = () => ({ at: current, during: running, phase: api.phase });
  /** Text for any value, never throwing (a value built to break String() included). */
  const safeText = (x: unknown): string => {
    try {
      if (x instanceof Error) return `${x.name}: ${x.message}`;
    } catch {
      /* a hostile Error */
    }
    try {
      return typeof x === 'symbol' ? x.toString() : String(x);
    } catch {
      try {
        return `[unprintable ${typeof x}]`;
      } catch {
        return '[unprintable]';
      }
    }
  };
  const cut = (s: string, n = 300) => (s.length > n ? `${s.slice(0, n)}… (${s.length} chars)` : s);

  addEventListener(
    'error',
    (e) => {
      const ev = e as ErrorEvent;
      if (!(ev instanceof ErrorEvent)) return; // a resource's load error, not a script error
      stats.errors.push({ ...where(), message: cut(`${safeText(ev.error ?? ev.message)} (${ev.filename}:${ev.lineno})`) });
    },
    true,
  );
  addEventListener('unhandledrejection', (e) => {
    stats.rejections.push({ ...where(), message: cut(safeText((e as PromiseRejectionEvent).reason)) });
  });
  console.error = (...args: unknown[]) => {
    stats.consoleErrors.push({ ...where(), message: cut(args.map(safeText).join(' ')) });
    nativeError(...args);
  };

  // ---- hostile values -----------------------------------------------------------------------
  const cache: Record<string, unknown> = {};
  const once = <T>(key: string, make: () => T): T => (key in cache ? (cache[key] as T) : (cache[key] = make()) as T);
  const MiB = 1 << 20;
  const hugeString = () => once('huge', () => 'x'.repeat(MiB));
  const hugeArticle = () => once('hugeArticle', () => `article:${'a'.repeat(MiB)}`);
  const deepArray = () =>
    once('deepArray', () => {
      let v: unknown = [];
      for (let i = 0; i < 100_000; i++) v = [v];
      return v;
    });
  const deepObject = () =>
    once('deepObject', () => {
      let v: Record<string, unknown> = { id: 'deep' };
      for (let i = 0; i < 100_000; i++) v = { id: `d${i}`, version: 1, child: v };
      return v;
    });
  const deepConfig = () =>
    once('deepConfig', () => ({ version: 1, articles: [{ id: 'deep', title: 'Deep', body: 'x', tags: [deepArray()] }], theme: deepObject() }));

  /** Something to throw, of many kinds; none of them is built to be printed safely. */
  const throwables: [string, () => unknown][] = [
    ['Error', () => new Error('fuzz: thrown Error')],
    ['TypeError', () => new TypeError('fuzz: thrown TypeError')],
    ['string', () => 'fuzz: thrown string'],
    ['undefined', () => undefined],
    ['null', () => null],
    ['number', () => 42],
    ['symbol', () => Symbol('fuzz')],
    ['bigint', () => 7n],
    ['plain-object', () => ({ reason: 'fuzz' })],
    ['null-proto-object', () => Object.create(null)],
    ['toString-throws', () => badToString()],
    ['proxy-every-trap-throws', () => throwingProxy({})],
    ['revoked-proxy', () => revokedProxy({})],
    ['Error-message-getter-throws', () => {
      const e = new Error('x');
      Object.defineProperty(e, 'message', { get() { throw new Error('fuzz: message getter'); } });
      return e;
    }],
  ];
  const throwKind = (rng: Rng) => rng.pick(throwables);

  function badToString(): object {
    const boom = () => { throw new Error('fuzz: toString'); };
    return { toString: boom, valueOf: boom, [Symbol.toPrimitive]: boom, toJSON: boom };
  }
  function throwingProxy(target: object, what: () => unknown = () => new Error('fuzz: proxy trap')): object {
    const trap = () => { throw what(); };
    return new ProxyCtor(target, {
      get: trap, set: trap, has: trap, deleteProperty: trap, ownKeys: trap, getOwnPropertyDescriptor: trap,
      defineProperty: trap, getPrototypeOf: trap, setPrototypeOf: trap, isExtensible: trap, preventExtensions: trap,
      apply: trap, construct: trap,
    });
  }
  function revokedProxy(target: object): object {
    const { proxy, revoke } = ProxyCtor.revocable(target, {});
    revoke();
    return proxy;
  }
  /** An object whose every listed property is a getter that throws `what()`. */
  function getterBomb(base: Record<string, unknown>, keys: (string | symbol)[], what: () => unknown): object {
    const o: Record<string | symbol, unknown> = { ...base };
    for (const k of keys) Object.defineProperty(o, k, { enumerable: true, configurable: true, get() { throw what(); } });
    return o;
  }
  const ALL_KEYS: (string | symbol)[] = [
    'version', 'site', 'locale', 'articles', 'articlesUrl', 'pages', 'theme', 'messages', 'id', 'name', 'email', 'view', 'step',
    'then', 'toJSON', 'length', 'message', 'constructor', 'toString', 'valueOf', Symbol.toPrimitive, Symbol.iterator,
  ];
  const cyclic = () => {
    const c: Record<string, unknown> = { version: 1, id: 'cyc', title: 'Cyclic' };
    c.self = c;
    c.articles = [c];
    c.pages = [{ id: 'p', match: '/e2e/*', articles: [c] }];
    c.theme = c;
    return c;
  };
  const cyclicArray = () => {
    const a: unknown[] = [1];
    a.push(a);
    return a;
  };
  const validClone = () => JSON.parse(JSON.stringify(options.validConfig)) as Record<string, unknown>;

  /** Functions that are not well-behaved listeners (the listener factories are below). */
  const hostileFunctions: [string, () => unknown][] = [
    ['fn-throws-Error', () => () => { throw new Error('fuzz: fn'); }],
    ['fn-throws-string', () => () => { throw 'fuzz: fn string'; }],
    ['fn-throws-toString-throws', () => () => { throw badToString(); }],
    ['fn-with-throwing-toString', () => {
      const f = () => undefined;
      f.toString = () => { throw new Error('fuzz: fn toString'); };
      return f;
    }],
    ['fn-with-throwing-name', () => {
      const f = () => undefined;
      Object.defineProperty(f, 'name', { get() { throw new Error('fuzz: fn name'); } });
      return f;
    }],
    ['class', () => class Fuzz {}],
    ['proxy-fn-every-trap-throws', () => throwingProxy(() => undefined)],
    ['proxy-fn-throws-non-error', () => throwingProxy(() => undefined, () => badToString())],
    ['revoked-proxy-fn', () => revokedProxy(() => undefined)],
    ['bound-throwing', () => function (this: unknown) { throw this; }.bind(badToString())],
  ];

  /** One hostile value. */
  function hostile(rng: Rng, depth = 0): Made {
    const k = rng.int(34);
    switch (k) {
      case 0: return { v: throwingProxy({}), d: 'Proxy(every trap throws)' };
      case 1: return { v: throwingProxy({}, () => 'fuzz: trap string'), d: 'Proxy(traps throw a string)' };
      case 2: return { v: revokedProxy({}), d: 'revoked Proxy' };
      case 3: return { v: revokedProxy([]), d: 'revoked Proxy(array)' };
      case 4: {
        const [t, make] = throwKind(rng);
        return { v: getterBomb({}, ALL_KEYS, make), d: `object, every getter throws ${t}` };
      }
      case 5: {
        const [t, make] = throwKind(rng);
        const key = rng.pick(['theme', 'articles', 'pages', 'version', 'then', 'messages', 'locale']);
        return { v: getterBomb(validClone(), [key], make), d: `valid config, getter "${key}" throws ${t}` };
      }
      case 6: return { v: cyclic(), d: 'cyclic object' };
      case 7: return { v: cyclicArray(), d: 'cyclic array' };
      case 8: return rng.pick([
        { v: Symbol('fuzz'), d: 'Symbol()' },
        { v: Symbol.iterator, d: 'Symbol.iterator' },
        { v: Symbol.for('open'), d: 'Symbol.for("open")' },
      ]);
      case 9: return rng.pick([
        { v: 10n, d: '10n' },
        { v: -(2n ** 64n), d: '-(2n**64n)' },
      ]);
      case 10: return rng.pick([
        { v: NaN, d: 'NaN' },
        { v: Infinity, d: 'Infinity' },
        { v: -Infinity, d: '-Infinity' },
        { v: -0, d: '-0' },
        { v: Number.MAX_VALUE, d: 'Number.MAX_VALUE' },
      ]);
      case 11: return { v: hugeString(), d: '1 MiB string' };
      case 12: return { v: hugeArticle(), d: '"article:" + 1 MiB' };
      case 13: return { v: deepArray(), d: 'array nested 100,000 deep' };
      case 14: return { v: deepObject(), d: 'object nested 100,000 deep' };
      case 15: {
        const [t, make] = rng.pick(hostileFunctions);
        return { v: make(), d: t };
      }
      case 16: return { v: badToString(), d: 'object, toString/valueOf/toPrimitive/toJSON throw' };
      case 17: return { v: Object.create(null), d: 'Object.create(null)' };
      case 18: return rng.pick([
        { v: undefined, d: 'undefined' },
        { v: null, d: 'null' },
        { v: true, d: 'true' },
        { v: 0, d: '0' },
        { v: '', d: '""' },
        { v: '   ', d: '"   "' },
      ]);
      case 19: return rng.pick([
        { v: '\uD800', d: 'lone surrogate' },
        { v: 'a\u0000b', d: 'NUL in a string' },
        { v: '\u202Eevil', d: 'RTL override' },
        { v: '<img src=x onerror="window.__xss=1">', d: 'HTML string' },
        { v: '__proto__', d: '"__proto__"' },
        { v: 'constructor', d: '"constructor"' },
        { v: 'article:__proto__', d: '"article:__proto__"' },
        { v: 'article:', d: '"article:"' },
      ]);
      case 20: return { v: new String('open'), d: 'new String("open")' };
      case 21: return { v: { toString: () => 'open' }, d: 'object toString→"open"' };
      case 22: return { v: { then: () => { throw new Error('fuzz: then'); } }, d: 'thenable whose then throws' };
      case 23: return { v: document.body, d: 'document.body' };
      case 24: return { v: document.createElement('div'), d: 'detached div' };
      case 25: return { v: new Date(NaN), d: 'Invalid Date' };
      case 26: return { v: Object.freeze({ id: 'frozen', version: 1 }), d: 'frozen object' };
      case 27: return { v: [undefined, , null], d: 'sparse array' }; // eslint-disable-line no-sparse-arrays
      case 28: return { v: new Map([['id', 'map']]), d: 'Map' };
      case 29: return { v: deepConfig(), d: 'config with 100,000-deep values' };
      case 30: return { v: { version: 1, articles: [throwingProxy({})], pages: [revokedProxy({})] }, d: 'config with Proxy article and revoked page' };
      case 31: return { v: { version: 1, articles: [{ id: hugeString(), title: hugeString(), body: hugeString() }] }, d: 'config with a 1 MiB article' };
      case 32: {
        const [t, make] = throwKind(rng);
        return { v: getterBomb({ id: 'c-17' }, ['name', 'email', 'plan'], make), d: `visitor, getters throw ${t}` };
      }
      default: {
        if (depth > 1) return { v: [], d: '[]' };
        const inner = hostile(rng, depth + 1);
        return { v: [inner.v, { nested: inner.v }], d: `[${inner.d}, {nested}]` };
      }
    }
  }

  // ---- the driver: every call goes through here, wrapped ----------------------------------------
  let depth = 0;
  function call(args: unknown[], d: string): void {
    const nested = depth > 0;
    if (nested) stats.nested += 1;
    depth += 1;
    try {
      w.Situ!(...args);
    } catch (error) {
      stats.throws.push({ ...where(), call: `${nested ? '↳ ' : ''}${d}`, message: cut(safeText(error)) });
    } finally {
      depth -= 1;
    }
  }

  // ---- listeners ----------------------------------------------------------------------------
  const listeners: unknown[] = []; // every function handed to `on`, so `off` can name one
  const EVENTS = ['ready', 'error', 'open', 'close', 'step', 'article:view', 'article:rate', 'search', 'link'];
  function listener(rng: Rng, index: number): Made {
    const budget = 3; // a re-entrant listener acts at most this often, so the stream ends
    const k = rng.int(16);
    let left = budget;
    const reenter = (args: () => unknown[], d: string): Made => ({
      v: () => {
        if (left-- <= 0) return;
        call(args(), d);
      },
      d: `listener calling Situ(${d})`,
    });
    switch (k) {
      case 0: return reenter(() => ['open'], "'open'");
      case 1: return reenter(() => ['close'], "'close'");
      case 2: return reenter(() => ['toggle'], "'toggle'");
      case 3: return reenter(() => ['destroy'], "'destroy'");
      case 4: return reenter(() => ['init', validClone()], "'init', validConfig");
      case 5: return reenter(() => ['init', options.configUrl], `'init', '${options.configUrl}'`);
      case 6: return reenter(() => ['open', 'article:reset-password'], "'open', 'article:reset-password'");
      case 7: {
        // A listener that makes a hostile call of its own, built when it runs.
        let n = 0;
        return {
          v: () => {
            if (left-- <= 0) return;
            const sub = rngFor(index, 1_000_000 + n++);
            const made = hostile(sub);
            const name = sub.pick(NAMES);
            call([name, made.v], `'${name}', ${made.d}`);
          },
          d: 'listener making a hostile call',
        };
      }
      case 8: case 9: case 10: case 11: {
        const [t, make] = throwKind(rng);
        return { v: () => { throw make(); }, d: `listener throwing ${t}` };
      }
      case 12: {
        const [t, make] = rng.pick(hostileFunctions);
        return { v: make(), d: t };
      }
      case 13: return { v: () => { call(['destroy'], "'destroy'"); call(['init', validClone()], "'init', validConfig"); }, d: 'listener calling destroy then init' };
      default: return { v: () => undefined, d: 'listener (no-op)' };
    }
  }

  // ---- a call of the stream -----------------------------------------------------------------
  const NAMES = ['init', 'step', 'context', 'identify', 'open', 'close', 'toggle', 'article', 'on', 'off', 'locale', 'destroy'];
  // How often each command is drawn (destroy and init rarer than the commands a page uses).
  const WEIGHTS: Record<string, number> = {
    init: 4, step: 8, context: 6, identify: 6, open: 10, close: 8, toggle: 6, article: 8, on: 14, off: 5, locale: 5, destroy: 3,
  };
  const weighted = NAMES.flatMap((n) => Array.from({ length: WEIGHTS[n]! }, () => n));

  function hostileName(rng: Rng): Made {
    return rng.pick<() => Made>([
      () => ({ v: throwingProxy({}), d: 'Proxy(every trap throws)' }),
      () => ({ v: throwingProxy(() => undefined), d: 'Proxy(function, every trap throws)' }),
      () => ({ v: revokedProxy({}), d: 'revoked Proxy' }),
      () => ({ v: Symbol('open'), d: 'Symbol("open")' }),
      () => ({ v: 10n, d: '10n' }),
      () => ({ v: NaN, d: 'NaN' }),
      () => ({ v: Infinity, d: 'Infinity' }),
      () => ({ v: hugeString(), d: '1 MiB string' }),
      () => ({ v: '__proto__', d: '"__proto__"' }),
      () => ({ v: 'constructor', d: '"constructor"' }),
      () => ({ v: 'toString', d: '"toString"' }),
      () => ({ v: 'hasOwnProperty', d: '"hasOwnProperty"' }),
      () => ({ v: '', d: '""' }),
      () => ({ v: ' open', d: '" open"' }),
      () => ({ v: 'OPEN', d: '"OPEN"' }),
      () => ({ v: 'items', d: '"items"' }),
      () => ({ v: new String('open'), d: 'new String("open")' }),
      () => ({ v: badToString(), d: 'object, toString throws' }),
      () => ({ v: Object.create(null), d: 'Object.create(null)' }),
      () => ({ v: undefined, d: 'undefined' }),
      () => ({ v: null, d: 'null' }),
      () => ({ v: ['open'], d: '["open"]' }),
      () => ({ v: cyclic(), d: 'cyclic object' }),
      () => ({ v: getterBomb({}, ALL_KEYS, () => new Error('fuzz: getter')), d: 'object, every getter throws' }),
      () => {
        const [t, make] = rng.pick(hostileFunctions);
        return { v: make(), d: t };
      },
    ])();
  }

  /** A plausible argument for a command (a valid one, or close to it). */
  function plausible(name: string, rng: Rng, index: number): Made[] {
    const one = <T>(...list: [T, string][]) => {
      const [v, d] = rng.pick(list);
      return [{ v, d }];
    };
    switch (name) {
      case 'init': return rng.chance(0.6)
        ? one<unknown>([validClone(), 'validConfig'], [options.configUrl, `'${options.configUrl}'`])
        : one<unknown>([{}, '{}'], [{ version: 1 }, '{ version: 1 }'], ['/e2e/missing.json', "'/e2e/missing.json'"], ['https://example.invalid/x.json', "'https://example.invalid/x.json'"], ['data:application/json,{}', 'data: URL']);
      case 'step': {
        const id = one<unknown>(['card', "'card'"], ['one', "'one'"], [null, 'null'], ['payment', "'payment'"]);
        if (!rng.chance(0.4)) return id;
        return [...id, rng.chance(0.5) ? { v: { attempt: 2 }, d: '{ attempt: 2 }' } : hostile(rng)];
      }
      case 'context': return one<unknown>([{ plan: 'gold', cartValue: 129.95 }, '{ plan, cartValue }'], [{}, '{}']);
      case 'identify': return one<unknown>([{ id: 'c-17', name: 'Ada', email: 'ada@example.com' }, "{ id: 'c-17', … }"], [{ id: '' }, "{ id: '' }"]);
      case 'open': return rng.chance(0.3) ? [] : one(['home', "'home'"], ['search', "'search'"], ['article:reset-password', "'article:reset-password'"], ['article:nope', "'article:nope'"], ['contact', "'contact'"]);
      case 'article': return one(['reset-password', "'reset-password'"], ['two-step', "'two-step'"], ['nope', "'nope'"]);
      case 'locale': return one(['en', "'en'"], ['nl', "'nl'"], ['nl-BE', "'nl-BE'"], ['pt-BR', "'pt-BR'"], ['not a code', "'not a code'"]);
      case 'on': case 'off': {
        const event = rng.chance(0.85) ? { v: rng.pick(EVENTS), d: '' } : hostile(rng);
        if (!event.d) event.d = `'${event.v as string}'`;
        let fn: Made;
        if (name === 'off' && listeners.length > 0 && rng.chance(0.7)) {
          fn = { v: listeners[rng.int(listeners.length)], d: 'an earlier listener' };
        } else if (rng.chance(0.85)) {
          fn = listener(rng, index);
          listeners.push(fn.v);
        } else fn = hostile(rng);
        return [event, fn];
      }
      default: return [];
    }
  }

  /** Call `index` of the stream: its arguments (a fresh build each time) and its description. */
  function build(index: number): { args: unknown[]; d: string } {
    const rng = rngFor(index);
    const name: Made = rng.chance(0.85) ? { v: rng.pick(weighted), d: '' } : hostileName(rng);
    if (!name.d) name.d = `'${name.v as string}'`;
    const args: Made[] = [];
    if (typeof name.v === 'string' && NAMES.includes(name.v)) {
      const r = rng.next();
      if (r < 0.5) args.push(...plausible(name.v, rng, index));
      else if (r < 0.85) {
        const n = 1 + rng.int(2);
        for (let i = 0; i < n; i++) args.push(hostile(rng));
        // `on`/`off` with a listener (hostile or not) more often than not.
        if ((name.v === 'on' || name.v === 'off') && rng.chance(0.5)) args.push(listener(rng, index));
      } else {
        args.push(...plausible(name.v, rng, index));
        args.push(hostile(rng)); // an extra, unexpected argument
      }
    } else {
      const n = rng.int(3);
      for (let i = 0; i < n; i++) args.push(hostile(rng));
    }
    return { args: [name.v, ...args.map((a) => a.v)], d: [name.d, ...args.map((a) => a.d)].join(', ') };
  }

  const indices = options.pick ?? Array.from({ length: options.calls }, (_, i) => i);

  const countRoots = () => {
    const roots = document.querySelectorAll('situ-root');
    let dialogs = 0;
    roots.forEach((r) => (dialogs += r.shadowRoot?.querySelectorAll('dialog').length ?? 0));
    dialogs += document.querySelectorAll('dialog[data-situ]').length;
    stats.maxRoots = Math.max(stats.maxRoots, roots.length);
    stats.maxDialogs = Math.max(stats.maxDialogs, dialogs);
    return { roots: roots.length, dialogs };
  };
  // A host added and removed within one task would escape the samples: watch the document too.
  new MutationObserver(() => countRoots()).observe(document, { childList: true, subtree: true });

  const api: FuzzApi = {
    options,
    stats,
    phase: 'setup',
    length: indices.length,
    describe: (index) => build(index).d,
    countRoots,
    queueAll() {
      api.phase = 'queue';
      for (const index of indices) {
        current = index;
        running = true;
        const { args, d } = build(index);
        stats.tried += 1;
        call(args, d);
        running = false;
      }
      api.phase = 'replay';
    },
    async run(from, to) {
      api.phase = 'run';
      for (let p = from; p < Math.min(to, indices.length); p++) {
        current = indices[p]!;
        running = true;
        const { args, d } = build(current);
        stats.tried += 1;
        call(args, d);
        running = false;
        // A separate stream of the PRNG, so pauses do not change the calls.
        const pause = rngFor(current, 2_000_000).next();
        if (pause < 0.03) await new Promise((resolve) => setTimeout(resolve, 0));
        else if (pause < 0.15) await Promise.resolve();
      }
      countRoots();
    },
  };
  w.__situFuzz = api;
}

type W = { __situFuzz: FuzzApi };

/** The in-page fuzzer's stats (a copy). */
export const fuzzStats = (page: Page) => page.evaluate(() => (window as unknown as W).__situFuzz.stats);

/** Descriptions of the calls at these indices. */
export const describeCalls = (page: Page, indices: number[]) =>
  page.evaluate((list) => list.map((i) => (window as unknown as W).__situFuzz.describe(i)), indices);

/**
 * Runs the stream's calls live, `chunk` at a time (one round trip each), letting the page breathe
 * (a timer and a frame) between chunks. `between` runs on the Node side after each chunk.
 */
export async function runStream(page: Page, chunk: number, between?: (done: number, total: number) => Promise<void>): Promise<void> {
  const total = await page.evaluate(() => (window as unknown as W).__situFuzz.length);
  for (let from = 0; from < total; from += chunk) {
    await page.evaluate(
      async ([a, b]) => {
        const w = window as unknown as W;
        await w.__situFuzz.run(a!, b!);
        await new Promise((resolve) => setTimeout(resolve, 0));
        await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
      },
      [from, from + chunk],
    );
    await between?.(Math.min(from + chunk, total), total);
  }
}
