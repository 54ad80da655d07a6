import type { Locator } from '@playwright/test';

/** A box in CSS pixels, as `Locator.boundingBox()` returns it. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Whether two boxes share any area (touching edges do not count). */
export function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Whether `inner` lies within `outer`, allowing `slack` px on each side for sub-pixel rounding. */
export function within(inner: Box, outer: Box, slack = 1): boolean {
  return (
    inner.x >= outer.x - slack &&
    inner.y >= outer.y - slack &&
    inner.x + inner.width <= outer.x + outer.width + slack &&
    inner.y + inner.height <= outer.y + outer.height + slack
  );
}

/** A box as text, for failure messages. */
export const describeBox = (b: Box | null) =>
  b ? `x ${b.x.toFixed(1)}–${(b.x + b.width).toFixed(1)}, y ${b.y.toFixed(1)}–${(b.y + b.height).toFixed(1)}` : 'not rendered';

/** An element's scroll and client widths (scrollWidth > clientWidth means its content overflows sideways). */
export const widths = (locator: Locator) =>
  locator.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
