import type { Article } from './articles';

/** The `link` event: a link in an article leads to another page of this site. */
export interface LinkEvent {
  /** The absolute URL. */
  url: string;
  /** The article the link is in, if known. */
  article: string | null;
  /** Takes the link: Situ leaves the navigation to the host (an SPA router's `push`). */
  preventDefault(): void;
}

/** What following a link from an article does. */
export type LinkAction =
  /** Another article: open it in the hub. */
  | { kind: 'article'; id: string }
  /** This very page (perhaps an anchor on it): close the hub and go to the anchor, no reload. */
  | { kind: 'here'; hash: string }
  /** A `link` listener took it. */
  | { kind: 'taken' }
  /** Another page of the site, nobody took it: leave, once the visitor's typed input is safe. */
  | { kind: 'leave'; url: string }
  /** Another site or a `mailto:`/`tel:` link: the browser's default (a new tab for other sites). */
  | { kind: 'default' };

/** The hash that links one article to another in the hub: `#situ-article=<id>`. */
export const ARTICLE_HASH = '#situ-article=';

/**
 * Decides what a click on a link in an article does. Nothing here may reload the page the
 * visitor is filling in: the same page is an anchor, an article opens in the hub, and another
 * page of the site is offered to the host first (`onLink`).
 */
export function followLink(
  href: string,
  pageHref: string,
  articles: readonly Article[],
  onLink: (event: LinkEvent) => void,
  from: string | null = null,
): LinkAction {
  let url: URL;
  let here: URL;
  try {
    here = new URL(pageHref);
    url = new URL(href, here);
  } catch {
    return { kind: 'default' };
  }
  if (url.hash.startsWith(ARTICLE_HASH)) {
    return { kind: 'article', id: decodeURIComponent(url.hash.slice(ARTICLE_HASH.length)) };
  }
  if (url.origin !== here.origin || !url.protocol.startsWith('http')) return { kind: 'default' };
  const byUrl = articles.find((a) => a.url !== undefined && sameDocument(new URL(a.url, here), url) && !url.hash);
  if (byUrl) return { kind: 'article', id: byUrl.id };
  if (sameDocument(url, here)) return { kind: 'here', hash: url.hash };
  let taken = false;
  onLink({ url: url.href, article: from, preventDefault: () => void (taken = true) });
  return taken ? { kind: 'taken' } : { kind: 'leave', url: url.href };
}

function sameDocument(a: URL, b: URL): boolean {
  return a.origin === b.origin && a.pathname === b.pathname && a.search === b.search;
}
