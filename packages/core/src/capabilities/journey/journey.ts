import { defineCapability } from '../../kernel/capability';
import { lazyPart, type LazyPart } from '../../kernel/lazyPart';
import { page } from '../page/page';
import type { Journey } from './recordJourney';

/** What contact reaches: the journey, recorded by a lazy part. */
export interface JourneyApi {
  readonly journey: LazyPart<Journey>;
}

/**
 * Where the visitor has been in this tab's session, for the context of a contact. Recorded from
 * the first page with a config, by code that is not the hub's (a lazy chunk loaded at start).
 */
export const journey = defineCapability({
  name: 'journey',
  keeps: { session: ['journey'] },
  setup(ctx) {
    const where = ctx.use(page);
    const journey = lazyPart(ctx, () => import('./recordJourney').then((m) => m.recordJourney(ctx, where)));
    ctx.effect(() => void (ctx.config.value && journey.load()));
    return { api: { journey } satisfies JourneyApi as JourneyApi };
  },
});
