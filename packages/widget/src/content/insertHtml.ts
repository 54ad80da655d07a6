/** The native HTML sanitiser API, where the browser has it. */
interface NativeSanitizer {
  allowElement(element: { name: string; attributes: string[] }): void;
}
type SanitizerConstructor = new () => NativeSanitizer;
type WithSetHTML = { setHTML(html: string, options?: object): void };

/**
 * Beyond the native sanitiser's safe defaults: images (their URLs are checked by `tidyArticle`),
 * the checkboxes of Markdown task lists (`tidyArticle` keeps only disabled checkboxes), and
 * disclosures.
 */
const ALLOWED = [
  { name: 'img', attributes: ['src', 'alt', 'width', 'height', 'title'] },
  { name: 'input', attributes: ['type', 'checked', 'disabled'] },
  { name: 'details', attributes: ['open'] },
  { name: 'summary', attributes: [] },
];
let sanitizer: NativeSanitizer | undefined;

/** True where the browser has the native sanitiser (`Element.setHTML`). */
export const hasNativeSanitizer = () => typeof (Element.prototype as Partial<WithSetHTML>).setHTML === 'function';

/**
 * Puts article HTML into `el` (an element of an inert document, where nothing loads or runs)
 * safely: through the native sanitiser (`Element.setHTML`) where the browser has it, else through
 * DOMPurify (`purify`: its sanitised string, or null when it is not loaded). `trusted` HTML
 * (micromark's own output with no raw HTML in it, which escapes every tag) needs neither.
 */
export function insertHtml(el: Element, html: string, trusted: boolean, purify: (html: string) => string | null): void {
  if (hasNativeSanitizer()) {
    // The page's own: `el` may belong to an inert document, which has no window.
    const Sanitizer = (globalThis as unknown as { Sanitizer?: SanitizerConstructor }).Sanitizer;
    if (Sanitizer && !sanitizer) {
      sanitizer = new Sanitizer();
      for (const element of ALLOWED) sanitizer.allowElement(element);
    }
    (el as unknown as WithSetHTML).setHTML(html, sanitizer ? { sanitizer } : undefined);
    return;
  }
  const clean = trusted ? html : purify(html);
  if (clean === null) throw new Error('untrusted HTML and no sanitiser loaded');
  el.innerHTML = clean;
}
