import { addSheet } from '../mount/addSheet';
import proseCss from './prose.css?inline';
import { insertHtml, insertHtmlNow } from './insertHtml';
import { loadMarkdown, markdownToHtml, markdownToHtmlNow } from './markdown';
import { tidyArticle } from './tidyArticle';

const styled = new WeakSet<ShadowRoot>();

/** Fetches the Markdown parser ahead, when the visitor reaches for an article. */
export const prepareMarkdown = loadMarkdown;

type Body = { html?: string; body?: string; text?: string };

function styleRoot(el: Element) {
  const root = el.getRootNode();
  if (root instanceof ShadowRoot && !styled.has(root)) {
    styled.add(root);
    addSheet(root, proseCss);
  }
}

/** An inert document's element, where nothing loads: HTML is sanitised and tidied there first. */
const inertBox = (el: Element) => el.ownerDocument.implementation.createHTMLDocument('').createElement('div');

function moveIn(el: Element, box: Element, newTabText: string) {
  const doc = el.ownerDocument;
  tidyArticle(box, doc.baseURI, doc.location.origin, newTabText);
  el.replaceChildren(...Array.from(box.childNodes));
}

/**
 * `renderArticle` at once, when everything it needs is loaded (the usual case once the visitor
 * pointed at the link): the body is then in place before the first paint. False otherwise.
 */
export function renderArticleNow(el: Element, article: Body, allowHtml: boolean, newTabText: string): boolean {
  const fromMarkdown = article.html === undefined;
  const html = fromMarkdown ? markdownToHtmlNow(article.body ?? article.text ?? '', allowHtml) : article.html!;
  if (html === null) return false;
  const box = inertBox(el);
  if (!insertHtmlNow(box, html, fromMarkdown && !allowHtml)) return false;
  styleRoot(el);
  moveIn(el, box, newTabText);
  return true;
}

/**
 * Puts an article's body into `el`: compiled `html` as it is, or Markdown through micromark
 * (its own lazy chunk), through a sanitiser, then tidied for the panel. This module is a lazy
 * chunk too, loaded with the first article shown: opening the hub does not need it.
 */
export async function renderArticle(
  el: Element,
  article: Body,
  allowHtml: boolean,
  newTabText: string,
  isCurrent: () => boolean,
): Promise<void> {
  styleRoot(el);
  const fromMarkdown = article.html === undefined;
  const html = fromMarkdown
    ? await markdownToHtml(article.body ?? article.text ?? '', allowHtml)
    : article.html!;
  if (!isCurrent()) return;
  // Sanitised and tidied in an inert document, where nothing loads, then moved into the page:
  // an image with a `javascript:` or `data:` source is gone before the page could fetch it.
  const box = inertBox(el);
  await insertHtml(box, html, fromMarkdown && !allowHtml);
  if (isCurrent()) moveIn(el, box, newTabText);
}
