import { defineCapability, payload } from '../../kernel/capability';
import { lazyPart, type LazyPart } from '../../kernel/lazyPart';
import { page } from '../page/page';
import type { HintList } from './hintList';
import type { HintOptions, HintTrigger } from './hint';

/** The `hint:show` event's payload. */
export interface HintShowEvent {
  /** The hint's id. */
  id: string;
  /** Its target selector. */
  target: string;
  /** What showed it. */
  trigger: HintTrigger;
  /** The page it showed on, or null. */
  pageId: string | null;
}

/** The events of the hints capability. */
export type HintEvents = { 'hint:show': HintShowEvent };

/** What views and the widget reach: the hints part, loaded on first need. */
export interface HintsApi {
  readonly hintList: LazyPart<HintList>;
}

/**
 * Hints at the field. The hints themselves (and the widget's positioning code) are lazy: a page
 * or step with hints, a `<situ-hint>` in the page, or a `hint()` call loads them.
 */
export const hints = defineCapability({
  name: 'hints',
  keeps: { store: ['hints-seen'] },
  events: { 'hint:show': payload<HintShowEvent>() },
  config: { schema: () => import('./config') },
  setup(ctx) {
    const where = ctx.use(page);
    const hintList = lazyPart(ctx, () => import('./hintList').then((m) => m.hintList(ctx, where)));
    ctx.effect(() => void ((where.page.value?.hints || where.stepConfig.value?.hints) && hintList.load()));
    ctx.onDestroy(ctx.platform.watchSelectors(['situ-hint'], (found) => void (found.size && hintList.load())));
    return {
      api: { hintList } satisfies HintsApi as HintsApi,
      commands: {
        /** Shows a hint beside a field: `{ target, body, title?, trigger?, placement?, once?, id? }`. */
        hint: (options: HintOptions): void => void hintList.run('hint', (part) => part.hint(options)),
        /** Removes a hint from this page. */
        hide: (id: string): void => void hintList.run('hide', (part) => part.hide(id)),
      },
    };
  },
});
