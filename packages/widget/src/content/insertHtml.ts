/** The native HTML sanitiser API, where the browser has it. */
interface SetHTML {
  setHTML(html: string): void;
}

/**
 * Puts article HTML into `el` safely: through the native sanitiser (`Element.setHTML`) where the
 * browser has it, else DOMPurify (a lazy chunk). `trusted` HTML (micromark's own output with raw
 * HTML off, which escapes every tag) may skip the fallback sanitiser.
 */
export async function insertHtml(el: Element, html: string, trusted: boolean): Promise<void> {
  if (typeof (el as unknown as Partial<SetHTML>).setHTML === 'function') {
    (el as unknown as SetHTML).setHTML(html);
    return;
  }
  if (trusted) {
    el.innerHTML = html;
    return;
  }
  const { default: DOMPurify } = await import('dompurify');
  el.innerHTML = DOMPurify.sanitize(html, { USE_PROFILES: { html: true }, FORBID_TAGS: ['style', 'form', 'input', 'button'] });
}
