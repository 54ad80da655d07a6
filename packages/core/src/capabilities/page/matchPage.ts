import type { Page } from './page';
import { compilePattern, type PatternSource, type URLPatternConstructor, type URLPatternLike } from './urlPattern';

/** A page whose patterns compile the first time a URL could match them. */
export interface CompiledPage {
  /** The page as configured. */
  page: Page;
  /** Its patterns, compiled on first use; any one matching selects the page. */
  patterns(): URLPatternLike[];
  /** The plain start every URL it matches has (`/claims/` of `/claims/:id`), or `''`. */
  prefixes: string[];
}

/** The literal start of a pathname pattern, up to its first parameter, wildcard or group. */
function literalPrefix(source: PatternSource): string {
  const pathname = typeof source === 'string' ? source : source.pathname;
  if (!pathname) return '';
  const prefix = /^[\w\-./~]*/.exec(pathname)?.[0] ?? '';
  // A modifier right after it may make its last character optional.
  return /^[?+*]/.test(pathname.slice(prefix.length)) ? prefix.slice(0, -1) : prefix;
}

/**
 * Prepares every page's `match`, compiling none yet: a config with 50,000 pages costs the page
 * nothing at start, and a URL is tested only against the pages before the one it matches.
 */
export function compilePages(Pattern: URLPatternConstructor, pages: readonly Page[]): CompiledPage[] {
  return pages.map((page) => {
    let compiled: URLPatternLike[] | undefined;
    const sources = Array.isArray(page.match) ? page.match : [page.match];
    return {
      page,
      prefixes: sources.map(literalPrefix),
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

/**
 * The first page, in config order, whose pattern matches `url`; null when none does. A page
 * whose patterns all start with text the URL's path does not start with is passed over without
 * compiling anything: 50,000 pages cost a string comparison each.
 */
export function matchPage(pages: readonly CompiledPage[], url: string): Page | null {
  let pathname = '';
  try {
    pathname = new URL(url).pathname;
  } catch {
    // Not a URL: no page matches it.
    return null;
  }
  for (const compiled of pages) {
    if (!compiled.prefixes.some((prefix) => pathname.startsWith(prefix))) continue;
    if (compiled.patterns().some((p) => p.test(url))) return compiled.page;
  }
  return null;
}
