/** The native HTML sanitiser API, where the browser has it. */
interface NativeSanitizer {
  allowElement(element: { name: string; attributes: string[] }): void;
}
type SanitizerConstructor = new () => NativeSanitizer;

/** What an article's images may carry; their URLs are checked by `tidyArticle`. */
const IMG = { name: 'img', attributes: ['src', 'alt', 'width', 'height', 'title'] };
let sanitizer: NativeSanitizer | undefined;

/**
 * Puts article HTML into `el` safely: through the native sanitiser (`Element.setHTML`) where the
 * browser has it, its safe defaults plus images, else DOMPurify (a lazy chunk). `trusted` HTML
 * (micromark's own output with raw HTML off, which escapes every tag) may skip the fallback.
 * Neither lets through a `style` or event-handler attribute, so a strict CSP has nothing to
 * report.
 */
export async function insertHtml(el: Element, html: string, trusted: boolean): Promise<void> {
  if (insertHtmlNow(el, html, trusted)) return;
  const { default: DOMPurify } = await import('dompurify');
  el.innerHTML = DOMPurify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ['style', 'form', 'input', 'button'],
    FORBID_ATTR: ['style'],
  });
}

/** `insertHtml` without waiting: false when only the DOMPurify fallback can do it. */
export function insertHtmlNow(el: Element, html: string, trusted: boolean): boolean {
  const setHTML = (el as unknown as { setHTML?: (html: string, options?: object) => void }).setHTML;
  if (typeof setHTML === 'function') {
    // The page's own: `el` may belong to an inert document, which has no window.
    const Sanitizer = (globalThis as unknown as { Sanitizer?: SanitizerConstructor }).Sanitizer;
    if (Sanitizer && !sanitizer) {
      sanitizer = new Sanitizer();
      sanitizer.allowElement(IMG);
    }
    setHTML.call(el, html, sanitizer ? { sanitizer } : undefined);
    return true;
  }
  if (!trusted) return false;
  el.innerHTML = html;
  return true;
}
