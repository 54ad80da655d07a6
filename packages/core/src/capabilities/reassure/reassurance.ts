import { computed, signal, type ReadonlySignal } from '@preact/signals-core';
import type { Context } from '../../kernel/capability';
import { i18n } from '../i18n/i18n';
import { reassureMessages } from './messages';
import { checkOptions, optionalLines, optionalString } from '../../kernel/checkOptions';
import type { Channel } from '../contact/contact';
import type { PageApi } from '../page/page';
import { pathOf } from '../../util/pathOf';
import type { ReassureEvents, ReassureOptions } from './reassure';

/** How a visitor feels at a page or step. */
export type Moment = 'routine' | 'anxious' | 'emotional';

/** A reassurance card, as the widget shows it. */
export interface Reassurance extends ReassureOptions {
  /** Which card this is, for "dismissed for the session". */
  key: string;
  /** What happens next, one line each. */
  next: string[];
  /** The page's or step's moment. */
  moment: Moment | null;
  /**
   * The ways to a person, shown as "Talk to a person" when the moment is anxious or emotional:
   * the configured phone and email channels, phone first (empty otherwise).
   */
  people: Channel[];
}

/** The reassurance of the page the visitor is on. */
export interface ReassurePart {
  /** The card to show now, or null (none, or dismissed this session). */
  readonly card: ReadonlySignal<Reassurance | null>;
  /** `reassure(options)`: a card for this page (its path), in place of the configured ones. */
  reassure(options: unknown): void;
  /** The keys of the cards dismissed this session. */
  readonly dismissed: ReadonlySignal<ReadonlySet<string>>;
  /** The visitor dismissed a card: not shown again this session. */
  dismiss(card: Pick<Reassurance, 'key'>): void;
  /** The ways to a person offered at a moment: phone and email channels when anxious or emotional. */
  people(moment: Moment | null): Channel[];
  /** The widget showed the card: emits `reassure:show`. */
  shown(card: Reassurance): void;
}

/** The reassurance part: a lazy chunk, loaded on a page or step with `reassure`, or by `reassure()`. */
export function reassurance(ctx: Context<ReassureEvents, { channels?: Channel[] }>, where: PageApi): ReassurePart {
  ctx.use(i18n).addMessages(reassureMessages, LANGUAGES);
  const { platform } = ctx;
  const key = () => `situ:${ctx.config.peek()?.site ?? 'site'}:reassured`;
  const read = (): string[] => {
    try {
      const list: unknown = JSON.parse(platform.session?.get(key()) ?? '[]');
      return Array.isArray(list) ? list.filter((x) => typeof x === 'string') : [];
    } catch {
      return [];
    }
  };
  const dismissed = signal<ReadonlySet<string>>(new Set());
  // Read once the config names the site: a `<situ-reassure>` in the page, or a `reassure()` made
  // while the config loads, brings this part before it.
  let readFor: string | undefined;
  ctx.effect(() => {
    const site = ctx.config.value?.site;
    if (site === undefined || site === readFor) return;
    readFor = site;
    dismissed.value = new Set([...read(), ...dismissed.peek()]);
  });
  const people = (moment: Moment | null) => {
    const channels = ctx.config.value?.channels ?? [];
    return moment === 'anxious' || moment === 'emotional'
      ? [...channels.filter((c) => c.kind === 'phone' && c.number), ...channels.filter((c) => c.kind === 'email' && c.address)]
      : [];
  };
  // A `reassure()` card belongs to the page it was called on (its path), whatever its step, and
  // even when called before the config had matched the page.
  const given = signal<{ options: ReassureOptions; path: string } | null>(null);
  const path = () => pathOf(where.href.value);

  const card = computed<Reassurance | null>(() => {
    const step = where.stepConfig.value;
    const page = where.page.value;
    const own = given.value?.path === path() ? given.value.options : null;
    const options = own ?? (step?.reassure as ReassureOptions | undefined) ?? (page?.reassure as ReassureOptions | undefined);
    if (!options) return null;
    const at = own ? `call:${path()}` : `config:${page?.id ?? ''}/${step?.reassure ? step.id : ''}`;
    const cardKey = `${at}:${options.title}`;
    if (dismissed.value.has(cardKey)) return null;
    const moment = ((step?.moment ?? page?.moment) as Moment | undefined) ?? null;
    return { ...options, next: options.next ?? [], key: cardKey, moment, people: people(moment) };
  });

  return {
    card,
    dismissed,
    people,
    reassure(options) {
      checkReassureOptions(options);
      given.value = { options: { ...options, ...(options.next ? { next: [...options.next] } : {}) }, path: path() };
    },
    dismiss(shown) {
      dismissed.value = new Set([...dismissed.peek(), shown.key]);
      try {
        platform.session?.set(key(), JSON.stringify([...dismissed.peek()]));
      } catch {
        // Session storage blocked or full: dismissed for this page visit only.
      }
    },
    shown(shown) {
      ctx.emit('reassure:show', { title: shown.title, pageId: where.page.peek()?.id ?? null, step: where.step.peek() });
    },
  };
}

/** Checks `reassure()`'s argument field by field. */
function checkReassureOptions(options: unknown): asserts options is ReassureOptions {
  checkOptions<ReassureOptions>(options, 'reassurance options such as { title: "Your payment is protected" }', (field, o) => {
    field(typeof o.title === 'string' && o.title.trim() !== '', 'title', 'a title');
    field(optionalString(o.body), 'body', 'a string');
    field(optionalLines(o.next), 'next', 'a list of lines of what happens next');
    field(optionalString(o.target), 'target', 'a CSS selector');
  });
}

/** Its messages in the other built-in languages, loaded with them. */
const LANGUAGES = { nl: () => import('./nl').then((m) => m.nl) };
