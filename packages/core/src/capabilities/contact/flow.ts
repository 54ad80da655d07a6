import { batch, computed, signal, type ReadonlySignal } from '@preact/signals-core';
import type { Context } from '../../kernel/capability';
import { checkOptions, optionalString } from '../../kernel/checkOptions';
import { isId } from '../../kernel/expect';
import { isRecord } from '../../util/isRecord';
import { safe } from '../../util/safe';
import { uniqueId } from '../../util/uniqueId';
import type { Article } from '../articles/articles';
import type { Outbox } from '../outbox/sender';
import { SEARCHES_KEY } from '../search/searchesKey';
import { buildPayload, partsOf, type ContactDraft, type ContextPart } from './buildPayload';
import type { ArticlesApi } from '../articles/articles';
import type { I18nApi } from '../i18n/i18n';
import type { JourneyApi } from '../journey/journey';
import type { OutboxApi } from '../outbox/outbox';
import type { PageApi } from '../page/page';
import type { ReadingApi } from '../reading/reading';
import type { VisitorApi } from '../visitor/visitor';
import type { Category, Channel, ContactEvents } from './contact';
import { flowMessages } from './messages';
import type { ContactPayload } from './payload';
import { makeReference } from './reference';
import { resolveCategory, route, type RoutedChannel } from './route';

/** How `contact()` may start the flow: at a category, about an item, on a channel, with a message. */
export interface ContactPrefill {
  /** A category id, at any depth. */
  category?: string;
  /** The item it is about: its id, or the item itself. */
  item?: string | { id: string; type?: string; title?: string };
  /** A channel id: the flow opens on it. */
  channel?: string;
  /** The message, to start from. */
  message?: string;
}

/** The steps of the flow, in order. */
export type ContactStep = 'category' | 'articles' | 'channel' | 'send' | 'done';

/** What became of a contact the visitor sent. */
export interface ContactResult {
  id: string;
  reference: string;
  channel: Channel;
  /** `queued`: kept, not delivered yet (offline, the receiver busy); `failed`: refused. */
  state: 'sending' | 'queued' | 'sent' | 'failed';
  /** False when this device could not keep it: it is sent only while the page stays open. */
  saved: boolean;
  /** The text the visitor wrote, to copy. */
  text: string;
  /** When a reply is due, ms since the epoch (written channels). */
  replyBy: number | null;
  caseId?: string | null;
  status?: number;
  problem?: string | null;
}

/** The visitor's own fields in the flow: each is kept for the tab's session as they type. */
export type DraftField = 'message' | 'name' | 'email' | 'phone' | 'when';

/** The contact flow: state as signals, the visitor's actions as methods. */
export interface ContactFlow {
  readonly step: ReadonlySignal<ContactStep>;
  /** Whether the flow has a step to go back to. */
  readonly canGoBack: ReadonlySignal<boolean>;
  /** The categories to choose from now: the top level, or the children of the one chosen. */
  readonly choices: ReadonlySignal<readonly Category[]>;
  /** The categories chosen so far, top down. */
  readonly path: ReadonlySignal<readonly Category[]>;
  /** The articles that most often answer the chosen category (at most 3). */
  readonly suggested: ReadonlySignal<readonly Article[]>;
  /** Every configured channel that can work here, best first, with its reasons. */
  readonly channels: ReadonlySignal<readonly RoutedChannel[]>;
  /** The channel chosen. */
  readonly channel: ReadonlySignal<Channel | null>;
  /** The item the contact is about. */
  readonly item: ReadonlySignal<{ id: string; type?: string; title?: string } | null>;
  /** The reference the visitor can read out. */
  readonly reference: ReadonlySignal<string>;
  /** The visitor's fields as typed. */
  readonly fields: ReadonlySignal<Readonly<Record<DraftField, string>>>;
  /** The parts of the context there are, with counts ("2 articles you read"). */
  readonly parts: ReadonlySignal<readonly { part: ContextPart; count: number }[]>;
  /** The parts the visitor left out. */
  readonly omitted: ReadonlySignal<ReadonlySet<ContextPart>>;
  /** The contact sent, and what became of it. */
  readonly result: ReadonlySignal<ContactResult | null>;
  /** A field the visitor must fix before sending (`message`, `email`, `phone`), or null. */
  readonly problem: ReadonlySignal<DraftField | null>;
  /**
   * `contact(prefill)`: starts afresh, at the furthest step the prefill allows; `at: "channel"`
   * goes past the articles ("Talk to a person" on a reassurance card).
   */
  start(prefill?: unknown, at?: 'channel'): void;
  /** Starts, unless a flow is under way (the hub reopened at the contact view). */
  resume(): void;
  chooseCategory(id: string): void;
  /** Past the suggested articles, to the channels. */
  skipArticles(): void;
  chooseChannel(id: string): void;
  back(): void;
  set(field: DraftField, value: string): void;
  /** Leaves a part of the context out, or puts it back. */
  toggle(part: ContextPart): void;
  /** The payload as it would be sent now. */
  preview(): ContactPayload;
  /** A `mailto:` link whose body holds the reference and a readable summary of the context. */
  mailto(): string;
  /**
   * Sends the contact through the outbox: the form's or callback's message, or for a phone
   * call, an email or a chat, the context under the reference the visitor will quote.
   */
  send(): Promise<void>;
}

/** How long, in hours, a written request waits for its reply when its channel does not say. */
export const DEFAULT_REPLY_HOURS: Partial<Record<Channel['kind'], number>> = { form: 24, email: 24, callback: 4 };

const EMPTY_FIELDS: Record<DraftField, string> = { message: '', name: '', email: '', phone: '', when: '' };

/** The contact flow: the lazy part of `contact`, loaded when the flow first opens. */
export function contactFlow(ctx: Context<ContactEvents, object>): ContactFlow {
  // The capabilities before this one, reached by name: a lazy chunk that imported their modules
  // would make the bundler split shared code out of the hub (rolldown/rolldown#10731).
  const use = <Api>(name: string): Api => ctx.use(ctx.capabilities.find((c) => c.name === name)!) as Api;
  const where = use<PageApi>('page');
  const kb = use<ArticlesApi>('articles');
  const read = use<ReadingApi>('reading');
  const trail = use<JourneyApi>('journey');
  const who = use<VisitorApi>('visitor');
  const box = use<OutboxApi>('outbox');
  const t = use<I18nApi>('i18n');
  t.addMessages(flowMessages, LANGUAGES);
  const { platform } = ctx;
  const config = () => ctx.config.peek() as unknown as ContactConfig | null;
  const site = () => config()?.site ?? 'site';
  const draftKey = () => `situ:${site()}:contact-draft`;

  const history = signal<readonly ContactStep[]>([]);
  const step = computed<ContactStep>(() => history.value.at(-1) ?? 'category');
  const path = signal<readonly Category[]>([]);
  const item = signal<{ id: string; type?: string; title?: string } | null>(null);
  const channelId = signal<string | null>(null);
  const omitted = signal<ReadonlySet<ContextPart>>(new Set());
  const result = signal<ContactResult | null>(null);
  const problem = signal<DraftField | null>(null);
  const reference = signal(makeReference());
  let id = uniqueId(platform.now());
  // The visitor's language, screen size and time zone come with the delivery part of the platform.
  let env: ContactDraft['env'] = {};
  platform.delivery().then((d) => (env = d.env()), () => {});
  // What the visitor typed survives a closed hub, a reload and another page of the site.
  const fields = signal<Readonly<Record<DraftField, string>>>({ ...EMPTY_FIELDS, ...readDraft(safe(() => platform.session?.get(draftKey()) ?? null)) });

  const categories = computed(() => (ctx.config.value as unknown as ContactConfig | null)?.categories ?? []);
  const choices = computed(() => (path.value.length ? (path.value.at(-1)!.children ?? []) : categories.value));
  const category = computed(() => path.value.at(-1) ?? null);
  const suggested = computed(() => {
    // A category without articles of its own borrows its parent's.
    const ids = [...path.value].reverse().find((c) => c.articles?.length)?.articles ?? [];
    return ids.flatMap((a) => kb.byId.value.get(a) ?? []).slice(0, 3);
  });
  const moment = () => {
    const own = (x: unknown) => (isRecord(x) && typeof x.moment === 'string' ? (x.moment as 'routine' | 'anxious' | 'emotional') : undefined);
    return own(where.stepConfig.peek()) ?? own(where.page.peek());
  };
  const timeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
  const channels = computed(() => {
    const c = ctx.config.value as unknown as ContactConfig | null;
    // Without a receiver, a form or a callback request would go nowhere: only the direct ways stay.
    const usable = (c?.channels ?? []).filter((ch) => c?.endpoint || (ch.kind !== 'form' && ch.kind !== 'callback'));
    const chosen = category.value ? resolveCategory(c?.categories, category.value.id) : null;
    const m = moment();
    return route({
      request: { ...(chosen ? { category: chosen } : {}), ...(m ? { moment: m } : {}), ...(item.value ? { item: item.value } : {}) },
      channels: usable,
      now: platform.now(),
      timeZone: timeZone(),
    });
  });
  const channel = computed(() => channels.value.find((r) => r.channel.id === channelId.value)?.channel ?? null);

  const draft = (): ContactDraft => {
    const c = config();
    const person = who.visitor.peek();
    const f = fields.peek();
    const chosen = category.peek();
    const resolved = chosen ? resolveCategory(c?.categories, chosen.id) : null;
    const kind = channel.peek()?.kind ?? 'form';
    const journey = trail.journey.part.peek()?.journey.peek() ?? [];
    return {
      id,
      reference: reference.peek(),
      createdAt: platform.now(),
      site: site(),
      channel: kind,
      customer: person ? { id: person.id, ...pick(f.name || person.name, 'name'), ...pick(f.email || person.email, 'email') } : customerOf(f),
      item: item.peek(),
      category: resolved ? { id: resolved.id, path: resolved.path, label: chosen!.label } : null,
      ...(resolved?.urgency ? { urgency: resolved.urgency } : {}),
      ...(resolved?.value ? { value: resolved.value } : {}),
      message: kind === 'form' || kind === 'callback' ? f.message : '',
      callback: kind === 'callback' ? { phone: f.phone.trim(), ...(f.when.trim() ? { when: f.when.trim() } : {}) } : null,
      page: { url: platform.href(), title: platform.title(), pageId: where.page.peek()?.id ?? null, step: where.step.peek() },
      journey,
      articlesViewed: read.viewed.peek(),
      searches: readSearches(safe(() => platform.session?.get(`situ:${site()}:${SEARCHES_KEY}`) ?? null)),
      host: who.context.peek(),
      env,
      query: c?.privacy.query ?? 'strip',
    };
  };
  const parts = computed(() => {
    // Read for their changes: the parts follow what the visitor reads and where they go.
    void read.viewed.value;
    void item.value;
    void trail.journey.part.value?.journey.value;
    void who.context.value;
    return partsOf(draft());
  });

  const go = (next: ContactStep) => {
    problem.value = null;
    history.value = [...history.peek(), next];
  };
  const afterCategory = () => go(suggested.peek().length ? 'articles' : 'channel');

  const start = (prefill: ContactPrefill = {}) => {
    batch(() => {
      const c = config();
      const pageContact = (x: unknown) => (isRecord(x) && isRecord(x.contact) ? (x.contact as { category?: string; item?: string }) : undefined);
      const here = pageContact(where.stepConfig.peek()) ?? pageContact(where.page.peek());
      const categoryId = prefill.category ?? here?.category;
      const found = categoryId ? findPath(c?.categories ?? [], categoryId) : null;
      if (prefill.category && !found) ctx.platform.log('warn', `[situ] contact: category: no category "${prefill.category}" in the config; the flow starts at the categories`);
      const itemOf = prefill.item ?? here?.item;
      // A refused contact the visitor has moved on from leaves the outbox (its text was on screen to copy).
      discardFailed();
      id = uniqueId(platform.now());
      reference.value = makeReference();
      result.value = null;
      // The signed-in visitor's name and address, where the form has none yet.
      const person = who.visitor.peek();
      for (const key of ['name', 'email'] as const) {
        const known = person?.[key];
        if (!fields.peek()[key] && typeof known === 'string') set(key, known);
      }
      omitted.value = new Set();
      path.value = found ?? [];
      item.value = typeof itemOf === 'string' ? { id: itemOf } : itemOf ? { ...itemOf } : null;
      channelId.value = null;
      if (prefill.message !== undefined) set('message', prefill.message);
      history.value = ['category'];
      // A category chosen already: on to its articles (or its children); a channel too: on to it.
      if (found && !found.at(-1)!.children?.length) {
        if (prefill.channel && channels.peek().some((r) => r.channel.id === prefill.channel && r.open)) {
          channelId.value = prefill.channel;
          history.value = ['category', 'channel', 'send'];
        } else afterCategory();
      } else if (prefill.channel && channels.peek().some((r) => r.channel.id === prefill.channel && r.open)) {
        channelId.value = prefill.channel;
        history.value = ['category', 'channel', 'send'];
      }
    });
    if (kb.articlesStatus.peek() === 'idle') void kb.loadArticles();
    ctx.emit('contact:start', { category: category.peek()?.id ?? null, item: item.peek()?.id ?? null });
  };

  const discardFailed = () => {
    const failed = result.peek();
    if (failed?.state === 'failed') void box.outbox.part.peek()?.discard(failed.id);
  };

  const set = (field: DraftField, value: string) => {
    fields.value = { ...fields.peek(), [field]: value };
    if (problem.peek() === field) problem.value = null;
    safe(() => platform.session?.set(draftKey(), JSON.stringify(fields.peek())));
  };

  // What the outbox learns reaches the visitor: sent, still queued, or refused.
  ctx.effect(() => {
    const outcome = box.outbox.part.value?.outcomes.value[id];
    const current = result.peek();
    if (!outcome || !current || current.id !== id || outcome.state === 'sending') return;
    if (outcome.state === current.state) return;
    const base = { id: current.id, reference: current.reference, channel: current.channel.kind };
    if (outcome.state === 'sent') {
      result.value = { ...current, state: 'sent', caseId: outcome.receipt?.caseId ?? null };
      ctx.emit('contact:sent', { ...base, caseId: outcome.receipt?.caseId ?? null });
    } else if (outcome.state === 'failed') {
      result.value = { ...current, state: 'failed', status: outcome.status, problem: outcome.problem };
      ctx.emit('contact:failed', { ...base, status: outcome.status, problem: outcome.problem });
    } else result.value = { ...current, state: 'queued' };
  });

  const flow: ContactFlow = {
    step,
    canGoBack: computed(() => history.value.length > 1 && step.value !== 'done'),
    choices,
    path,
    suggested,
    channels,
    channel,
    item,
    reference,
    fields,
    parts,
    omitted,
    result,
    problem,
    start(prefill, at) {
      if (prefill !== undefined) checkPrefill(prefill);
      start(prefill);
      if (at && step.peek() === 'articles') go('channel');
    },
    resume() {
      if (history.peek().length === 0) start();
    },
    chooseCategory(categoryId) {
      const next = choices.peek().find((c) => c.id === categoryId);
      if (!next) return;
      path.value = [...path.peek(), next];
      if (next.children?.length) go('category');
      else afterCategory();
    },
    skipArticles: () => go('channel'),
    chooseChannel(channelIdNext) {
      if (!channels.peek().some((r) => r.channel.id === channelIdNext)) return;
      channelId.value = channelIdNext;
      // Another channel after a refusal is a new contact, with the same text.
      const before = result.peek();
      if (before) {
        discardFailed();
        id = uniqueId(platform.now());
        result.value = null;
        if (before.text && !fields.peek().message) set('message', before.text);
      }
      go('send');
    },
    back() {
      if (!flow.canGoBack.peek()) return;
      const leaving = step.peek();
      batch(() => {
        history.value = history.peek().slice(0, -1);
        // Back from a subcategory (or its articles) un-chooses it.
        if ((leaving === 'category' || leaving === 'articles' || (leaving === 'channel' && !history.peek().includes('articles'))) && path.peek().length)
          path.value = path.peek().slice(0, -1);
        problem.value = null;
      });
    },
    set,
    toggle(part) {
      const next = new Set(omitted.peek());
      if (!next.delete(part)) next.add(part);
      omitted.value = next;
    },
    preview: () => buildPayload(draft(), omitted.peek()),
    mailto() {
      const address = channel.peek()?.address ?? '';
      const payload = flow.preview();
      const subject = `${t.t.peek()('contact.mail.subject', { reference: payload.reference })}${payload.category?.label ? `: ${payload.category.label}` : ''}`;
      return `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(summarize(payload, t.t.peek()))}`;
    },
    async send() {
      const chosen = channel.peek();
      if (!chosen || result.peek()?.id === id) return;
      const f = fields.peek();
      const missing: DraftField | null =
        chosen.kind === 'form' && !f.message.trim()
          ? 'message'
          : chosen.kind === 'form' && !who.visitor.peek()?.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(f.email.trim())
            ? 'email'
            : chosen.kind === 'callback' && !/\d{6,}/.test(f.phone.replace(/\D/g, ''))
              ? 'phone'
              : null;
      if (missing) {
        problem.value = missing;
        return;
      }
      const payload = flow.preview();
      const hours = chosen.replyWithin ?? DEFAULT_REPLY_HOURS[chosen.kind];
      const sent: ContactResult = {
        id,
        reference: payload.reference,
        channel: chosen,
        state: 'sending',
        saved: true,
        text: f.message,
        replyBy: hours === undefined ? null : platform.now() + hours * 3_600_000,
      };
      result.value = sent;
      if (chosen.kind === 'form' || chosen.kind === 'callback') go('done');
      // The host opens its own chat with the whole context.
      if (chosen.kind === 'chat') ctx.emit('contact:channel', { channel: chosen, payload });
      const endpoint = config()?.endpoint;
      if (!endpoint) return;
      const outbox: Outbox = await box.outbox.load();
      const { saved } = await outbox.add({
        id: payload.id,
        url: new URL(`${endpoint.replace(/\/+$/, '')}/contacts`, platform.href()).href,
        body: payload,
        activity: {
          id: payload.id,
          kind: 'case',
          title: payload.category?.label ?? t.t.peek()('contact.case'),
          at: platform.now(),
          reference: payload.reference,
          channel: chosen.kind,
          ...(payload.category ? { category: payload.category.id } : {}),
          ...(payload.item ? { item: payload.item.id } : {}),
          ...(payload.context?.page?.pageId ? { pageId: payload.context.page.pageId } : {}),
        },
      });
      if (result.peek()?.id === payload.id) result.value = { ...result.peek()!, saved };
      // In the outbox now (or, unsaved, on screen in the result to copy): the next contact starts
      // with an empty message; the visitor's name and address stay.
      if (chosen.kind === 'form' || chosen.kind === 'callback') {
        fields.value = { ...fields.peek(), message: '', phone: '', when: '' };
        safe(() => (saved ? platform.session?.remove(draftKey()) : platform.session?.set(draftKey(), JSON.stringify(fields.peek()))));
      }
    },
  };
  return flow;
}

/** The config fields the flow reads. */
interface ContactConfig {
  site: string;
  categories: Category[];
  channels: Channel[];
  endpoint: string | null;
  privacy: { query: 'strip' | 'keep' };
}

/** The categories from the top down to `id`, or null. */
function findPath(categories: readonly Category[], id: string): Category[] | null {
  for (const c of categories) {
    if (c.id === id) return [c];
    const below = findPath(c.children ?? [], id);
    if (below) return [c, ...below];
  }
  return null;
}

const pick = (value: unknown, key: 'name' | 'email') => (typeof value === 'string' && value.trim() ? { [key]: value.trim() } : {});

/** A visitor who is not signed in, by what they typed: the email address stands in for an id. */
function customerOf(f: Record<DraftField, string>) {
  const email = f.email.trim();
  return email ? { id: email, email, ...pick(f.name, 'name') } : null;
}

function readDraft(raw: string | null): Partial<Record<DraftField, string>> {
  const stored = safe(() => (raw ? (JSON.parse(raw) as unknown) : null));
  if (!isRecord(stored)) return {};
  const out: Partial<Record<DraftField, string>> = {};
  for (const key of Object.keys(EMPTY_FIELDS) as DraftField[]) if (typeof stored[key] === 'string') out[key] = stored[key] as string;
  return out;
}

function readSearches(raw: string | null): { query: string; results: number }[] {
  const list = safe(() => (raw ? (JSON.parse(raw) as unknown) : null));
  return Array.isArray(list)
    ? list.filter((s): s is { query: string; results: number } => isRecord(s) && typeof s.query === 'string' && typeof s.results === 'number')
    : [];
}

/** The context in words, for an email's body: what the agent would otherwise have to ask. */
function summarize(payload: ContactPayload, t: (key: string, params?: Record<string, string | number>) => string): string {
  const c = payload.context ?? {};
  const lines = [t('contact.mail.reference', { reference: payload.reference }), ''];
  if (c.page) lines.push(t('contact.mail.page', { page: c.page.title ? `${c.page.title} (${c.page.url})` : c.page.url }));
  if (c.page?.step) lines.push(t('contact.mail.step', { step: c.page.step }));
  if (payload.item) lines.push(t('contact.mail.item', { item: payload.item.title ?? payload.item.id }));
  for (const a of c.articlesViewed ?? [])
    lines.push(t('contact.mail.article', { title: a.title, seconds: a.seconds, helpful: a.helpful === null ? '' : t(a.helpful ? 'contact.mail.helped' : 'contact.mail.notHelped') }));
  for (const s of c.searches ?? []) lines.push(t('contact.mail.search', { query: s.query, count: s.results }));
  lines.push('', t('contact.mail.write'), '');
  return lines.join('\n');
}

/** Checks `contact()`'s argument field by field. */
function checkPrefill(prefill: unknown): asserts prefill is ContactPrefill {
  checkOptions<ContactPrefill>(prefill, 'contact options such as { category: "refund" }', (field, o) => {
    field(o.category === undefined || isId(o.category), 'category', 'a category id');
    field(o.channel === undefined || isId(o.channel), 'channel', 'a channel id');
    field(optionalString(o.message), 'message', 'a string');
    field(o.item === undefined || isId(o.item) || (isRecord(o.item) && isId(o.item.id)), 'item', 'an item id or { id, type?, title? }');
  });
}

/** Its messages in the other built-in languages, loaded with them. */
const LANGUAGES = { nl: () => import('./nl').then((m) => m.nlFlow) };
