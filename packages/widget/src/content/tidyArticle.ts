const SAFE_LINKS = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const SAFE_IMAGES = new Set(['http:', 'https:']);

/** The URL an attribute points to, resolved against `base`; null when it is not a URL. */
function urlOf(el: Element, attribute: string, base: string): URL | null {
  const value = el.getAttribute(attribute);
  if (!value) return null;
  try {
    return new URL(value, base);
  } catch {
    return null;
  }
}

/**
 * Makes article HTML (sanitised, not yet in the page; `base` resolves its URLs) fit the panel and keeps it safe to click:
 * - a link with an unsafe or missing target (`javascript:`, `data:`, `href=""`) becomes plain
 *   text, so clicking it does nothing (an empty href would reload the page and its form);
 * - links to other origins open in a new tab with `rel="noopener noreferrer"`, announced;
 * - relative URLs are made absolute against `base` (a fetched article's own URL: its images sit
 *   beside it), except a link to a fragment (`#situ-article=…`), which stays one;
 * - images keep only http(s) sources (any origin, or the site's own paths) and load lazily;
 *   one with any other source is removed;
 * - of form controls, only a task list's disabled checkbox stays;
 * - `style` and `on…` attributes are removed whatever the sanitiser let through;
 * - headings shift below the article's own title (an h2) so the outline stays right.
 */
export function tidyArticle(root: Element, base: string, pageOrigin: string, newTabText: string): void {
  const doc = root.ownerDocument;
  for (const el of Array.from(root.querySelectorAll('*'))) {
    for (const name of el.getAttributeNames()) if (name === 'style' || name.startsWith('on')) el.removeAttribute(name);
  }
  for (const a of Array.from(root.querySelectorAll('a'))) {
    const url = urlOf(a, 'href', base);
    if (!url || !SAFE_LINKS.has(url.protocol)) {
      a.replaceWith(...Array.from(a.childNodes));
      continue;
    }
    if (!a.getAttribute('href')!.startsWith('#')) a.setAttribute('href', url.href);
    if (url.protocol.startsWith('http') && url.origin !== pageOrigin) {
      a.setAttribute('rel', 'noopener noreferrer');
      a.setAttribute('target', '_blank');
      const hint = doc.createElement('span');
      hint.className = 'sr-only';
      hint.textContent = ` ${newTabText}`;
      a.append(hint);
    }
  }
  for (const img of Array.from(root.querySelectorAll('img'))) {
    const url = urlOf(img, 'src', base);
    if (!url || !SAFE_IMAGES.has(url.protocol)) img.remove();
    else {
      img.setAttribute('src', url.href);
      img.setAttribute('loading', 'lazy');
    }
  }
  for (const input of Array.from(root.querySelectorAll('input'))) {
    if (input.getAttribute('type') !== 'checkbox' || !input.hasAttribute('disabled')) input.remove();
  }
  for (const h of Array.from(root.querySelectorAll('h1, h2, h3, h4, h5'))) {
    const level = Math.min(6, Math.max(3, Number(h.tagName[1]) + 1));
    const next = doc.createElement(`h${level}`);
    next.append(...Array.from(h.childNodes));
    h.replaceWith(next);
  }
}
