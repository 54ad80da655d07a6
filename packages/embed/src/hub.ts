import { attachSitu, type Host } from '@situ/widget';
import { safeString, SituError, type Engine } from '@situ/core';
import type { Queued } from './loader';

/** What the loader hands over when the hub chunk arrives. */
export interface HubStart {
  /** The host the loader mounted (launcher already visible), or null if none yet. */
  host: Host | null;
  /** The config (object, or its URL when the loader could not fetch it), or undefined. */
  config: unknown;
  /** Calls made before now, in order: `[name, ...args]`. */
  queue: unknown[][];
  /** Mounts a fresh host (the loader's own code, so the hub does not carry a second copy). */
  mount(): Host;
}

/** Starts Situ from the loader; returns the function `window.Situ` calls from now on. */
export function start({ host, config, queue, mount }: HubStart): (args: unknown[]) => unknown {
  let engine: Engine | null = null;
  let mounted: Host | null = host;
  const run = (args: unknown[]) => {
    const [name, ...rest] = args;
    // After destroy only `init` starts a fresh instance (a sign-out, then a sign-in); a stray
    // call from a cleanup (`off`) must not bring back a launcher with no config.
    if (!engine && name !== 'init' && mounted === null) return undefined;
    engine ??= attachSitu(mounted ?? mount()).engine;
    mounted = null;
    const result = engine.dispatch(name, rest);
    if (name === 'destroy') engine = null;
    return result;
  };
  // One bad call in the queue must not stop the rest, nor the hub.
  const safely = (args: unknown[]) => {
    try {
      return run(args);
    } catch (error) {
      engine?.report(new SituError('internal', `a queued call failed: ${safeString(error)}`));
      return undefined;
    }
  };
  if (config !== undefined) safely(['init', config]);
  for (const args of queue) {
    // Run, then hand the result to the promise the loader returned for the call, if any
    // (`settle?.(safely(args))` would skip the call itself where there is no promise).
    const result = safely(args);
    (args as Queued).settle?.(result);
  }
  queue.length = 0;
  return safely;
}
