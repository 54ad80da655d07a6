import { computed, signal, type ReadonlySignal } from '@preact/signals-core';
import type { Context } from '../../kernel/capability';
import { i18n } from '../i18n/i18n';
import { hintMessages } from './messages';
import { BadArgument, describe } from '../../kernel/expect';
import type { PageApi } from '../page/page';
import { pathOf } from '../../util/pathOf';
import { checkHintOptions, toHint, type Hint, type HintOptions } from './hint';
import type { HintEvents } from './hints';

/** The hints of the page the visitor is on: what the widget shows, and what it reports back. */
export interface HintList {
  /**
   * The hints wanted now, by id (the first wins): the step's, the page's, then those from
   * `hint()`; without those hidden by `hide()` and the `once` hints this visitor has closed.
   */
  readonly hints: ReadonlySignal<readonly Hint[]>;
  /** `hint(options)`: adds a hint to this page (replacing one with the same id). */
  hint(options: unknown): void;
  /** `hide(id)`: removes a hint from this page. */
  hide(id: unknown): void;
  /** The widget showed a hint: emits `hint:show`. */
  shown(hint: Hint): void;
  /** The visitor closed a hint: a `once` hint is remembered and does not come back. */
  closed(hint: Hint): void;
}

/** The hints part of the `hints` capability: a lazy chunk, loaded on a page with hints or by `hint()`. */
export function hintList(ctx: Context<HintEvents, object>, where: PageApi): HintList {
  ctx.use(i18n).addMessages(hintMessages, LANGUAGES);
  const { platform } = ctx;
  const added = signal<readonly Hint[]>([]);
  const hidden = signal<ReadonlySet<string>>(new Set());
  const seen = signal<ReadonlySet<string> | null>(null);
  const seenKey = () => `situ:${ctx.config.peek()?.site ?? 'site'}:hints-seen`;

  // The once-hints this visitor closed before, read once the config names the site (a `hint()`
  // queued before the config, or a `<situ-hint>` in the page, may load this part first); until
  // they are known no hint shows, so that one already closed does not flash. Storage that fails
  // counts as "none closed yet".
  let readFor: string | null = null;
  ctx.effect(() => {
    const site = ctx.config.value?.site;
    if (site === undefined || site === readFor) return;
    readFor = site;
    const remember = (stored: unknown) => {
      if (readFor === site) seen.value = new Set(Array.isArray(stored) ? stored.filter((x) => typeof x === 'string') : []);
    };
    (platform.store ? platform.store.get(seenKey()) : Promise.resolve(undefined)).then(remember, () => remember(undefined));
  });

  // `hint()` and `hide()` belong to the page they were called on.
  let path: string | null = null;
  ctx.effect(() => {
    const next = pathOf(where.href.value);
    if (path !== null && next !== path) {
      added.value = [];
      hidden.value = new Set();
    }
    path = next;
  });

  const hints = computed(() => {
    const done = seen.value;
    if (!done) return [];
    const fromConfig = [where.stepConfig.value?.hints, where.page.value?.hints].flatMap((list) =>
      Array.isArray(list) ? (list as HintOptions[]).map((h) => toHint(h, 'config')) : [],
    );
    const byId = new Map<string, Hint>();
    for (const h of [...fromConfig, ...added.value]) if (!byId.has(h.id)) byId.set(h.id, h);
    return [...byId.values()].filter((h) => !hidden.value.has(h.id) && !(h.once && done.has(h.id)));
  });

  return {
    hints,
    hint(options) {
      checkHintOptions(options, platform.isSelector);
      const made = toHint(options, 'command');
      added.value = [...added.peek().filter((h) => h.id !== made.id), made];
      if (hidden.peek().has(made.id)) hidden.value = new Set([...hidden.peek()].filter((id) => id !== made.id));
    },
    hide(id) {
      if (typeof id !== 'string' || id.trim() === '') throw new BadArgument(`expected a hint id, got ${describe(id)}`);
      added.value = added.peek().filter((h) => h.id !== id);
      hidden.value = new Set([...hidden.peek(), id]);
    },
    shown(hint) {
      ctx.emit('hint:show', { id: hint.id, target: hint.target, trigger: hint.trigger, pageId: where.page.peek()?.id ?? null });
    },
    closed(hint) {
      if (!hint.once || seen.peek()?.has(hint.id)) return;
      const next = new Set([...(seen.peek() ?? []), hint.id]);
      seen.value = next;
      platform.store?.set(seenKey(), [...next]).catch(() => {
        // Not kept on this device (storage blocked): it stays closed for this page visit.
      });
    },
  };
}

/** Its messages in the other built-in languages, loaded with them. */
const LANGUAGES = { nl: () => import('./nl').then((m) => m.nl) };
