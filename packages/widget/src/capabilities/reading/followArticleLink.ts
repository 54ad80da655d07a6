import type { Engine } from '@situ/core';
import { hasUnsavedInput } from '../../content/hasUnsavedInput';

/**
 * Follows a link the visitor clicked in an article (see `followLink` in core): another article
 * opens in the hub; this page's anchor closes the hub and scrolls there; another page of the
 * site is left only once a `link` listener did not take it and, where the page holds typed
 * input, the visitor chose to (`onLeave` asks).
 */
export async function followArticleLink(engine: Engine, href: string, from: string, doc: Document, onLeave: (url: string) => void): Promise<void> {
  const action = await engine.api.articles.followLink(href, from);
  if (action.kind === 'article') engine.api.hub.show({ name: 'article', id: action.id });
  else if (action.kind === 'here') {
    engine.api.hub.close();
    if (action.hash) doc.getElementById(decodeURIComponent(action.hash.slice(1)))?.scrollIntoView();
  } else if (action.kind === 'leave') {
    if (hasUnsavedInput(doc)) onLeave(action.url);
    else doc.location.assign(action.url);
  } else if (action.kind === 'default') doc.location.assign(href);
}
