import type { Article, Page } from '../config/schema';

/** Where suggestions came from; the home view's heading says so. */
export type SuggestionSource = 'step' | 'page' | 'popular';

/** The articles offered on the home view, best first. */
export interface Suggestions {
  /** `step` when the current step has its own articles, `page` for the page's, else `popular`. */
  source: SuggestionSource;
  /** Article ids, best first: the step's, then the page's, without repeats. */
  ids: string[];
}

/** How many articles the home view offers when a page has none of its own. */
export const POPULAR_COUNT = 5;

/** The articles for this page and step: the step's first, then the page's; else the first articles. */
export function suggest(page: Page | null, stepId: string | null, articleIds: readonly string[]): Suggestions {
  const step = page?.steps?.find((s) => s.id === stepId);
  const ids = [...new Set([...(step?.articles ?? []), ...(page?.articles ?? [])])];
  if (ids.length > 0) return { source: step?.articles?.length ? 'step' : 'page', ids };
  return { source: 'popular', ids: articleIds.slice(0, POPULAR_COUNT) };
}
