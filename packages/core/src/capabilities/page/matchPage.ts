import type { Page } from './page';
import { compilePattern, type URLPatternConstructor, type URLPatternLike } from './urlPattern';

/** A page whose patterns compile the first time a URL is tested against them. */
export interface CompiledPage {
  /** The page as configured. */
  page: Page;
  /** Its patterns, compiled on first use; any one matching selects the page. */
  patterns(): URLPatternLike[];
}

/**
 * Prepares every page's `match`, compiling none yet: a config with 50,000 pages costs the page
 * nothing at start, and a URL is tested only against the pages before the one it matches.
 */
export function compilePages(Pattern: URLPatternConstructor, pages: readonly Page[]): CompiledPage[] {
  return pages.map((page) => {
    let compiled: URLPatternLike[] | undefined;
    return {
      page,
      patterns: () =>
        (compiled ??= (Array.isArray(page.match) ? page.match : [page.match]).flatMap((m) => {
          try {
            return [compilePattern(Pattern, m)];
          } catch {
            // Reported when the config was validated; it simply never matches.
            return [];
          }
        })),
    };
  });
}

/** The first page, in config order, whose pattern matches `url`; null when none does. */
export function matchPage(pages: readonly CompiledPage[], url: string): Page | null {
  for (const compiled of pages) {
    if (compiled.patterns().some((p) => p.test(url))) return compiled.page;
  }
  return null;
}
