import type { Engine, Visitor } from './engine';
import { SituError } from './errors';
import type { Listener } from './events/emitter';
import type { SituEventName, SituEvents } from './events/situEvents';
import { parseView } from './hub/view';
import { isRecord } from './util/isRecord';

/** The commands of this version: `Situ('name', ...args)` in a page, `situ.name(...args)` from npm. */
export interface SituCommands {
  /** Starts with a config object or the URL of one. */
  init(config: unknown): Promise<void>;
  /** Says which step of a flow the visitor is on; `null` hands it back to the page's selectors. */
  step(stepId: string | null, data?: unknown): void;
  /** Extra session data that travels with any contact (plan, cart value). */
  context(data: Record<string, unknown>): void;
  /** The signed-in visitor. */
  identify(visitor: Visitor): void;
  /** Opens the hub, at `home`, `search` or `article:<id>`. */
  open(view?: string): void;
  /** Closes the hub. */
  close(): void;
  /** Opens the hub if closed, else closes it. */
  toggle(): void;
  /** Opens an article. */
  article(id: string): void;
  /** Adds an event listener. */
  on<K extends SituEventName>(event: K, listener: Listener<SituEvents[K]>): void;
  /** Removes an event listener. */
  off<K extends SituEventName>(event: K, listener: Listener<SituEvents[K]>): void;
  /** Switches the language (`en`, `nl`, or one with messages in the config). */
  locale(code: string): void;
  /** Removes everything Situ added to the page. */
  destroy(): void;
}

/** The name of a command. */
export type CommandName = keyof SituCommands;

/** Every command name, in the order the docs list them. */
export const COMMAND_NAMES: readonly CommandName[] = [
  'init', 'step', 'context', 'identify', 'open', 'close', 'toggle', 'article', 'on', 'off', 'locale', 'destroy',
];

const EVENT_NAMES: readonly SituEventName[] = [
  'ready', 'open', 'close', 'step', 'article:view', 'article:rate', 'search', 'error',
];

/** Thrown by a command's argument check; turned into one console error and an `error` event. */
class BadArgument extends Error {}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

function expect(ok: boolean, what: string, got: unknown): void {
  if (!ok) throw new BadArgument(`expected ${what}, got ${describe(got)}`);
}

const isId = (x: unknown): x is string => typeof x === 'string' && x.trim() !== '';

/**
 * The commands over an engine, each guarded: a bad argument or an internal failure is reported
 * (one console error naming the command, and an `error` event) and never thrown to the caller.
 */
export function createCommands(engine: Engine, destroy: () => void): SituCommands {
  const guard =
    <A extends unknown[], R>(name: CommandName, fn: (...args: A) => R, fallback: R) =>
    (...args: A): R => {
      try {
        return fn(...args);
      } catch (error) {
        const bad = error instanceof BadArgument;
        const detail = error instanceof Error ? error.message : String(error);
        engine.report(new SituError(bad ? 'command' : 'internal', `${name}: ${detail}`, name, { cause: error }));
        return fallback;
      }
    };

  const checkEvent = (event: unknown, listener: unknown) => {
    expect(typeof event === 'string' && (EVENT_NAMES as readonly string[]).includes(event), `an event name (${EVENT_NAMES.join(', ')})`, event);
    expect(typeof listener === 'function', 'a listener function', listener);
  };

  return {
    init: guard(
      'init',
      (config: unknown) => {
        expect(isRecord(config) || (typeof config === 'string' && config !== ''), 'a config object or its URL', config);
        return engine.init(config).catch((error: unknown) => {
          engine.report(new SituError('internal', `init: ${error instanceof Error ? error.message : String(error)}`, 'init'));
        });
      },
      Promise.resolve(),
    ),
    step: guard(
      'step',
      (stepId: string | null, data?: unknown) => {
        expect(stepId === null || isId(stepId), 'a step id (a string) or null', stepId);
        engine.setStep(stepId, data);
      },
      undefined,
    ),
    context: guard(
      'context',
      (data: Record<string, unknown>) => {
        expect(isRecord(data), 'an object of context data', data);
        engine.setContext(data);
      },
      undefined,
    ),
    identify: guard(
      'identify',
      (visitor: Visitor) => {
        expect(isRecord(visitor) && isId(visitor.id), 'a visitor object with a string "id"', visitor);
        engine.identify(visitor);
      },
      undefined,
    ),
    open: guard(
      'open',
      (view?: string) => {
        expect(view === undefined || (typeof view === 'string' && parseView(view) !== null), 'a view: "home", "search" or "article:<id>"', view);
        engine.open(view);
      },
      undefined,
    ),
    close: guard('close', () => engine.close(), undefined),
    toggle: guard('toggle', () => engine.toggle(), undefined),
    article: guard(
      'article',
      (id: string) => {
        expect(isId(id), 'an article id', id);
        engine.openArticle(id);
      },
      undefined,
    ),
    on: guard(
      'on',
      (event: SituEventName, listener: Listener<any>) => {
        checkEvent(event, listener);
        engine.on(event, listener);
      },
      undefined,
    ) as SituCommands['on'],
    off: guard(
      'off',
      (event: SituEventName, listener: Listener<any>) => {
        checkEvent(event, listener);
        engine.off(event, listener);
      },
      undefined,
    ) as SituCommands['off'],
    locale: guard(
      'locale',
      (code: string) => {
        expect(typeof code === 'string' && /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(code), 'a language code such as "nl"', code);
        engine.setLocale(code);
      },
      undefined,
    ),
    destroy: guard('destroy', destroy, undefined),
  };
}

/** Runs a command by name, as the script tag's `Situ(name, ...args)` does; unknown names are reported. */
export function dispatch(commands: SituCommands, engine: Engine, name: unknown, args: unknown[]): unknown {
  if (typeof name !== 'string' || !Object.prototype.hasOwnProperty.call(commands, name)) {
    const what = typeof name === 'string' ? `"${name}": unknown command` : `Situ(${describe(name)}): expected a command name`;
    engine.report(new SituError('command', `${what}; expected one of ${COMMAND_NAMES.join(', ')}`, String(name)));
    return undefined;
  }
  return (commands[name as CommandName] as (...a: unknown[]) => unknown)(...args);
}
