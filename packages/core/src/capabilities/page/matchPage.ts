import type { Page } from './page';
import { compilePattern, type URLPatternConstructor, type URLPatternLike } from './urlPattern';

/** A page with its patterns compiled. */
export interface CompiledPage {
  /** The page as configured. */
  page: Page;
  /** Its patterns; any one matching selects the page. */
  patterns: URLPatternLike[];
}

/** Compiles every page's `match` once, when the config is resolved. */
export function compilePages(Pattern: URLPatternConstructor, pages: readonly Page[]): CompiledPage[] {
  return pages.map((page) => ({
    page,
    patterns: (Array.isArray(page.match) ? page.match : [page.match]).map((m) => compilePattern(Pattern, m)),
  }));
}

/** The first page, in config order, whose pattern matches `url`; null when none does. */
export function matchPage(pages: readonly CompiledPage[], url: string): Page | null {
  for (const { page, patterns } of pages) {
    if (patterns.some((p) => p.test(url))) return page;
  }
  return null;
}
