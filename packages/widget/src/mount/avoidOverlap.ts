const INTERACTIVE = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';
const GAP = 8;

/**
 * Keeps the launcher off the page's own controls: when a link, button or field of the page
 * (one the visitor focused, a fixed call button, or a control scrolled under it) would lie under
 * the launcher, the launcher is lifted just above it. Checked on scroll, resize and focus, at
 * most once a frame. Returns a function that stops it.
 */
export function avoidOverlap(host: HTMLElement, launcher: HTMLElement): () => void {
  const doc = host.ownerDocument;
  const win = doc.defaultView;
  if (!win || typeof doc.elementsFromPoint !== 'function') return () => {};
  let lift = 0;
  let frame = 0;

  const obstacleUnder = (rect: DOMRect): Element | null => {
    const points: [number, number][] = [
      [rect.left + 4, rect.top + 4],
      [rect.right - 4, rect.top + 4],
      [rect.left + rect.width / 2, rect.top + rect.height / 2],
      [rect.left + 4, rect.bottom - 4],
      [rect.right - 4, rect.bottom - 4],
    ];
    for (const [x, y] of points) {
      for (const el of doc.elementsFromPoint(x, y)) {
        if (el === host || host.contains(el)) continue;
        const control = el.closest(INTERACTIVE);
        if (control) return control;
      }
    }
    const focused = doc.activeElement;
    if (focused && focused !== host && focused.matches(INTERACTIVE)) {
      const f = focused.getBoundingClientRect();
      if (f.left < rect.right && f.right > rect.left && f.top < rect.bottom && f.bottom > rect.top) return focused;
    }
    return null;
  };

  const check = () => {
    frame = 0;
    try {
      measure();
    } catch {
      // A layout question must never become an error in the host page; the launcher stays put.
    }
  };
  const measure = () => {
    // Measure where the launcher sits unlifted, then lift it just above what lies there.
    const rect = launcher.getBoundingClientRect();
    const home = new DOMRect(rect.x, rect.y + lift, rect.width, rect.height);
    let next = 0;
    let probe = home;
    for (let i = 0; i < 3; i++) {
      const obstacle = obstacleUnder(probe);
      if (!obstacle) break;
      next = Math.max(next, home.bottom - obstacle.getBoundingClientRect().top + GAP);
      // Never lift off the top half of the screen: then it stays where it is.
      if (home.top - next < win.innerHeight / 3) {
        next = 0;
        break;
      }
      probe = new DOMRect(home.x, home.y - next, home.width, home.height);
    }
    if (next !== lift) {
      lift = next;
      host.style.setProperty('--situ-lift', `${Math.round(lift)}px`);
    }
  };
  const schedule = () => {
    if (!frame) frame = win.requestAnimationFrame(check);
  };
  const events: [EventTarget, string][] = [
    [win, 'scroll'],
    [win, 'resize'],
    [doc, 'focusin'],
    [doc, 'focusout'],
  ];
  for (const [target, type] of events) target.addEventListener(type, schedule, { passive: true, capture: true });
  schedule();
  return () => {
    for (const [target, type] of events) target.removeEventListener(type, schedule, { capture: true });
    if (frame) win.cancelAnimationFrame(frame);
    host.style.removeProperty('--situ-lift');
  };
}
