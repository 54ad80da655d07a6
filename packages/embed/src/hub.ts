import { dispatch } from '@situ/core';
import { attachSitu, type Host, type Situ } from '@situ/widget';

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
  let situ: Situ | null = null;
  let mounted: Host | null = host;
  const instance = () => {
    if (!situ) {
      situ = attachSitu(mounted ?? mount());
      mounted = null;
    }
    return situ;
  };
  const run = (args: unknown[]) => {
    const [name, ...rest] = args;
    const current = instance();
    const result = dispatch(current, current.engine, name, rest);
    // After destroy, the next call starts a fresh instance (a sign-out, then a sign-in).
    if (name === 'destroy') situ = null;
    return result;
  };
  if (config !== undefined) run(['init', config]);
  for (const args of queue) run(args);
  queue.length = 0;
  return run;
}
