import { addSheet } from '../mount/addSheet';
import proseCss from './prose.css?inline';
import { insertHtml } from './insertHtml';
import { markdownToHtml } from './markdown';
import { tidyArticle } from './tidyArticle';

const styled = new WeakSet<ShadowRoot>();

/**
 * Puts an article's body into `el`: compiled `html` as it is, or Markdown through micromark
 * (its own lazy chunk), through a sanitiser, then tidied for the panel. This module is a lazy
 * chunk too, loaded with the first article shown: opening the hub does not need it.
 */
export async function renderArticle(
  el: Element,
  article: { html?: string; body?: string; text?: string },
  allowHtml: boolean,
  newTabText: string,
  isCurrent: () => boolean,
): Promise<void> {
  const root = el.getRootNode();
  if (root instanceof ShadowRoot && !styled.has(root)) {
    styled.add(root);
    addSheet(root, proseCss);
  }
  const fromMarkdown = article.html === undefined;
  const html = fromMarkdown
    ? await markdownToHtml(article.body ?? article.text ?? '', allowHtml)
    : article.html!;
  if (!isCurrent()) return;
  // Sanitised and tidied in an inert document, where nothing loads, then moved into the page:
  // an image with a `javascript:` or `data:` source is gone before the page could fetch it.
  const doc = el.ownerDocument;
  const box = doc.implementation.createHTMLDocument('').createElement('div');
  await insertHtml(box, html, fromMarkdown && !allowHtml);
  if (!isCurrent()) return;
  tidyArticle(box, doc.baseURI, doc.location.origin, newTabText);
  el.replaceChildren(...Array.from(box.childNodes));
}
