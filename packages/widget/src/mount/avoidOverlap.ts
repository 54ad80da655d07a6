const INTERACTIVE = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';

/**
 * Keeps the launcher off the page's own controls: when a link, button or field of the page (one
 * the visitor is typing in, a fixed call button, a control scrolled under it) lies under the
 * launcher, the launcher is lifted just above it, unless that would take it past the lower two
 * thirds of the screen. Checked on scroll, resize and focus, at most once a frame.
 */
export function avoidOverlap(host: HTMLElement, launcher: HTMLElement): () => void {
  const doc = host.ownerDocument;
  const win = doc.defaultView;
  if (!win || typeof doc.elementsFromPoint !== 'function') return () => {};
  let lift = 0;
  let frame = 0;

  const measure = () => {
    frame = 0;
    const r = launcher.getBoundingClientRect();
    // Where the launcher sits unlifted.
    const top = r.top + lift;
    const bottom = r.bottom + lift;
    let next = 0;
    for (const [x, y] of [[r.left + 4, top + 4], [r.right - 4, top + 4], [r.left + 4, bottom - 4], [r.right - 4, bottom - 4]] as const) {
      for (const el of doc.elementsFromPoint(x, y)) {
        const control = el === host ? null : el.closest(INTERACTIVE);
        if (control) next = Math.max(next, bottom - control.getBoundingClientRect().top + 8);
      }
    }
    if (top - next < win.innerHeight / 3) next = 0;
    if (next !== lift) host.style.setProperty('--situ-lift', `${(lift = next)}px`);
  };
  const check = () => {
    try {
      measure();
    } catch {
      // A layout question must never become an error in the host page; the launcher stays put.
    }
  };
  const schedule = () => void (frame ||= win.requestAnimationFrame(check));
  const targets = [win, win, doc] as const;
  const types = ['scroll', 'resize', 'focusin'];
  targets.forEach((t, i) => t.addEventListener(types[i]!, schedule, { passive: true, capture: true }));
  schedule();
  return () => {
    targets.forEach((t, i) => t.removeEventListener(types[i]!, schedule, { capture: true }));
    win.cancelAnimationFrame(frame);
    host.style.removeProperty('--situ-lift');
  };
}
