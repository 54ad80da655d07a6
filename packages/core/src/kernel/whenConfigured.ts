import { effect } from '@preact/signals-core';
import type { BaseConfig, Context } from './capability';

/**
 * The resolved config once `init` has applied one (at once if it has). For a lazy part whose
 * work can start before the config arrives (a `confirm()` on a page that is still loading) but
 * must know the site to keep anything.
 */
export function whenConfigured(ctx: Context<any, any>): Promise<BaseConfig> {
  return new Promise((resolve) => {
    const stop = effect(() => {
      const config = ctx.config.value;
      if (!config) return;
      resolve(config);
      queueMicrotask(() => stop());
    });
    ctx.onDestroy(stop);
  });
}
