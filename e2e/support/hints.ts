import type { CDPSession, Locator, Page } from '@playwright/test';
import { expect } from './test';

// Helpers for hints.spec.ts and hints-lifecycle.spec.ts: the hints fixture
// (e2e/fixtures/csp-hints.html, its config csp-hints.json) and the hints' DOM contract.

/** The gap between a hint and its target, in px (HINT_OFFSET in the widget). */
export const HINT_GAP = 10;
/** How far a hint stays inside the viewport's edges, in px. */
export const VIEWPORT_PADDING = 8;
/** Slack for sub-pixel layout, in px. */
export const SLACK = 3;

/** The hints of csp-hints.json (and the page's own `<situ-hint for="email">`), by field. */
export const TEXT = {
  policyTitle: 'Policy number',
  policy: 'The 8 digits at the top of your policy card, such as NW-1234-5678.',
  name: 'As it appears on your policy.',
  date: 'The day it happened, not the day you noticed it.',
  photos: 'Up to 10 photos of the damage, each under 10 MB.',
  notes: 'Anything that helps us understand what happened.',
  email: 'We send the claim number here.',
  edge: 'Four digits and two letters.',
  inner: 'The person named on the policy.',
  late: 'From the letter we sent you.',
} as const;

/** The fixture's fields that have a hint when the page loads. */
export const BOUND_FIELDS = ['policy', 'name', 'date', 'photos', 'notes', 'email', 'edge', 'inner'] as const;

/** The `<situ-hint>` box whose text contains `text` (the layer's, or the page's own upgraded one). */
export const hintBox = (page: Page, text: string) => page.locator('situ-hint[data-situ="hint"]', { hasText: text });

/** The beacon beside a field (its button lives in the beacon's open shadow root). */
export const beaconButton = (page: Page) => page.locator('situ-beacon[data-situ="beacon"] button.beacon');

/** Opens the hints fixture (`?dir=rtl` and the like in `query`) and waits until every hint is bound. */
export async function openHintsPage(page: Page, query = ''): Promise<void> {
  await page.goto(`/e2e/csp-hints.html${query}`);
  await page.waitForFunction(() => typeof (window as unknown as { Situ?: unknown }).Situ === 'function');
  for (const id of BOUND_FIELDS) {
    await expect(page.locator(`#${id}`), `#${id} is described by its hint once the hints are bound`).toHaveAttribute(
      'aria-describedby',
      /situ-hint-\d+/,
      { timeout: 10_000 },
    );
  }
}

/** Whether each element `locator` matches is an open popover that renders (empty: none in the DOM). */
export const openStates = (locator: Locator) =>
  locator.evaluateAll((els) => els.map((el) => el.matches(':popover-open') && el.checkVisibility()));

/** Waits until the hint `locator` names is exactly one element and shows (or not). */
export async function expectShowing(locator: Locator, showing: boolean, what: string): Promise<void> {
  await expect.poll(() => openStates(locator), { message: `${what}: ${showing ? 'shows' : 'is bound but hidden'}` }).toEqual([showing]);
}

/** A rectangle in viewport coordinates. */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

/** Where a field and its hint are, which side the hint says it is on, and the viewport's size (without scrollbars). */
export interface Placement {
  target: Rect;
  box: Rect;
  side: string | null;
  viewport: { width: number; height: number };
}

/** Measures the field `targetSelector` and the hint `box` with getBoundingClientRect. */
export async function measure(page: Page, targetSelector: string, box: Locator): Promise<Placement> {
  const handle = await box.elementHandle();
  if (!handle) throw new Error(`e2e: no hint box to measure for ${targetSelector}`);
  return page.evaluate(
    ([sel, el]) => {
      const rect = (e: Element) => {
        const r = e.getBoundingClientRect();
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height };
      };
      const target = document.querySelector(sel as string);
      if (!target) throw new Error(`e2e: no ${sel as string} in the page`);
      return {
        target: rect(target),
        box: rect(el as Element),
        side: (el as Element).getAttribute('data-side'),
        viewport: { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight },
      };
    },
    [targetSelector, handle] as const,
  );
}

/** A placement as text, for failure messages. */
export const describePlacement = (p: Placement) =>
  `side ${p.side}; target x ${p.target.left.toFixed(1)}–${p.target.right.toFixed(1)} y ${p.target.top.toFixed(1)}–${p.target.bottom.toFixed(1)}; ` +
  `hint x ${p.box.left.toFixed(1)}–${p.box.right.toFixed(1)} y ${p.box.top.toFixed(1)}–${p.box.bottom.toFixed(1)}; viewport ${p.viewport.width}×${p.viewport.height}`;

/**
 * What is wrong with a hint's placement, or [] when it is beside its target: on the side its
 * `data-side` names, HINT_GAP px from the target's edge (± SLACK), overlapping the target along
 * the other axis (so that it points at it), and wholly inside the viewport (with 8 px padding).
 */
export function placementProblems(p: Placement): string[] {
  const problems: string[] = [];
  const near = (a: number, b: number) => Math.abs(a - b) <= SLACK;
  const gap = { right: p.box.left - p.target.right, left: p.target.left - p.box.right, bottom: p.box.top - p.target.bottom, top: p.target.top - p.box.bottom };
  if (p.side !== 'right' && p.side !== 'left' && p.side !== 'top' && p.side !== 'bottom') problems.push(`data-side is ${p.side}`);
  else if (!near(gap[p.side], HINT_GAP)) problems.push(`gap on the ${p.side} is ${gap[p.side].toFixed(1)} px, not ${HINT_GAP}`);
  const horizontal = p.side === 'left' || p.side === 'right';
  const overlaps = horizontal
    ? p.box.top < p.target.bottom && p.box.bottom > p.target.top
    : p.box.left < p.target.right && p.box.right > p.target.left;
  if (!overlaps) problems.push(`not level with the target along the ${horizontal ? 'vertical' : 'horizontal'} axis`);
  if (p.box.width <= 0 || p.box.height <= 0) problems.push('the hint has no size');
  if (p.box.left < VIEWPORT_PADDING - 1 || p.box.right > p.viewport.width - VIEWPORT_PADDING + 1) problems.push('sticks out of the viewport sideways');
  if (p.box.top < -1 || p.box.bottom > p.viewport.height + 1) problems.push('sticks out of the viewport vertically');
  return problems;
}

/** Waits until the hint `box` sits beside `targetSelector` (see placementProblems); returns the placement. */
export async function expectBeside(page: Page, targetSelector: string, box: Locator, what: string): Promise<Placement> {
  let last: Placement | null = null;
  await expect
    .poll(
      async () => {
        last = await measure(page, targetSelector, box);
        return placementProblems(last);
      },
      { message: `${what}: the hint is beside ${targetSelector} and inside the viewport` },
    )
    .toEqual([]);
  return last!;
}

/** The element focused in the page, looking into open shadow roots: `tag#id.class`. */
export const focused = (page: Page) =>
  page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return null;
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
  });

/** Presses `key` until `focused(page)` is `want`, at most `max` times. */
export async function tabTo(page: Page, want: string, key = 'Tab', max = 15): Promise<void> {
  const seen: (string | null)[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const now = await focused(page);
    seen.push(now);
    if (now === want) return;
  }
  throw new Error(`pressed ${key} ${max} times without reaching ${want}; focus went ${seen.join(' → ')}`);
}

/** The DOM node and JS event-listener counts of the page, after a full garbage collection (Chrome DevTools Protocol). */
export async function domCounters(cdp: CDPSession): Promise<{ documents: number; nodes: number; jsEventListeners: number }> {
  // Twice: a first collection can free objects whose finalisers free more.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Memory.getDOMCounters')) as { documents: number; nodes: number; jsEventListeners: number };
}

/** Calls `Situ(...args)` in the page. */
export const callSitu = (page: Page, ...args: unknown[]) =>
  page.evaluate((a) => (window as unknown as { Situ: (...x: unknown[]) => unknown }).Situ(...a), args);
