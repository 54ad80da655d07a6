import type { Page, Step } from '../page/page';
import type { Article } from './config';

/** Where suggestions came from; the home view's headings say so. */
export type SuggestionSource = 'step' | 'page' | 'popular';

/** The articles offered on the home view, best first. */
export interface Suggestions {
  /** `step` when the current step has its own articles, `page` for the page's, else `popular`. */
  source: SuggestionSource;
  /** Article ids, best first: the step's, then the page's, without repeats. */
  ids: string[];
  /** The same ids in groups, each under its own heading: the step's, then the page's others. */
  groups: { source: SuggestionSource; ids: string[] }[];
}

/** How many articles the home view offers when a page has none of its own. */
export const POPULAR_COUNT = 5;

const articlesOf = (x: Page | Step | undefined | null) => (Array.isArray(x?.articles) ? (x.articles as string[]) : []);

/** What suggestions need of an article: its id, and the pages and steps it says it helps on. */
type Listed = Pick<Article, 'id' | 'pages' | 'steps'>;

/**
 * The articles for this page and step: the step's first, then the page's; else the first
 * articles. The config's own lists come first; then the articles that name this page or step
 * themselves (front matter compiled by `situ build`), in knowledge-base order.
 */
export function suggest(page: Page | null, stepId: string | null, articles: readonly Listed[]): Suggestions {
  const step = page?.steps?.find((s) => s.id === stepId);
  const forStep = step && page ? articles.filter((a) => a.steps?.some((x) => x === step.id || x === `${page.id}/${step.id}`)) : [];
  const forPage = page ? articles.filter((a) => a.pages?.includes(page.id)) : [];
  const stepIds = [...new Set([...articlesOf(step), ...forStep.map((a) => a.id)])];
  const pageIds = [...new Set([...articlesOf(page), ...forPage.map((a) => a.id)])].filter((id) => !stepIds.includes(id));
  const groups = [
    { source: 'step' as const, ids: stepIds },
    { source: 'page' as const, ids: pageIds },
  ].filter((g) => g.ids.length > 0);
  if (groups.length > 0) return { source: groups[0]!.source, ids: [...stepIds, ...pageIds], groups };
  const ids = articles.slice(0, POPULAR_COUNT).map((a) => a.id);
  return { source: 'popular', ids, groups: ids.length ? [{ source: 'popular', ids }] : [] };
}
