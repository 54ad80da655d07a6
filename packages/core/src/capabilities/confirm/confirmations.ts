import { signal, type ReadonlySignal } from '@preact/signals-core';
import { uniqueId } from '../../util/uniqueId';
import { activityRecord, type ActivityEntry } from '../../activity/activity';
import type { Context } from '../../kernel/capability';
import { i18n } from '../i18n/i18n';
import { confirmMessages } from './messages';
import { whenConfigured } from '../../kernel/whenConfigured';
import { checkOptions, optionalLines, optionalString } from '../../kernel/checkOptions';
import type { PageApi } from '../page/page';
import type { ConfirmEvents, ConfirmOptions } from './confirm';

/** A confirmation as the widget shows it: the activity entry, and whether it was kept. */
export interface Confirmation extends ActivityEntry {
  /** True once kept in the activity record, false where storage refused it, null while saving. */
  saved: boolean | null;
}

/** Confirmations after the visitor's actions. */
export interface ConfirmPart {
  /** The confirmation showing, or null. */
  readonly current: ReadonlySignal<Confirmation | null>;
  /** `confirm(options)`: shows a confirmation and keeps it in the activity record. */
  confirm(options: unknown): Promise<void>;
  /** The visitor closed the card (it stays in the activity record). */
  dismiss(): void;
}

/** The confirm part: a lazy chunk, loaded by the first `confirm()`. */
export function confirmations(ctx: Context<ConfirmEvents, object>, where: PageApi): ConfirmPart {
  ctx.use(i18n).addMessages(confirmMessages, LANGUAGES);
  const current = signal<Confirmation | null>(null);
  return {
    current,
    async confirm(options) {
      checkConfirmOptions(options);
      const { platform } = ctx;
      const entry: ActivityEntry = {
        id: uniqueId(platform.now()),
        kind: 'confirmation',
        title: options.title,
        at: platform.now(),
        ...(options.reference ? { reference: options.reference } : {}),
        ...(options.body ? { body: options.body } : {}),
        ...(options.next?.length ? { next: [...options.next] } : {}),
        ...(options.followUp ? { followUp: options.followUp } : {}),
      };
      current.value = { ...entry, saved: null };
      ctx.emit('confirm:show', { id: entry.id, title: entry.title, reference: entry.reference ?? null });
      // Shown first, kept second: a blocked store (a privacy mode) costs the record, not the card.
      // Kept once the config is applied (a "thank you" page may confirm while it loads): the
      // site names the record, and the page is known.
      const config = await whenConfigured(ctx);
      const page = where.page.peek();
      const kept = page ? { ...entry, pageId: page.id } : entry;
      const saved = await activityRecord(platform.store, config.site).add(kept);
      if (current.peek()?.id === entry.id) current.value = { ...kept, saved };
    },
    dismiss() {
      current.value = null;
    },
  };
}

/** Checks `confirm()`'s argument field by field. */
function checkConfirmOptions(options: unknown): asserts options is ConfirmOptions {
  checkOptions<ConfirmOptions>(options, 'confirmation options such as { title: "Your new address is saved" }', (field, o) => {
    field(typeof o.title === 'string' && o.title.trim() !== '', 'title', 'a title saying what was done');
    for (const name of ['body', 'reference', 'followUp']) field(optionalString(o[name]), name, 'a string');
    field(optionalLines(o.next), 'next', 'a list of lines of what happens next');
  });
}

/** Its messages in the other built-in languages, loaded with them. */
const LANGUAGES = { nl: () => import('./nl').then((m) => m.nl) };
