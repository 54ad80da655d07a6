/** The native HTML sanitiser API, where the browser has it. */
interface NativeSanitizer {
  allowElement(element: { name: string; attributes: string[] }): void;
}
type SanitizerConstructor = new () => NativeSanitizer;
type WithSetHTML = { setHTML(html: string, options?: object): void };

/** What an article's images may carry; their URLs are checked by `tidyArticle`. */
const IMG = { name: 'img', attributes: ['src', 'alt', 'width', 'height', 'title'] };
let sanitizer: NativeSanitizer | undefined;

/** True where the browser has the native sanitiser (`Element.setHTML`). */
export const hasNativeSanitizer = () => typeof (Element.prototype as Partial<WithSetHTML>).setHTML === 'function';

/**
 * Puts article HTML into `el` safely: through the native sanitiser (`Element.setHTML`, its safe
 * defaults plus images) where the browser has it. `trusted` HTML (micromark's own output with
 * no raw HTML in it, which escapes every tag) may go in as it is where the sanitiser is missing;
 * untrusted HTML never does (see `renderArticle` for what such a browser shows instead).
 */
export function insertHtml(el: Element, html: string, trusted: boolean): void {
  if (hasNativeSanitizer()) {
    // The page's own: `el` may belong to an inert document, which has no window.
    const Sanitizer = (globalThis as unknown as { Sanitizer?: SanitizerConstructor }).Sanitizer;
    if (Sanitizer && !sanitizer) {
      sanitizer = new Sanitizer();
      sanitizer.allowElement(IMG);
    }
    (el as unknown as WithSetHTML).setHTML(html, sanitizer ? { sanitizer } : undefined);
    return;
  }
  if (!trusted) throw new Error('untrusted HTML and no sanitiser');
  el.innerHTML = html;
}
