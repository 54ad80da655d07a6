import type { ReadonlySignal } from '@preact/signals-core';
import type * as v from 'valibot';
import type { SchemaChecks } from '../config/fields';
import type { Platform } from '../platform/platform';
import type { SituError } from './errors';

/** Commands a capability adds: `Situ('name', ...args)` in a page, `situ.name(...args)` from npm. */
export type CommandTable = Record<string, (...args: any[]) => unknown>;

/** Events a capability emits: names as keys, payload types as the values' types (see `payload`). */
export type EventTable = Record<string, unknown>;

/** A capability's English messages; the keys are its own (`hub.title`). */
export type MessageTable = Record<string, string>;

/**
 * Declares an event's payload type in an `events` table. The value is never read: the table's
 * keys are the event names at run time, its value types the payloads at compile time.
 */
export const payload = <T>(): T => undefined as T;

/** The schema part of a capability's config: a module of its own, loaded only to validate. */
export interface SchemaFragment<Fields extends v.ObjectEntries = v.ObjectEntries, Help extends v.ObjectEntries = v.ObjectEntries> {
  /** Top-level fields; `help` holds every capability's page and step fields (for `pages`). */
  fields?(checks: SchemaChecks, help: v.ObjectEntries): Fields;
  /** Fields every page and every step may carry (`hints`, `articles`, `moment`). */
  help?(checks: SchemaChecks): Help;
}

/** The part of the config a capability owns. */
export interface ConfigFragment<
  Input = any,
  Resolved extends object = object,
  Fields extends v.ObjectEntries = v.ObjectEntries,
  Help extends v.ObjectEntries = v.ObjectEntries,
> {
  /**
   * Loads the schema of its fields (`() => import('./config')`): a lazy chunk, needed only for a
   * config that `situ check --stamp` has not checked ahead of time.
   */
  schema?(): Promise<SchemaFragment<Fields, Help>>;
  /** Loads what validation and matching need (the URLPattern polyfill) and offers it as checks. */
  prepare?(): Promise<Partial<SchemaChecks>>;
  /** Fills in the defaults of this fragment once, from the validated config. */
  resolve?(config: Input): Resolved;
}

/** The config every capability sees: the kernel's own fields, resolved. */
export interface BaseConfig {
  /** Site id, which keeps this site's stored data apart. @default "site" */
  site: string;
  /** Privacy: selectors whose values never leave the page, and whether query strings are kept. */
  privacy: {
    /** @default [] */
    redact: string[];
    /** @default "strip" */
    query: 'strip' | 'keep';
  };
}

/** What the kernel hands a capability when it is set up. */
export interface Context<Events extends EventTable = EventTable, Resolved extends object = object> {
  /** Where Situ runs: URL, storage, network, clock, timers, console. */
  readonly platform: Platform;
  /** The resolved config (the kernel's fields and this capability's own); null before `init`. */
  readonly config: ReadonlySignal<(BaseConfig & Resolved) | null>;
  /** Every capability of this instance, in order (i18n gathers their messages, hub their views). */
  readonly capabilities: readonly AnyCapability[];
  /** Emits one of this capability's events. */
  emit<K extends keyof Events & string>(event: K, payload: Events[K]): void;
  /** Reports an error: logged once to the console and emitted as `error`. */
  report(error: SituError): void;
  /** The API of a capability listed before this one: a typed, explicit dependency. */
  use<Api extends object>(capability: Capability<string, Api, any, any, any, any, any, any>): Api;
  /** Runs a reactive effect (from `@preact/signals-core`) until the instance is destroyed. */
  effect(fn: () => void | (() => void)): void;
  /** Runs `fn` when the instance is destroyed. */
  onDestroy(fn: () => void): void;
}

/**
 * One capability of Situ (hub, reading, hints, contact, ...): its config fragment, state,
 * commands, events and messages in one folder. The kernel lists capabilities once and composes
 * them, the way an SDK's integrations plug into its client.
 */
export interface Capability<
  Name extends string = string,
  Api extends object = object,
  Commands extends CommandTable = {},
  Events extends EventTable = {},
  Messages extends MessageTable = {},
  Resolved extends object = object,
  Fields extends v.ObjectEntries = {},
  Help extends v.ObjectEntries = {},
> {
  /** Unique name. */
  readonly name: Name;
  /** The config this capability owns. */
  readonly config?: ConfigFragment<any, Resolved, Fields, Help>;
  /** The events it emits: `{ open: payload<{ view: HubView }>() }`. */
  readonly events?: Events;
  /** Its English messages, and loaders for other built-in languages (each a lazy chunk). */
  readonly messages?: { en: Messages; load?: Record<string, () => Promise<Partial<Record<keyof Messages, string>>>> };
  /**
   * What it keeps of the visitor, by key under `situ:<site>:` in the session store and in the
   * persistent store. `destroy` (a sign-out) removes them: nothing of the visitor stays behind.
   */
  readonly keeps?: { readonly session?: readonly string[]; readonly store?: readonly string[] };
  /** Hub views it provides: `"home"`, or `"article:"` for a view that takes an id. */
  readonly views?: readonly string[];
  /**
   * Creates this capability for one instance: its API (signals for state, methods for
   * behaviour, read by views and by capabilities that `use` it) and its commands. A command
   * checks its arguments with `expect` and may throw; the kernel guards every call.
   */
  setup(ctx: Context<Events, Resolved>): { api: Api; commands?: Commands };
}

/** Any capability, whatever its types. */
export type AnyCapability = Capability<string, any, any, any, any, any, any, any>;

/** Identity with inference: the capability's types come from the object itself. */
export function defineCapability<
  Name extends string,
  Api extends object,
  Commands extends CommandTable = {},
  Events extends EventTable = {},
  Messages extends MessageTable = {},
  Resolved extends object = object,
  Fields extends v.ObjectEntries = {},
  Help extends v.ObjectEntries = {},
>(
  capability: Capability<Name, Api, Commands, Events, Messages, Resolved, Fields, Help>,
): Capability<Name, Api, Commands, Events, Messages, Resolved, Fields, Help> {
  return capability;
}

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** The commands of a list of capabilities, merged. */
export type CommandsOf<C extends readonly AnyCapability[]> = Simplify<
  UnionToIntersection<{ [I in keyof C]: C[I] extends Capability<any, any, infer X, any, any, any, any, any> ? X : never }[number]>
>;
/** The events of a list of capabilities, merged. */
export type EventsOf<C extends readonly AnyCapability[]> = Simplify<
  UnionToIntersection<{ [I in keyof C]: C[I] extends Capability<any, any, any, infer X, any, any, any, any> ? X : never }[number]>
>;
/** The message keys of a list of capabilities. */
export type MessageKeysOf<C extends readonly AnyCapability[]> = {
  [I in keyof C]: C[I] extends Capability<any, any, any, any, infer X, any, any, any> ? keyof X & string : never;
}[number];
/** The resolved config of a list of capabilities. */
export type ResolvedOf<C extends readonly AnyCapability[]> = Simplify<
  BaseConfig & UnionToIntersection<{ [I in keyof C]: C[I] extends Capability<any, any, any, any, any, infer X, any, any> ? X : never }[number]>
>;

/** The read-only state of an API: only its signals, as `ReadonlySignal`s. */
export type StateOf<Api> = {
  readonly [K in keyof Api as Api[K] extends ReadonlySignal<any> ? K : never]: Api[K] extends ReadonlySignal<infer T> ? ReadonlySignal<T> : never;
};
/** The read-only state of a list of capabilities, merged into one object. */
export type StatesOf<C extends readonly AnyCapability[]> = Simplify<
  UnionToIntersection<{ [I in keyof C]: C[I] extends Capability<any, infer A, any, any, any, any, any, any> ? StateOf<A> : never }[number]>
>;
/** The APIs of a list of capabilities, by name (what views use). */
export type ApisOf<C extends readonly AnyCapability[]> = Simplify<
  UnionToIntersection<{ [I in keyof C]: C[I] extends Capability<infer N, infer A, any, any, any, any, any, any> ? { readonly [K in N]: A } : never }[number]>
>;

/** The top-level config fields of a list of capabilities, as written (valibot input types). */
export type FieldsOf<C extends readonly AnyCapability[]> = UnionToIntersection<
  { [I in keyof C]: C[I] extends Capability<any, any, any, any, any, any, infer F, any> ? v.InferInput<v.ObjectSchema<F, undefined>> : never }[number]
>;
/** The page and step fields of a list of capabilities, as written. */
export type HelpOf<C extends readonly AnyCapability[]> = UnionToIntersection<
  { [I in keyof C]: C[I] extends Capability<any, any, any, any, any, any, any, infer H> ? v.InferInput<v.ObjectSchema<H, undefined>> : never }[number]
>;
