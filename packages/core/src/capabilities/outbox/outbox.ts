import { defineCapability } from '../../kernel/capability';
import { lazyPart, type LazyPart } from '../../kernel/lazyPart';
import type { Outbox } from './sender';

/** What contact (and feedback) reach: the outbox, loaded on first need. */
export interface OutboxApi {
  readonly outbox: LazyPart<Outbox>;
}

/**
 * The outbox: messages for the receiver are written to persistent storage before the first send
 * and leave it only on a 2xx seen. Its code is a lazy chunk, loaded by the first message, or as
 * a page loads when messages are still waiting from an earlier visit.
 */
export const outbox = defineCapability({
  name: 'outbox',
  setup(ctx) {
    const { platform } = ctx;
    const part: LazyPart<Outbox> = lazyPart(ctx, () => import('./sender').then((m) => m.openOutbox(ctx)));
    // Messages left from an earlier visit (offline, or the page closed mid-send) go now.
    ctx.effect(() => {
      const config = ctx.config.value;
      if (!config) return;
      platform.store?.get(`situ:${config.site}:outbox`).then((waiting) => void (Object.keys(waiting ?? {}).length && part.load()), () => {});
    });
    return { api: { outbox: part } satisfies OutboxApi as OutboxApi };
  },
});
