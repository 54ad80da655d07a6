/** What to do with a URL's query string before it is recorded or sent. */
export type QueryPolicy = 'strip' | 'keep';

/** The URL as Situ records it: without query string (and its tokens) unless the config keeps it. */
export function cleanUrl(href: string, query: QueryPolicy): string {
  if (query === 'keep') return href;
  try {
    const url = new URL(href);
    url.search = '';
    return url.href;
  } catch {
    return href.split('?')[0] ?? href;
  }
}
