import { signal, type ReadonlySignal } from '@preact/signals-core';
import type { Context } from './capability';
import { commandError } from './expect';

/**
 * The part of a capability that arrives as a lazy chunk on first need (a page with hints, a
 * `confirm()` call), so that the hub loads without it. Its commands run once it has loaded;
 * a bad argument found there is reported like any other, naming the command.
 */
export interface LazyPart<Part> {
  /** The part once loaded (views start from it), else null. */
  readonly part: ReadonlySignal<Part | null>;
  /** Loads the part, once; later calls share the first load. */
  load(): Promise<Part>;
  /**
   * Runs command `name` on the part, loading it first. Never rejects: a failure is reported
   * (one console error and an `error` event) and the promise resolves to false.
   */
  run<T>(name: string, fn: (part: Part) => T | Promise<T>): Promise<T | false>;
}

/** Makes a lazy part: `start` builds it from the loaded module, with the capability's context. */
export function lazyPart<Part>(ctx: Context<any, any>, start: () => Promise<Part>): LazyPart<Part> {
  const part = signal<Part | null>(null);
  let loading: Promise<Part> | undefined;
  // A part arriving after destroy starts nothing: the kernel refuses its effects then, and the
  // widget's layers, stopped, no longer watch `part`.
  // A chunk that failed to load (a redeploy, a dropped connection) is asked for again next time.
  const load = () =>
    (loading ??= start().then(
      (made) => (part.value = made),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  return {
    part,
    load,
    run: (name, fn) =>
      load()
        .then(fn)
        .catch((error: unknown) => (ctx.report(commandError(name, error)), false as const)),
  };
}
