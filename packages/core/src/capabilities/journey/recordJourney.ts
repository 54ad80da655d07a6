import { computed, signal, type ReadonlySignal } from '@preact/signals-core';
import type { Context } from '../../kernel/capability';
import type { PageApi } from '../page/page';
import { safe } from '../../util/safe';
import { cleanUrl } from './cleanUrl';
import { extendJourney, parseJourney, type JourneyEntry } from './journeyEntries';

/** Where the visitor has been in this tab's session, for the context of a contact. */
export interface Journey {
  /** The current URL, cleaned per `privacy.query`. */
  readonly url: ReadonlySignal<string>;
  /** The pages and steps visited, oldest first (at most 20). */
  readonly journey: ReadonlySignal<readonly JourneyEntry[]>;
}

/** Records the journey: the lazy part of the `journey` capability, loaded once a config applies. */
export function recordJourney(ctx: Context, where: PageApi): Journey {
  const { page: current, step, href } = where;
  const session = ctx.platform.session;
  const entries = signal<readonly JourneyEntry[]>([]);
  const url = computed(() => cleanUrl(href.value, ctx.config.value?.privacy.query ?? 'strip'));
  const key = () => `situ:${ctx.config.peek()?.site ?? 'site'}:journey`;

  // The journey lasts the tab's session, across the page loads of a multi-page site.
  ctx.effect(() => {
    if (ctx.config.value) entries.value = parseJourney(safe(() => session?.get(key()) ?? null));
  });
  ctx.effect(() => {
    if (!ctx.config.value) return;
    const entry: JourneyEntry = {
      url: url.value,
      pageId: current.value?.id ?? null,
      step: step.value,
      at: new Date(ctx.platform.now()).toISOString(),
    };
    const before = entries.peek();
    const next = extendJourney(before, entry);
    if (next.length !== before.length || next.at(-1) !== before.at(-1)) {
      entries.value = next;
      safe(() => session?.set(key(), JSON.stringify(next)));
    }
  });
  return { url, journey: entries };
}
