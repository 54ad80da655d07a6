/** True when the element is rendered: not `hidden`, not `display: none`, not in a hidden subtree. */
export function isRendered(el: Element): boolean {
  if (typeof (el as HTMLElement).checkVisibility === 'function') return (el as HTMLElement).checkVisibility();
  return el.getClientRects().length > 0;
}

/**
 * Watches which selectors match a rendered element, with one MutationObserver on the document
 * (no polling). `callback` runs at once and then only when the matching set changes.
 */
export function watchSelectors(
  doc: Document,
  selectors: readonly string[],
  callback: (matching: ReadonlySet<string>) => void,
): () => void {
  let last = '';
  const check = () => {
    const matching = new Set<string>();
    for (const selector of selectors) {
      try {
        if (Array.from(doc.querySelectorAll(selector)).some(isRendered)) matching.add(selector);
      } catch {
        // An invalid selector was reported when the config was validated.
      }
    }
    const key = [...matching].join('\u0000');
    if (key === last) return;
    last = key;
    callback(matching);
  };
  // A page that changes many times a frame (an animation, a storm of updates) is checked once
  // a frame, not once a mutation: heavy selectors cost at most one query per frame.
  const win = doc.defaultView;
  let frame = 0;
  const observer = new MutationObserver(() => {
    if (!win?.requestAnimationFrame) return check();
    frame ||= win.requestAnimationFrame(() => {
      frame = 0;
      check();
    });
  });
  observer.observe(doc.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['hidden', 'class', 'style', 'open', 'id'],
  });
  last = '\u0001';
  check();
  return () => {
    observer.disconnect();
    if (frame) win?.cancelAnimationFrame(frame);
  };
}
