/** What to do with a URL's query string before it is recorded or sent. */
export type QueryPolicy = 'strip' | 'keep';

/** A hash that carries parameters (`#access_token=…&state=…`), not a route (`#/claims/12`). */
const PARAMS_HASH = /^#[^/]*[=&]/;

/**
 * The URL as Situ records it: without its query string, and without a hash that carries
 * parameters (OAuth puts tokens there), unless the config keeps them. A route hash stays.
 */
export function cleanUrl(href: string, query: QueryPolicy): string {
  if (query === 'keep') return href;
  try {
    const url = new URL(href);
    url.search = '';
    if (PARAMS_HASH.test(url.hash)) url.hash = '';
    return url.href;
  } catch {
    return href.split(/[?#]/)[0] ?? href;
  }
}
