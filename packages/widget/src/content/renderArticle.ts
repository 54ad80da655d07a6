import { addSheet } from '../mount/addSheet';
import proseCss from './prose.css?inline';
import { hasNativeSanitizer, insertHtml } from './insertHtml';
import { loadMarkdown, markdownToHtml, markdownToHtmlNow } from './markdown';
import { loadPurify, purifyNow } from './purify';
import { tidyArticle } from './tidyArticle';

const styled = new WeakSet<ShadowRoot>();

type Body = { html?: string; body?: string; text?: string; base?: string };

/**
 * Fetches ahead what an article will need in this browser, when the visitor reaches for it: the
 * Markdown parser for a Markdown body; DOMPurify for compiled HTML where the browser has no
 * native sanitiser (a browser with `Element.setHTML` loads neither for compiled articles).
 */
export function prepareFor(markdown: boolean): Promise<void> {
  if (markdown) return loadMarkdown();
  return hasNativeSanitizer() ? Promise.resolve() : loadPurify();
}

function styleRoot(el: Element) {
  const root = el.getRootNode();
  if (root instanceof ShadowRoot && !styled.has(root)) {
    styled.add(root);
    addSheet(root, proseCss);
  }
}

/** An inert document's element, where nothing loads: the body is built and tidied there first. */
const inertBox = (el: Element) => el.ownerDocument.implementation.createHTMLDocument('').createElement('div');

/**
 * What an article's body becomes here: compiled HTML, or Markdown (raw HTML in it kept for the
 * sanitiser only where the config allows it; otherwise escaped, which needs no sanitiser).
 */
type Plan = { html: string } | { markdown: string; rawHtml: boolean };

const plan = (article: Body, allowHtml: boolean): Plan =>
  article.html !== undefined ? { html: article.html } : { markdown: article.body ?? article.text ?? '', rawHtml: allowHtml };

/** True when `p` needs a sanitiser that is not loaded yet (DOMPurify, in a browser without `setHTML`). */
const needsPurify = (p: Plan) => !hasNativeSanitizer() && ('html' in p || p.rawHtml) && purifyNow('') === null;

/** Sanitises and tidies in an inert document, where nothing loads, then moves it into the page. */
function put(el: Element, p: Plan, html: string, article: Body, newTabText: string) {
  styleRoot(el);
  const box = inertBox(el);
  // Only micromark's output with raw HTML escaped is trusted without a sanitiser.
  insertHtml(box, html, 'markdown' in p && !p.rawHtml, purifyNow);
  const doc = el.ownerDocument;
  // A fetched article's relative images and files sit beside the JSON it came in.
  tidyArticle(box, article.base ?? doc.baseURI, doc.location.origin, newTabText);
  el.replaceChildren(...Array.from(box.childNodes));
}

/**
 * `renderArticle` at once, when everything it needs is loaded (the usual case once the visitor
 * pointed at the link): the body is then in place before the first paint. False otherwise.
 */
export function renderArticleNow(el: Element, article: Body, allowHtml: boolean, newTabText: string): boolean {
  const p = plan(article, allowHtml);
  if (needsPurify(p)) return false;
  const html = 'html' in p ? p.html : markdownToHtmlNow(p.markdown, p.rawHtml);
  if (html === null) return false;
  put(el, p, html, article, newTabText);
  return true;
}

/**
 * Puts an article's body into `el`: compiled `html`, or Markdown through micromark (its own lazy
 * chunk), sanitised, then tidied for the panel. This module is a lazy chunk too, loaded when the
 * visitor reaches for an article: opening the hub does not need it.
 */
export async function renderArticle(
  el: Element,
  article: Body,
  allowHtml: boolean,
  newTabText: string,
  isCurrent: () => boolean,
): Promise<void> {
  const p = plan(article, allowHtml);
  if (needsPurify(p)) await loadPurify();
  const html = 'html' in p ? p.html : await markdownToHtml(p.markdown, p.rawHtml);
  if (isCurrent()) put(el, p, html, article, newTabText);
}
