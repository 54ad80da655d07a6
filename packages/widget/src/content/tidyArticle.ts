const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * Makes inserted article HTML fit the panel: links to other origins open in a new tab with
 * `rel="noopener noreferrer"`, unsafe link protocols lose their href, and headings shift below
 * the article's own title (an h2) so the outline stays right.
 */
export function tidyArticle(root: Element, pageOrigin: string, newTabText: string): void {
  const doc = root.ownerDocument;
  for (const a of Array.from(root.querySelectorAll('a[href]'))) {
    let url: URL;
    try {
      url = new URL(a.getAttribute('href') ?? '', doc.baseURI);
    } catch {
      a.removeAttribute('href');
      continue;
    }
    if (!SAFE_PROTOCOLS.has(url.protocol)) {
      a.removeAttribute('href');
      continue;
    }
    if (url.protocol.startsWith('http') && url.origin !== pageOrigin) {
      a.setAttribute('rel', 'noopener noreferrer');
      a.setAttribute('target', '_blank');
      const hint = doc.createElement('span');
      hint.className = 'sr-only';
      hint.textContent = ` ${newTabText}`;
      a.append(hint);
    }
  }
  for (const h of Array.from(root.querySelectorAll('h1, h2, h3, h4, h5'))) {
    const level = Math.min(6, Math.max(3, Number(h.tagName[1]) + 1));
    const next = doc.createElement(`h${level}`);
    next.append(...Array.from(h.childNodes));
    h.replaceWith(next);
  }
}
