import { defineCapability, payload } from '../../kernel/capability';
import { lazyPart, type LazyPart } from '../../kernel/lazyPart';
import { page } from '../page/page';
import type { ReassurePart } from './reassurance';

/** A reassurance card as `reassure()` takes it and as `pages[].reassure` holds it. */
export interface ReassureOptions {
  /** What the visitor may worry about, answered: "Your payment is protected". */
  title: string;
  /** More words. */
  body?: string;
  /** What happens next, one line each. */
  next?: string[];
  /** A CSS selector: the card sits near this element (else it docks at the page's edge). */
  target?: string;
}

/** The `reassure:show` event's payload. */
export interface ReassureShowEvent {
  title: string;
  pageId: string | null;
  step: string | null;
}

/** The events of the reassure capability. */
export type ReassureEvents = { 'reassure:show': ReassureShowEvent };

/** What the widget reaches: the reassurance part, loaded on first need. */
export interface ReassureApi {
  readonly reassurance: LazyPart<ReassurePart>;
}

/** Reassurance at the step where visitors worry; the card and its code are lazy. */
export const reassure = defineCapability({
  name: 'reassure',
  keeps: { session: ['reassured'] },
  events: { 'reassure:show': payload<ReassureShowEvent>() },
  config: { schema: () => import('./config') },
  setup(ctx) {
    const where = ctx.use(page);
    const reassurance = lazyPart(ctx, () => import('./reassurance').then((m) => m.reassurance(ctx as never, where)));
    ctx.effect(() => void ((where.page.value?.reassure || where.stepConfig.value?.reassure) && reassurance.load()));
    ctx.onDestroy(ctx.platform.watchSelectors(['situ-reassure'], (found) => void (found.size && reassurance.load())));
    return {
      api: { reassurance } satisfies ReassureApi as ReassureApi,
      commands: {
        /** Shows a reassurance card for this page: `{ title, body?, next?, target? }`. */
        reassure: (options: ReassureOptions): void => void reassurance.run('reassure', (part) => part.reassure(options)),
      },
    };
  },
});
