import type { ArticleView } from '../reading/reading';
import type { JourneyEntry } from '../journey/journeyEntries';
import { cleanUrl } from '../journey/cleanUrl';
import type { Channel } from './contact';
import { maskCardNumbers } from './maskCardNumbers';
import type { ContactPayload } from './payload';

/** The parts of a contact's context; the visitor may leave any of them out. */
export const CONTEXT_PARTS = ['page', 'journey', 'articles', 'searches', 'item', 'host', 'env'] as const;
/** One part of a contact's context. */
export type ContextPart = (typeof CONTEXT_PARTS)[number];

/** Everything a contact may carry, before the visitor's choices. */
export interface ContactDraft {
  id: string;
  reference: string;
  createdAt: number;
  site: string;
  channel: Channel['kind'];
  customer: { id: string; name?: string; email?: string } | null;
  item: { id: string; type?: string; title?: string } | null;
  category: { id: string; path: string[]; label?: string } | null;
  urgency?: 'low' | 'medium' | 'high';
  value?: 'low' | 'medium' | 'high';
  message: string;
  callback: { phone: string; when?: string } | null;
  page: { url: string; title: string; pageId: string | null; step: string | null };
  journey: readonly JourneyEntry[];
  articlesViewed: readonly ArticleView[];
  searches: readonly { query: string; results: number }[];
  host: Readonly<Record<string, unknown>>;
  env: { language?: string; viewport?: string; timezone?: string };
  /** `privacy.query`: query strings leave the page only when the config keeps them. */
  query: 'strip' | 'keep';
}

/** The parts of a draft that hold something, with how many (for "2 articles you read"). */
export function partsOf(draft: ContactDraft): { part: ContextPart; count: number }[] {
  const counts: Record<ContextPart, number> = {
    page: 1,
    journey: draft.journey.length > 1 ? draft.journey.length : 0,
    articles: draft.articlesViewed.length,
    searches: draft.searches.length,
    item: draft.item ? 1 : 0,
    host: Object.keys(draft.host).length > 0 ? 1 : 0,
    env: 1,
  };
  return CONTEXT_PARTS.filter((part) => counts[part] > 0).map((part) => ({ part, count: counts[part] }));
}

/**
 * The payload as it leaves the page: the parts the visitor left out are not in it, URLs lose
 * their query strings (unless kept by the config), card numbers typed into free text are masked.
 */
export function buildPayload(draft: ContactDraft, omit: ReadonlySet<ContextPart>): ContactPayload {
  const url = (u: string) => cleanUrl(u, draft.query);
  const has = (part: ContextPart) => !omit.has(part);
  const context: NonNullable<ContactPayload['context']> = {};
  if (has('page'))
    context.page = {
      url: url(draft.page.url),
      ...(draft.page.title ? { title: draft.page.title } : {}),
      ...(draft.page.pageId ? { pageId: draft.page.pageId } : {}),
      ...(draft.page.step ? { step: draft.page.step } : {}),
    };
  if (has('journey') && draft.journey.length > 1)
    context.journey = draft.journey.map((j) => ({ url: url(j.url), ...(j.pageId ? { pageId: j.pageId } : {}), ...(j.step ? { step: j.step } : {}), at: j.at }));
  if (has('articles') && draft.articlesViewed.length)
    context.articlesViewed = draft.articlesViewed.map(({ id, title, seconds, helpful }) => ({ id, title, seconds, helpful }));
  if (has('searches') && draft.searches.length) context.searches = draft.searches.map(({ query, results }) => ({ query: maskCardNumbers(query), results }));
  if (has('host') && Object.keys(draft.host).length) context.host = { ...draft.host };
  if (has('env')) context.env = { ...draft.env };
  const message = maskCardNumbers(draft.message.trim());
  return {
    id: draft.id,
    reference: draft.reference,
    createdAt: new Date(draft.createdAt).toISOString(),
    site: draft.site,
    ...(draft.customer ? { customer: draft.customer } : {}),
    ...(draft.item && has('item') ? { item: draft.item } : {}),
    ...(draft.category ? { category: draft.category } : {}),
    channel: draft.channel,
    ...(draft.urgency ? { urgency: draft.urgency } : {}),
    ...(draft.value ? { value: draft.value } : {}),
    ...(message ? { message } : {}),
    ...(draft.callback ? { callback: { phone: draft.callback.phone, ...(draft.callback.when ? { when: maskCardNumbers(draft.callback.when) } : {}) } } : {}),
    context,
  };
}
