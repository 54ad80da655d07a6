import { addSheet } from '../mount/addSheet';
import proseCss from './prose.css?inline';
import { hasNativeSanitizer, insertHtml } from './insertHtml';
import { loadMarkdown, markdownToHtml, markdownToHtmlNow, type RawHtml } from './markdown';
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

/** An inert document's element, where nothing loads: the body is built and tidied there first. */
const inertBox = (el: Element) => el.ownerDocument.implementation.createHTMLDocument('').createElement('div');

function moveIn(el: Element, box: Element, newTabText: string) {
  const doc = el.ownerDocument;
  tidyArticle(box, doc.baseURI, doc.location.origin, newTabText);
  el.replaceChildren(...Array.from(box.childNodes));
}

/** What an article's body becomes here: HTML for the sanitiser, Markdown, or plain text. */
type Plan = { html: string } | { markdown: string; rawHtml: RawHtml } | { text: string };

/**
 * Compiled `html` and allowed raw HTML go through the native sanitiser. A browser without it
 * shows no untrusted HTML at all: the article's Markdown with raw HTML left out, else its text.
 */
function plan(article: Body, allowHtml: boolean): Plan {
  const native = hasNativeSanitizer();
  if (article.html !== undefined) {
    if (native) return { html: article.html };
    return article.body !== undefined ? { markdown: article.body, rawHtml: 'drop' } : { text: article.text ?? '' };
  }
  return { markdown: article.body ?? article.text ?? '', rawHtml: allowHtml ? (native ? true : 'drop') : false };
}

/** Sanitises and tidies in an inert document, where nothing loads, then moves it into the page. */
function put(el: Element, p: Plan, html: string, newTabText: string) {
  styleRoot(el);
  const box = inertBox(el);
  if ('text' in p) {
    for (const para of p.text.split(/\n{2,}/)) box.append(Object.assign(box.ownerDocument.createElement('p'), { textContent: para }));
  } else {
    // Only micromark's output with raw HTML escaped or left out is trusted without a sanitiser.
    insertHtml(box, html, 'markdown' in p && p.rawHtml !== true);
  }
  moveIn(el, box, newTabText);
}

/**
 * `renderArticle` at once, when everything it needs is loaded (the usual case once the visitor
 * pointed at the link): the body is then in place before the first paint. False otherwise.
 */
export function renderArticleNow(el: Element, article: Body, allowHtml: boolean, newTabText: string): boolean {
  const p = plan(article, allowHtml);
  const html = 'html' in p ? p.html : 'markdown' in p ? markdownToHtmlNow(p.markdown, p.rawHtml) : '';
  if (html === null) return false;
  put(el, p, html, newTabText);
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
  const html = 'html' in p ? p.html : 'markdown' in p ? await markdownToHtml(p.markdown, p.rawHtml) : '';
  if (isCurrent()) put(el, p, html, newTabText);
}
