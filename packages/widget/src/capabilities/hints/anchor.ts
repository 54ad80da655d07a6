import { arrow, autoUpdate, computePosition, flip, offset, shift, type Placement } from '@floating-ui/dom';
import type { HintPlacement } from '@situ/core';

const OPPOSITE: Record<HintPlacement, HintPlacement> = { top: 'bottom', bottom: 'top', start: 'end', end: 'start' };

/** The gap between a hint and its target, in px. */
export const HINT_OFFSET = 10;

/** Start and end follow the target's text direction: under `dir="rtl"` they mirror. */
export function physicalPlacement(placement: HintPlacement, rtl: boolean): Placement {
  if (placement === 'start') return rtl ? 'right' : 'left';
  if (placement === 'end') return rtl ? 'left' : 'right';
  return `${placement}-start`;
}

/**
 * Keeps `floating` beside `target` with floating-ui while it shows: moves with scrolling (the
 * window and every scrolling ancestor), resizing and layout shifts; flips to the other side, then
 * to below or above, when there is no room; stays 8 px inside the viewport. Returns the stop.
 */
export function anchor(target: Element, floating: HTMLElement, arrowEl: HTMLElement | null, placement: HintPlacement): () => void {
  const rtl = getComputedStyle(target).direction === 'rtl';
  // A hint follows the direction of the field it describes, whatever the page's.
  floating.dir = rtl ? 'rtl' : 'ltr';
  const preferred = physicalPlacement(placement, rtl);
  const opposite = physicalPlacement(OPPOSITE[placement], rtl);
  const update = () =>
    void computePosition(target, floating, {
      strategy: 'fixed',
      placement: preferred,
      middleware: [
        offset(HINT_OFFSET),
        // The other side first, then below and above (a field as wide as a phone has no sides).
        flip({ fallbackPlacements: [...new Set<Placement>([opposite, 'bottom-start', 'top-start'])], padding: 8 }),
        shift({ padding: 8 }),
        ...(arrowEl ? [arrow({ element: arrowEl, padding: 10 })] : []),
      ],
    }).then(({ x, y, placement: side, middlewareData }) => {
      floating.style.left = `${x}px`;
      floating.style.top = `${y}px`;
      floating.dataset.side = side.split('-')[0];
      if (arrowEl) {
        const a = middlewareData.arrow;
        arrowEl.style.left = a?.x != null ? `${a.x}px` : '';
        arrowEl.style.top = a?.y != null ? `${a.y}px` : '';
      }
    });
  return autoUpdate(target, floating, update);
}

/** Keeps a beacon on the target's top corner at its end (the top-left corner under `dir="rtl"`). */
export function anchorBeacon(target: Element, beacon: HTMLElement): () => void {
  const rtl = getComputedStyle(target).direction === 'rtl';
  const update = () =>
    void computePosition(target, beacon, {
      strategy: 'fixed',
      placement: rtl ? 'top-start' : 'top-end',
      // Half over the target's top edge, just inside its end: on the corner, not over the text.
      middleware: [offset(({ rects }) => ({ mainAxis: -rects.floating.height / 2, crossAxis: rtl ? 6 : -6 })), shift({ padding: 4 })],
    }).then(({ x, y }) => {
      beacon.style.left = `${x}px`;
      beacon.style.top = `${y}px`;
      beacon.style.visibility = '';
    });
  return autoUpdate(target, beacon, update);
}
