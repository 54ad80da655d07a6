import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect } from './test';
import { describeBox, intersects, type Box } from './geometry';

// Helpers for moments.spec.ts and portal-in-situ.spec.ts: reassurance cards, confirmation cards
// and the ask dialog (their DOM contract), the dock, the visitor's activity record in IndexedDB.

/** The moments fixture (strict CSP) and what its config and markup say. */
export const MOMENTS = {
  url: '/e2e/csp-moments.html',
  site: 'moments-fixture',
  reassure: {
    title: 'Your payment is protected',
    body: "Payments go through your bank's secure check.",
    next: ['We charge your card once.', 'You get a receipt by email within minutes.'],
  },
  markup: { heading: 'We never see your card number', text: 'Your bank checks it; Northwind only learns that the payment went through.' },
  people: { tel: 'tel:+31201234567', mailto: 'mailto:help@northwind.test' },
  move: {
    title: 'Your new address is saved',
    reference: 'MV-2291',
    next: ['Your policy documents show it within a day.', 'Your premium may change; we will write if it does.'],
    followUp: 'We emailed you a copy.',
  },
  cancel: { title: 'Cancel your home policy?', body: 'Your cover ends at midnight today. You cannot undo this.', yes: 'Cancel policy', no: 'Keep my policy' },
} as const;

/** The cards' and the dialog's DOM contract, as locators (CSS locators pierce open shadow roots). */
export function moments(page: Page) {
  const root = page.locator('situ-root');
  const dock = root.locator('div.dock[data-situ="dock"]');
  const reassurePlace = root.locator('[data-situ="reassure-card"]');
  const reassure = reassurePlace.locator('.card[data-situ="reassure"]');
  // Beside its target the card's wrapper is `.anchored-place` (still inside the dock element, but
  // placed by floating-ui); docked, it is a plain block in the dock's grid.
  const dockedReassure = dock.locator('[data-situ="reassure-card"]:not(.anchored-place)');
  const confirmation = root.locator('.card[data-situ="confirmation"]');
  const ask = root.locator('dialog.ask[data-situ="ask"]');
  return {
    root,
    launcher: root.locator('button[data-situ="launcher"]'),
    dock,
    /** The wrapper of Situ's own reassurance card (beside its target, or in the dock). */
    reassurePlace,
    reassure,
    /** The reassurance card's wrapper when it is docked (not beside a target). */
    dockedReassure,
    reassureDismiss: reassure.locator('button[data-situ="reassure-dismiss"]'),
    /** The page's own `<situ-reassure>` elements. */
    markup: page.locator('situ-reassure'),
    confirmation,
    confirmationReference: confirmation.locator('[data-situ="confirmation-reference"]'),
    confirmationClose: confirmation.locator('button[data-situ="confirmation-close"]'),
    ask,
    askCancel: ask.locator('button[data-situ="ask-cancel"]'),
    askConfirm: ask.locator('button[data-situ="ask-confirm"]'),
    askArticle: ask.locator('button[data-situ="ask-article"]'),
    askArticleBody: ask.locator('[data-situ="ask-article-body"]'),
    askPeople: ask.locator('[data-situ="ask-people"]'),
  };
}

/** The hrefs of the "Talk to a person" links inside `card`. */
export const peopleLinks = (card: Locator) =>
  card.locator('ul[data-situ="people"] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));

/** Waits until the loader has replaced the stub (`Situ.loaded`); calls made after this return what Situ returns. */
export const waitForLoader = (page: Page) =>
  page.waitForFunction(() => (window as unknown as { Situ?: { loaded?: boolean } }).Situ?.loaded === true, undefined, { timeout: 10_000 });

/**
 * Before the page's own scripts: the install snippet's stub, and listeners for `events` queued on
 * it, so that even a card shown as Situ starts is recorded (in `window.__situEvents`).
 */
export const listenFromTheStart = (page: Page, events: string[]) =>
  page.addInitScript((names) => {
    const w = window as unknown as { Situ?: ((...a: unknown[]) => void) & { q?: unknown[] }; __situEvents: [string, unknown][] };
    w.Situ =
      w.Situ ||
      function (...args: unknown[]) {
        (w.Situ!.q = w.Situ!.q || []).push(args);
      };
    w.__situEvents = [];
    for (const name of names) w.Situ('on', name, (payload: unknown) => w.__situEvents.push([name, JSON.parse(JSON.stringify(payload ?? null))]));
  }, events);

/** The payloads of `name` recorded by `listenFromTheStart` or `recordEvents`. */
export const eventsNamed = (page: Page, name: string) =>
  page.evaluate((n) => ((window as unknown as { __situEvents?: [string, unknown][] }).__situEvents ?? []).filter(([e]) => e === n).map(([, p]) => p), name);

/** An element's box in the viewport (getBoundingClientRect), or null when it is not in the DOM. */
export const rectOf = (locator: Locator): Promise<Box | null> =>
  locator.count().then((n) =>
    n === 0 ? null : locator.first().evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );

/**
 * The part of an element's box that shows: its box clipped by each ancestor that clips its
 * overflow (a docked card by the dock, which scrolls when its cards are taller than it is).
 */
export const shownRectOf = (locator: Locator): Promise<Box | null> =>
  locator.count().then((n) =>
    n === 0 ? null : locator.first().evaluate((el) => {
      const r = el.getBoundingClientRect();
      let [left, top, right, bottom] = [r.left, r.top, r.right, r.bottom];
      // A fixed-position box escapes the clipping of the ancestors above it (none here has a transform).
      for (let p = getComputedStyle(el).position === 'fixed' ? null : el.parentElement; p; p = p.parentElement) {
        const style = getComputedStyle(p);
        if (style.overflow !== 'visible') {
          const c = p.getBoundingClientRect();
          [left, top, right, bottom] = [Math.max(left, c.left), Math.max(top, c.top), Math.min(right, c.right), Math.min(bottom, c.bottom)];
        }
        if (style.position === 'fixed') break;
      }
      return { x: left, y: top, width: Math.max(0, right - left), height: Math.max(0, bottom - top) };
    }),
  );

/** The viewport's size without scrollbars. */
export const viewportOf = (page: Page) =>
  page.evaluate(() => ({ width: document.documentElement.clientWidth, height: document.documentElement.clientHeight }));

/** What is wrong with `box` being wholly inside the viewport (1 px slack), or []. */
export function outsideViewport(box: Box, viewport: { width: number; height: number }): string[] {
  const problems: string[] = [];
  if (box.width <= 0 || box.height <= 0) problems.push('it has no size');
  if (box.x < -1 || box.x + box.width > viewport.width + 1) problems.push(`it sticks out sideways (${describeBox(box)}, viewport ${viewport.width} wide)`);
  if (box.y < -1 || box.y + box.height > viewport.height + 1) problems.push(`it sticks out vertically (${describeBox(box)}, viewport ${viewport.height} high)`);
  return problems;
}

/** Waits until the shown parts of `a` and `b` do not overlap; `what` names the pair for the message. */
export async function expectApart(a: Locator, b: Locator, what: string): Promise<void> {
  await expect
    .poll(
      async () => {
        const [ra, rb] = await Promise.all([shownRectOf(a), shownRectOf(b)]);
        // Where each was goes along, so that a failure shows it.
        return !!ra && !!rb && !intersects(ra, rb) ? 'apart' : `overlapping: ${describeBox(ra)} and ${describeBox(rb)}`;
      },
      { message: `${what}: their boxes do not overlap` },
    )
    .toBe('apart');
}

/**
 * What the visitor hits at the centre of `field`: the field itself (or its label, which passes the
 * click on), or something else, described (Situ's host shows as `situ-root > ...`).
 */
export const hitAtCentre = (field: Locator) =>
  field.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const [x, y] = [r.x + r.width / 2, r.y + r.height / 2];
    let hit = document.elementFromPoint(x, y);
    let path = '';
    while (hit?.shadowRoot) {
      const inner = hit.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === hit) break;
      path += `${hit.tagName.toLowerCase()} > `;
      hit = inner;
    }
    const name = (e: Element) =>
      `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.getAttribute('data-situ') ? `[data-situ="${e.getAttribute('data-situ')}"]` : ''}${typeof e.className === 'string' && e.className ? `.${e.className.trim().split(/\s+/).join('.')}` : ''}`;
    return { itself: hit === el, what: hit ? path + name(hit) : 'nothing' };
  });

/** The element focused in the page, looking into open shadow roots: `tag#id[data-situ]`, a link as `a[href="…"]`. */
export const focusedElement = (page: Page) =>
  page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return 'body';
    const href = el.localName === 'a' ? `[href="${el.getAttribute('href')}"]` : '';
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('data-situ') ? `[data-situ="${el.getAttribute('data-situ')}"]` : ''}${href}`;
  });

/** Whether the focused element (looking into open shadow roots) is inside `locator`'s element. */
export const focusIsInside = (locator: Locator) =>
  locator.evaluate((container) => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return !!el && container.contains(el);
  });

/** The attributes of the live region around `locator`'s element: its nearest ancestor with aria-live or role=status. */
export const liveRegionOf = (locator: Locator) =>
  locator.evaluate((el) => {
    const region = el.parentElement?.closest('[aria-live], [role="status"], [role="alert"], [role="log"]');
    return region ? { ariaLive: region.getAttribute('aria-live'), role: region.getAttribute('role') } : null;
  });

/** The activity record of `site` as IndexedDB holds it (database "situ", store "kv"), or null; never creates the database. */
export const storedActivity = (page: Page, site: string) =>
  page.evaluate(async (key) => {
    // Opening a database that does not exist would create it without Situ's store; look first.
    const dbs = await indexedDB.databases();
    if (!dbs.some((d) => d.name === 'situ')) return null;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('situ');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      if (!db.objectStoreNames.contains('kv')) return null;
      return await new Promise<unknown>((resolve, reject) => {
        const get = db.transaction('kv', 'readonly').objectStore('kv').get(key);
        get.onsuccess = () => resolve(get.result ?? null);
        get.onerror = () => reject(get.error);
      });
    } finally {
      db.close();
    }
  }, `situ:${site}:activity`);

/** One entry of the activity record. */
export interface ActivityEntry {
  id: string;
  kind: string;
  title: string;
  at: number;
  reference?: string;
  next?: string[];
  followUp?: string;
  pageId?: string;
}

/** Waits until the activity record of `site` holds an entry titled `title`; returns the whole record. */
export async function expectInActivity(page: Page, site: string, title: string, what: string): Promise<ActivityEntry[]> {
  let record: unknown = null;
  await expect
    .poll(
      async () => {
        record = await storedActivity(page, site);
        return Array.isArray(record) && record.some((e) => (e as ActivityEntry).title === title);
      },
      { message: `${what}: the activity record situ:${site}:activity in IndexedDB holds "${title}"` },
    )
    .toBe(true);
  return record as ActivityEntry[];
}

/** The axe-core rule tags the suite holds Situ to. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe over `selectors` (Situ's host, the page's own cards) and expects no violation. */
export async function expectNoAxeViolations(page: Page, selectors: string[], what: string): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  for (const sel of selectors) builder = builder.include(sel);
  const { violations, passes } = await builder.analyze();
  // Guard against an empty analysis: axe must have reached the buttons inside the shadow roots.
  const buttons = passes.find((p) => p.id === 'button-name')?.nodes.length ?? 0;
  expect(buttons, `${what}: buttons axe checked`).toBeGreaterThan(0);
  const summary = violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => `${JSON.stringify(n.target)}: ${n.failureSummary?.replace(/\s+/g, ' ')}`),
  }));
  expect(summary, `axe violations with ${what}`).toEqual([]);
}

/**
 * Before the page's scripts: watches Situ's shadow root from the moment it is attached and notes,
 * by animation frame, when a live region (`regionSelector`) first exists in it without the card,
 * and when the card (`cardSelector`) first appears, and whether inside such a region. Read it with
 * `liveRegionTimeline`.
 */
export const watchLiveRegions = (page: Page, regionSelector: string, cardSelector: string) =>
  page.addInitScript(([regionSel, selector]) => {
    const w = window as unknown as { __regions: { regionFrame: number | null; cardFrame: number | null; cardInRegion: boolean | null } };
    w.__regions = { regionFrame: null, cardFrame: null, cardInRegion: null };
    let frame = 0;
    const tick = () => {
      frame++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
      const shadow = attach.call(this, init);
      if (this.localName === 'situ-root') {
        const look = () => {
          const card = shadow.querySelector(selector!);
          if (w.__regions.regionFrame === null) {
            const empty = [...shadow.querySelectorAll(regionSel!)].some((r) => !r.querySelector(selector!));
            if (empty && !card) w.__regions.regionFrame = frame;
          }
          if (card && w.__regions.cardFrame === null) {
            w.__regions.cardFrame = frame;
            w.__regions.cardInRegion = !!card.parentElement?.closest(regionSel!);
          }
        };
        new MutationObserver(look).observe(shadow, { childList: true, subtree: true, attributes: true });
      }
      return shadow;
    };
  }, [regionSelector, cardSelector] as const);

/** What `watchLiveRegions` saw. */
export const liveRegionTimeline = (page: Page) =>
  page.evaluate(() => (window as unknown as { __regions: { regionFrame: number | null; cardFrame: number | null; cardInRegion: boolean | null } }).__regions);
