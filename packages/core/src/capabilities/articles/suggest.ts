import type { Page, Step } from '../page/page';

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

/** The articles for this page and step: the step's first, then the page's; else the first articles. */
export function suggest(page: Page | null, stepId: string | null, articleIds: readonly string[]): Suggestions {
  const step = page?.steps?.find((s) => s.id === stepId);
  const stepIds = [...new Set(articlesOf(step))];
  const pageIds = [...new Set(articlesOf(page))].filter((id) => !stepIds.includes(id));
  const groups = [
    { source: 'step' as const, ids: stepIds },
    { source: 'page' as const, ids: pageIds },
  ].filter((g) => g.ids.length > 0);
  if (groups.length > 0) return { source: groups[0]!.source, ids: [...stepIds, ...pageIds], groups };
  const ids = articleIds.slice(0, POPULAR_COUNT);
  return { source: 'popular', ids, groups: ids.length ? [{ source: 'popular', ids }] : [] };
}
