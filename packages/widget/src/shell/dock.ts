import type { Host } from '../mount/host';
import cardsCss from './cards.css?inline';
import { overlap } from './overlap';

/** Where reassurance and confirmation cards sit when they are not beside a target. */
export interface Dock {
  /** A place in the dock for one layer's cards; `remove` takes it away. */
  add(): { el: HTMLElement; remove(): void };
  /** Shows the dock while any of its places holds a card, and keeps it off the field in use. */
  refresh(): void;
}

const docks = new WeakMap<Host, Dock>();

/**
 * The host's dock (made on first use): a manual popover at the bottom corner away from the
 * launcher, in the top layer, non-modal, never taking focus. When it would cover the field the
 * visitor is typing in, it moves to the top edge.
 */
export function dockOf(host: Host): Dock {
  const found = docks.get(host);
  if (found) return found;
  host.addStyles(cardsCss);
  const doc = host.element.ownerDocument;
  const win = doc.defaultView!;
  const el = doc.createElement('div');
  el.className = 'dock';
  el.dataset.situ = 'dock';
  el.setAttribute('popover', 'manual');
  host.shadow.append(el);
  let places = 0;
  let frame = 0;

  // How much of the field the visitor is typing in the dock lies over, in px².
  const overField = () => {
    const active = doc.activeElement;
    if (!active || active === host.element || !active.matches('input, textarea, select, [contenteditable]')) return 0;
    return overlap(active.getBoundingClientRect(), el.getBoundingClientRect());
  };
  // Over the field in use, the dock tries the other edge, and stays there unless that is worse.
  const place = () => {
    frame = 0;
    const before = el.matches(':popover-open') ? overField() : 0;
    if (!before) return;
    const edge = el.dataset.edge;
    el.dataset.edge = edge === 'top' ? 'bottom' : 'top';
    if (overField() > before) el.dataset.edge = edge;
  };
  const schedule = () => (frame ||= win.requestAnimationFrame(place));
  const listen = () => {
    doc.addEventListener('focusin', schedule, true);
    win.addEventListener('scroll', schedule, { capture: true, passive: true });
    win.addEventListener('resize', schedule, { passive: true });
  };
  const unlisten = () => {
    doc.removeEventListener('focusin', schedule, true);
    win.removeEventListener('scroll', schedule, true);
    win.removeEventListener('resize', schedule);
    if (frame) win.cancelAnimationFrame(frame);
    frame = 0;
  };

  const dock: Dock = {
    add() {
      const slot = doc.createElement('div');
      el.append(slot);
      places++;
      return {
        el: slot,
        remove() {
          slot.remove();
          dock.refresh();
          if (--places === 0) {
            el.remove();
            docks.delete(host);
          }
        },
      };
    },
    refresh() {
      const full = Array.from(el.children).some((slot) => slot.querySelector('.card'));
      const open = el.isConnected && el.matches(':popover-open');
      if (full && !open && el.isConnected) {
        el.dataset.edge = 'bottom';
        el.showPopover();
        listen();
        place();
      } else if (!full && open) {
        el.hidePopover();
        unlisten();
      }
    },
  };
  docks.set(host, dock);
  return dock;
}
