import { batch, computed, effect, signal, type ReadonlySignal } from '@preact/signals-core';
import { resolveBase } from '../config/resolveBase';
import { isChecked } from '../config/stamp';
import type { SchemaChecks } from '../config/fields';
import type { ConfigProblem } from '../config/validate';
import type { Platform } from '../platform/platform';
import { isRecord } from '../util/isRecord';
import { safe } from '../util/safe';
import type {
  AnyCapability,
  ApisOf,
  CommandsOf,
  Context,
  EventsOf,
  ResolvedOf,
  StatesOf,
} from './capability';
import { createEmitter, type Listener } from './emitter';
import { SituError } from './errors';
import { commandError, expect } from './expect';
import { clip, describe, safeString } from '../util/safeString';

/** The events the kernel itself emits. */
export interface KernelEvents {
  /** The config is loaded (with `problems` listing anything that was dropped). */
  ready: { config: Record<string, unknown>; problems: ConfigProblem[] };
  /** Something went wrong; the host page is unaffected. */
  error: { error: SituError };
}

/** Every event of a list of capabilities, with the kernel's. */
export type AllEvents<C extends readonly AnyCapability[]> = KernelEvents & EventsOf<C>;

/** The kernel's own commands. */
export interface KernelCommands<Events> {
  /** Starts (or restarts) with a config object or the URL of one. Resolves when it is applied. */
  init(config: unknown): Promise<void>;
  /** Adds an event listener. */
  on<K extends keyof Events & string>(event: K, listener: Listener<Events[K]>): void;
  /** Removes an event listener. */
  off<K extends keyof Events & string>(event: K, listener: Listener<Events[K]>): void;
  /** Removes everything Situ added to the page. */
  destroy(): void;
}

/** Every command of a list of capabilities, with the kernel's; each is guarded. */
export type Commands<C extends readonly AnyCapability[]> = CommandsOf<C> & KernelCommands<AllEvents<C>>;

/** One Situ instance's engine, composed from capabilities. */
export interface Kernel<C extends readonly AnyCapability[]> {
  /** The guarded commands: the public API. */
  readonly commands: Commands<C>;
  /** Read-only state: every capability's signals in one object (`page`, `step`, `isOpen`, ...). */
  readonly state: StatesOf<C> & KernelState<C>;
  /** Each capability's API by name: signals and methods, for views (`api.hub.back()`). */
  readonly api: ApisOf<C>;
  /** Every command name, in order. */
  readonly commandNames: readonly string[];
  /** Runs a command by name, as `Situ(name, ...args)` does; an unknown name is reported. */
  dispatch(name: unknown, args: unknown[]): unknown;
  /** Reports an error: logged once to the console and emitted as `error`. */
  report(error: SituError): void;
  /** Runs `fn` on `destroy` (after the capabilities have stopped). */
  onDestroy(fn: () => void): void;
}

/** The kernel's own read-only state. */
export interface KernelState<C extends readonly AnyCapability[]> {
  /** The resolved config; null until `init` has applied one. */
  readonly config: ReadonlySignal<ResolvedOf<C> | null>;
  /** Problems found in the config (the valid parts still work). */
  readonly problems: ReadonlySignal<readonly ConfigProblem[]>;
}

/**
 * Composes capabilities into one instance. Each is set up once, in list order, and may `use`
 * those listed before it; their commands are guarded here, their events share one emitter,
 * their config fragments make one schema.
 */
export function createKernel<const C extends readonly AnyCapability[]>(platform: Platform, capabilities: C): Kernel<C> {
  const reported = new Set<string>();
  const emitter = createEmitter<Record<string, unknown>>((error, event) => {
    const message = `a listener for "${safeString(event)}" threw: ${safeString(error)}`;
    // A throwing `error` listener is logged but not emitted again, which would loop.
    if (event === 'error') log(message);
    else report(new SituError('listener', message, safeString(event), { cause: error }));
  });
  function log(message: string) {
    if (reported.has(message)) return;
    reported.add(message);
    try {
      platform.log('error', `[situ] ${message}`);
    } catch {
      // The page's own console.error threw: the `error` event still carries the message.
    }
  }
  function report(error: SituError) {
    log(error.message);
    emitter.emit('error', { error });
  }

  const config = signal<Record<string, unknown> | null>(null);
  const problems = signal<readonly ConfigProblem[]>([]);
  const stops: (() => void)[] = [];
  const apis = new Map<AnyCapability, object>();
  const api: Record<string, object> = {};
  const state: Record<string, ReadonlySignal<unknown>> = { config: computed(() => config.value), problems: computed(() => problems.value) };
  const table: Record<string, (...args: any[]) => unknown> = {};
  const eventNames = new Set(['ready', 'error']);
  let generation = 0;
  let destroyed = false;

  for (const capability of capabilities) {
    for (const name of Object.keys(capability.events ?? {})) eventNames.add(name);
    const ctx: Context = {
      platform,
      config: config as Context['config'],
      capabilities,
      emit: (event, payload) => emitter.emit(event, payload),
      report,
      use(other) {
        const found = apis.get(other);
        if (!found) throw new Error(`capability ${capability.name} uses ${other.name}, which must be listed first`);
        return found as never;
      },
      // A lazy part that arrives after destroy starts nothing that would outlive the instance.
      effect: (fn) => void (destroyed || stops.push(effect(fn))),
      onDestroy: (fn) => void (destroyed ? fn() : stops.push(fn)),
    };
    const made = capability.setup(ctx);
    apis.set(capability, made.api);
    api[capability.name] = made.api;
    for (const [key, value] of Object.entries(made.api)) {
      // Only signals are state; wrapped in a computed, so a consumer cannot write to them.
      if (isSignal(value)) state[key] = computed(() => value.value);
    }
    Object.assign(table, made.commands);
  }

  async function init(input: unknown) {
    const mine = ++generation;
    let raw = input;
    if (typeof input === 'string') {
      try {
        raw = await platform.fetchJSON(input);
        // A file holding a JSON string is not a config (nor a URL to follow).
        if (!isRecord(raw)) throw new Error(`expected a config object, got ${describe(raw)}`);
      } catch (error) {
        report(new SituError('config', `init: could not load the config from ${clip(input, 200)}: ${safeString(error)}`, input, { cause: error }));
        return;
      }
    }
    const prepared = await Promise.all(capabilities.map((c) => c.config?.prepare?.()));
    // A config stamped by `situ check --stamp` was validated ahead of time: the page trusts it
    // and never loads the schema. Any other config is validated here, the schema a lazy chunk.
    let result: { config: unknown; problems: ConfigProblem[] } = { config: raw, problems: [] };
    if (!(await isChecked(raw))) {
      const checks: SchemaChecks = Object.assign(
        { isSelector: platform.isSelector, isColor: platform.isColor },
        ...prepared,
      );
      const { validateConfig } = await import('../config/schema');
      result = await validateConfig(capabilities, raw, checks);
    }
    if (mine !== generation) return;
    problems.value = result.problems;
    if (result.problems.length > 0) {
      const list = result.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n');
      const count = `${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}`;
      report(new SituError('config', `config: ${count}; the rest of the config is used.\n${list}`));
    }
    const valid = result.config as unknown as Record<string, unknown>;
    const resolved = Object.assign(
      resolveBase(valid),
      ...capabilities.map((c) => c.config?.resolve?.(valid)),
    );
    batch(() => (config.value = resolved));
    emitter.emit('ready', { config: valid, problems: result.problems });
  }

  function destroy() {
    if (destroyed) return;
    destroyed = true;
    generation++;
    // Listeners first, so nothing emitted while stopping reaches the page.
    emitter.clear();
    for (const stop of stops.splice(0).reverse()) stop();
    const prefix = `situ:${(config.peek()?.site as string | undefined) ?? 'site'}:`;
    for (const { keeps } of capabilities) {
      keeps?.session?.forEach((key) => safe(() => platform.session?.remove(prefix + key)));
      keeps?.store?.forEach((key) => void platform.store?.delete(prefix + key).catch(() => {}));
    }
  }

  const guard =
    (name: string, fn: (...args: any[]) => unknown, fallback?: unknown) =>
    (...args: unknown[]): unknown => {
      try {
        return fn(...args);
      } catch (error) {
        try {
          report(commandError(name, error));
        } catch {
          // Reporting itself must never throw into the page.
        }
        return fallback;
      }
    };

  const checkEvent = (event: unknown, listener: unknown) => {
    const names = [...eventNames];
    expect(typeof event === 'string' && eventNames.has(event), `an event name (${names.join(', ')})`, event);
    expect(typeof listener === 'function', 'a listener function', listener);
  };

  const all: Record<string, (...args: any[]) => unknown> = {
    init: (input: unknown) => {
      expect(isRecord(input) || (typeof input === 'string' && input !== ''), 'a config object or its URL', input);
      return init(input).catch((error: unknown) => report(new SituError('internal', `init: ${safeString(error)}`, 'init', { cause: error })));
    },
    ...table,
    on: (event: string, listener: Listener<unknown>) => {
      checkEvent(event, listener);
      emitter.on(event, listener);
    },
    off: (event: string, listener: Listener<unknown>) => {
      checkEvent(event, listener);
      emitter.off(event, listener);
    },
    destroy,
  };
  const commands: Record<string, (...args: unknown[]) => unknown> = {};
  for (const [name, fn] of Object.entries(all)) commands[name] = guard(name, fn, name === 'init' ? Promise.resolve() : undefined);
  const commandNames = Object.keys(commands);

  return {
    commands: commands as unknown as Commands<C>,
    state: state as unknown as Kernel<C>['state'],
    api: api as ApisOf<C>,
    commandNames,
    dispatch(name, args) {
      if (typeof name !== 'string' || !Object.prototype.hasOwnProperty.call(commands, name)) {
        const what = typeof name === 'string' ? `"${clip(name, 40)}": unknown command` : `Situ(${describe(name)}): expected a command name`;
        report(new SituError('command', `${what}; expected one of ${commandNames.join(', ')}`, describe(name)));
        return undefined;
      }
      // A revoked Proxy or a throwing iterator as the argument list is a bad call, not a crash.
      let list: unknown[];
      try {
        list = Array.isArray(args) ? args : Array.from(args);
      } catch {
        list = [];
      }
      return commands[name]!(...list);
    },
    report,
    onDestroy: (fn) => void stops.unshift(fn),
  };
}

function isSignal(x: unknown): x is ReadonlySignal<unknown> {
  return typeof x === 'object' && x !== null && 'peek' in x && 'subscribe' in x;
}

