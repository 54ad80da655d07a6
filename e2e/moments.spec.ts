import type { Page } from '@playwright/test';
import { describeBox, intersects } from './support/geometry';
import { describePlacement, expectBeside, focused, tabTo } from './support/hints';
import {
  eventsNamed,
  expectApart,
  expectInActivity,
  expectNoAxeViolations,
  focusedElement,
  focusIsInside,
  hitAtCentre,
  listenFromTheStart,
  liveRegionOf,
  liveRegionTimeline,
  MOMENTS,
  moments,
  outsideViewport,
  peopleLinks,
  rectOf,
  shownRectOf,
  storedActivity,
  viewportOf,
  waitForLoader,
  watchLiveRegions,
} from './support/moments';
import { recordEvents, settleAnimations, typeKeys, watchConsole } from './support/situ';
import { expect, test } from './support/test';

// Moments on the moments fixture (e2e/fixtures/csp-moments.html, strict CSP): reassurance beside
// the pay button, in the dock and in the page's own markup; confirmations and the visitor's
// activity record in IndexedDB; the ask dialog, by mouse and keyboard, one question at a time,
// through the command queue; bad calls; axe. The same on the demo portal: portal-in-situ.spec.ts.

/** Checks that the text typed into `selector` earlier in the test is still there. */
const expectTyped = (page: Page, selector: string, text: string) =>
  expect(page.locator(selector), `what the visitor typed into ${selector} is still there`).toHaveValue(text);

/** Opens the fixture and waits until the loader runs (Situ's own `Situ`, not the stub). */
async function openMoments(page: Page): Promise<void> {
  await page.goto(MOMENTS.url);
  await waitForLoader(page);
}

/**
 * Opens the fixture and waits until its configured reassurance has settled where it stays: in the
 * dock (beside #pay it would lie over #card and #holder, and on a phone it docks anyway). Clicks
 * made before it settles could land on the card as it moves.
 */
async function openMomentsSettled(page: Page): Promise<void> {
  await openMoments(page);
  await expect(moments(page).dockedReassure, 'the configured reassurance, docked').toBeVisible({ timeout: 10_000 });
  await settleAnimations(page);
}

/** The fixture with room beside its pay button (e2e/fixtures/csp-moments-beside.html). */
const BESIDE_URL = '/e2e/csp-moments-beside.html';

/** Waits until the page's own `<situ-reassure>` is a card: a sign that reassurance has started on the page. */
const expectMarkupCard = (page: Page) =>
  expect(moments(page).markup.locator('.card[data-situ="reassure"]'), 'the page\'s <situ-reassure> rendered as a card').toBeVisible({ timeout: 10_000 });

/**
 * On a phone the reassurance card docks across the width and, with the sticky header, leaves little
 * of the page in the open: the visitor closes it before going on (at 1280 px it is beside #pay, out
 * of the way, and stays).
 */
async function closeDockedReassurance(page: Page): Promise<void> {
  const m = moments(page);
  await expect(m.reassure, 'the reassurance card shows').toBeVisible({ timeout: 10_000 });
  if ((await m.dockedReassure.count()) === 0) return;
  await m.reassureDismiss.click();
  await expect(m.reassurePlace).toHaveCount(0);
}

/**
 * Holds back Situ's config check (the validation chunk an unstamped config needs) until the page's
 * `<situ-reassure>` has become a card, on every load of the page: the order in which Situ's parts
 * arrive on a slow line. (Without it the order varies from run to run.)
 */
const configCheckAfterMarkup = (page: Page) =>
  page.route(/\/chunks\/validation-[\w-]+\.js$/, async (route) => {
    await page
      .waitForFunction(() => !!document.querySelector('situ-reassure')?.shadowRoot?.querySelector('.card'), undefined, { timeout: 5_000 })
      .catch(() => undefined);
    await route.continue();
  });

/** Two animation frames: what Situ renders a frame after a change has rendered by then. */
const twoFrames = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/** Calls `Situ(...args)` in the page and returns what it returned (a promise is awaited). */
const callSitu = (page: Page, ...args: unknown[]) =>
  page.evaluate((a) => (window as unknown as { Situ: (...x: unknown[]) => unknown }).Situ(...a), args);

/** Starts `Situ('ask', options)` in the page without awaiting it; its answer lands in `window.__answer`. */
const startAsk = (page: Page, options: unknown) =>
  page.evaluate((o) => {
    const w = window as unknown as { Situ: (...x: unknown[]) => unknown; __answer?: unknown; __returned?: string };
    const returned = w.Situ('ask', o) as Promise<unknown> | undefined;
    w.__returned = returned && typeof (returned as Promise<unknown>).then === 'function' ? 'promise' : String(returned);
    w.__answer = 'pending';
    void (returned as Promise<unknown> | undefined)?.then((yes) => (w.__answer = yes));
  }, options);

/** What `startAsk`'s call returned ("promise", or the value as text) and its answer so far ("pending", true, false). */
const askState = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __answer?: unknown; __returned?: string };
    return { returned: w.__returned, answer: w.__answer };
  });

test.describe('reassurance', () => {
  test('on the anxious page the configured card sits beside #pay inside the viewport, over no control, announced, with the ways to a person; reassure:show fires', async ({ page }) => {
    await listenFromTheStart(page, ['reassure:show']);
    await watchLiveRegions(page, '[aria-live="polite"]', '[data-situ="reassure-card"]');
    await page.goto(BESIDE_URL);
    const m = moments(page);
    await expect(m.reassure, 'the configured reassurance shows').toBeVisible({ timeout: 10_000 });

    // Beside the pay button, 10 px from it, level with it, and wholly inside the viewport.
    const p = await expectBeside(page, '#pay', m.reassurePlace, 'the reassurance card');
    expect(p.side, `at 1280 px there is room on the end side of #pay: ${describePlacement(p)}`).toBe('right');
    await twoFrames(page);
    await expect(m.reassurePlace, 'still beside its target (it covers no control)').toHaveClass(/anchored-place/);
    for (const id of ['#card', '#holder']) {
      expect(await hitAtCentre(page.locator(id)), `${id} is clear of the card`).toEqual({ itself: true, what: `input${id}` });
    }

    // The words: title, body, what happens next, the ways to a person (the page is anxious).
    await expect(m.reassure.locator('.card-title'), 'its title').toHaveText(MOMENTS.reassure.title);
    await expect(m.reassure, 'its body').toContainText(MOMENTS.reassure.body);
    await expect(m.reassure.locator('ol > li'), 'what happens next').toHaveText([...MOMENTS.reassure.next]);
    await expect(m.reassure, 'the heading of the next steps').toContainText('What happens next');
    await expect(m.reassure, 'the heading of the ways to a person').toContainText('Talk to a person');
    expect(await peopleLinks(m.reassure), 'phone first, then email, from the config\'s channels').toEqual([MOMENTS.people.tel, MOMENTS.people.mailto]);
    await expect(m.reassureDismiss, 'the dismiss button').toHaveAccessibleName('Dismiss');

    // Announced: inside a polite live region that was there, empty, a frame before the card.
    expect(await liveRegionOf(m.reassure), 'the live region around the card').toEqual({ ariaLive: 'polite', role: null });
    const timeline = await liveRegionTimeline(page);
    expect(timeline.cardInRegion, 'the card appeared inside a polite live region').toBe(true);
    expect(timeline.regionFrame, 'an empty polite live region was seen').not.toBeNull();
    expect(timeline.cardFrame!, `the card appeared in a later frame than its empty region (${JSON.stringify(timeline)})`).toBeGreaterThan(timeline.regionFrame!);

    // It never takes focus, and the visitor types on.
    expect(await focusedElement(page), 'focus stays on the page').toBe('body');
    await expect
      .poll(() => eventsNamed(page, 'reassure:show'), { message: 'reassure:show for the configured card' })
      .toEqual([{ title: MOMENTS.reassure.title, pageId: 'pay-beside', step: null }]);
    await page.locator('#card').click();
    await typeKeys(page.locator('#card'), '4242 4242');
    await expectBeside(page, '#pay', m.reassurePlace, 'while the visitor types in #card');
    await expectTyped(page, '#card', '4242 4242');
  });

  test('with no room at the end of #pay (700 px wide) the card flips below it, still over no control', async ({ page }) => {
    await page.setViewportSize({ width: 700, height: 1000 });
    await page.goto(BESIDE_URL);
    const m = moments(page);
    await expect(m.reassure).toBeVisible({ timeout: 10_000 });
    const p = await expectBeside(page, '#pay', m.reassurePlace, 'at 700 px');
    // Precondition: the end side has no room for the 360 px card.
    expect(p.viewport.width - p.target.right, `room right of #pay: ${describePlacement(p)}`).toBeLessThan(p.box.width + 10);
    expect(p.side, `no room on either side: below #pay: ${describePlacement(p)}`).toBe('bottom');
    await twoFrames(page);
    await expect(m.reassurePlace, 'still beside its target').toHaveClass(/anchored-place/);
    await page.locator('#holder').click();
    await typeKeys(page.locator('#holder'), 'Ada');
    await expectTyped(page, '#holder', 'Ada');
  });

  test('when the positioning code arrives after the card (a slow connection), the card still ends beside #pay, where it covers nothing', async ({ page }) => {
    // floating-ui comes in its own chunk, fetched when a card with a target appears. Held back
    // until the card has been on screen for a few frames, it arrives late, as on a slow line.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/chunks\/anchor-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    // The page has a search field in its header, at the top-left corner.
    await page.goto(`${BESIDE_URL}?search`);
    const m = moments(page);
    await expect(page.locator('#site-search'), 'the header\'s search field').toBeVisible();
    await expect(m.reassure).toBeVisible({ timeout: 10_000 });
    for (let i = 0; i < 3; i++) await twoFrames(page);
    release();
    await page.locator('#card').click();
    await typeKeys(page.locator('#card'), '4242');
    const p = await expectBeside(page, '#pay', m.reassurePlace, 'once the positioning code has arrived');
    expect(p.side, describePlacement(p)).toBe('right');
    await expect(m.reassurePlace, 'beside its target, not docked').toHaveClass(/anchored-place/);
    await expectTyped(page, '#card', '4242');
  });

  test('beside #pay the card would lie over #card and #holder: it docks, and stays off each field the visitor clicks into and types in', async ({ page }) => {
    await openMoments(page);
    const m = moments(page);
    await expect(m.reassure).toBeVisible({ timeout: 10_000 });
    await expect(m.dockedReassure, 'the card docks instead of lying over the form').toBeVisible();
    await settleAnimations(page);
    const [card, launcher, viewport] = [(await shownRectOf(m.reassure))!, (await rectOf(m.launcher))!, await viewportOf(page)];
    expect(outsideViewport(card, viewport), 'the docked card is inside the viewport').toEqual([]);
    expect(card.x + card.width, `the card (${describeBox(card)}) is at the corner away from the launcher (${describeBox(launcher)})`).toBeLessThan(launcher.x);

    for (const [id, text] of [
      ['#card', '4242 4242'],
      ['#holder', 'Ada Lovelace'],
    ] as const) {
      const field = page.locator(id);
      expect(await hitAtCentre(field), `${id} is clear of the card`).toEqual({ itself: true, what: `input${id}` });
      await field.click();
      await typeKeys(field, text);
      await expectApart(m.reassure, field, `the docked card and ${id}, in use`);
    }
    await expect(m.reassure.locator('.card-title'), 'the same card').toHaveText(MOMENTS.reassure.title);
    await expectTyped(page, '#card', '4242 4242');
    await expectTyped(page, '#holder', 'Ada Lovelace');
  });

  test('on a phone (375 × 667) the card docks across the width above the launcher, and stays off each field the visitor types in', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 667 });
    await openMoments(page);
    const m = moments(page);
    await expect(m.dockedReassure, 'on a phone the card is docked from the start').toBeVisible({ timeout: 10_000 });
    await settleAnimations(page);
    const [card, launcher, viewport] = [(await shownRectOf(m.reassure))!, (await rectOf(m.launcher))!, await viewportOf(page)];
    expect(outsideViewport(card, viewport), 'inside the viewport').toEqual([]);
    expect(card.width, `it spans the width (${describeBox(card)})`).toBeGreaterThanOrEqual(viewport.width - 2 * 20);
    expect(intersects(card, launcher), `the card (${describeBox(card)}) leaves the launcher (${describeBox(launcher)}) free`).toBe(false);

    await tabTo(page, 'input#card', 'Tab', 10);
    await page.keyboard.type('4000 0000', { delay: 30 });
    await expectApart(m.reassure, page.locator('#card'), 'the docked card and #card, in use');
    await page.keyboard.press('Tab');
    expect(await focused(page), 'Tab moved on to #holder').toBe('input#holder');
    await page.keyboard.type('Grace Hopper', { delay: 30 });
    await expectApart(m.reassure, page.locator('#holder'), 'the docked card and #holder, in use next');
    await expectTyped(page, '#card', '4000 0000');
    await expectTyped(page, '#holder', 'Grace Hopper');
  });

  test('reassure() without a target docks it at the bottom corner away from the launcher; reassure:show says which', async ({ page }) => {
    await openMoments(page);
    const m = moments(page);
    await expect(m.reassure).toBeVisible({ timeout: 10_000 });
    await recordEvents(page, ['reassure:show']);
    await page.locator('#holder').click();
    await typeKeys(page.locator('#holder'), 'Ada');

    await callSitu(page, 'reassure', { title: 'Your address change is safe', body: 'Nothing changes until you confirm.', next: ['We check the postcode.'] });
    await expect(m.reassure.locator('.card-title'), 'the card from reassure() replaces the configured one').toHaveText('Your address change is safe');
    await expect(m.reassurePlace, 'one card').toHaveCount(1);
    await expect(m.dockedReassure, 'without a target it is in the dock').toBeVisible();
    await expect(m.dock, 'the dock sits at the bottom edge').toHaveAttribute('data-edge', 'bottom');
    await expect(m.reassure.locator('ol > li'), 'its next steps').toHaveText(['We check the postcode.']);
    expect(await peopleLinks(m.reassure), 'the page is anxious: the ways to a person').toEqual([MOMENTS.people.tel, MOMENTS.people.mailto]);

    await settleAnimations(page);
    const [dock, launcher, viewport] = [(await shownRectOf(m.reassure))!, (await rectOf(m.launcher))!, await viewportOf(page)];
    expect(outsideViewport(dock, viewport), 'the docked card is inside the viewport').toEqual([]);
    expect(dock.x + dock.width, `the card (${describeBox(dock)}) is left of the launcher (${describeBox(launcher)}), at the other corner`).toBeLessThan(launcher.x);
    expect(Math.abs(dock.y + dock.height - (launcher.y + launcher.height)), 'bottom edges level with the launcher\'s').toBeLessThanOrEqual(2);
    await expect
      .poll(async () => (await eventsNamed(page, 'reassure:show')).map((e) => (e as { title: string }).title), { message: 'reassure:show for the new card' })
      .toEqual(['Your address change is safe']);
    expect(await focused(page), 'focus stayed in the field the visitor was typing in').toBe('input#holder');
    await expectTyped(page, '#holder', 'Ada');
  });

  test('reassure() called while the hub is still loading shows that card, not the configured one', async ({ page }) => {
    let release!: () => void;
    const arrived = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/situ\/situ-hub\.js$/, async (route) => {
      await arrived;
      await route.continue();
    });
    await openMoments(page);
    const m = moments(page);
    // The page's own script asks for a card for this step as soon as Situ is there (not awaited: it settles once the hub runs it).
    await page.evaluate(() => void (window as unknown as { Situ: (...a: unknown[]) => unknown }).Situ('reassure', { title: 'Take your time' }));
    release();
    await expect(m.reassure, 'a card shows once the hub arrives').toBeVisible({ timeout: 10_000 });
    await twoFrames(page);
    await expect(m.reassure.locator('.card-title'), 'the card the page asked for, in place of the configured one').toHaveText('Take your time');
  });

  test('the dock moves to the top edge when it would cover the field the visitor clicks into', async ({ page }) => {
    // Geometry, not motion: a card measured while it slides in would be a few pixels off.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openMoments(page);
    const m = moments(page);
    await expect(m.reassure, 'the configured card shows (the page is known)').toBeVisible({ timeout: 10_000 });
    await callSitu(page, 'reassure', { title: 'Take your time', body: 'Your details stay on this page until you pay.' });
    await expect(m.reassure.locator('.card-title')).toHaveText('Take your time');
    await expect(m.dockedReassure, 'the card is docked').toBeVisible();
    await expect(m.dock).toHaveAttribute('data-edge', 'bottom');
    // A shorter window (a landscape phone, a laptop with a tall toolbar): the height that puts the
    // docked card's top 12 px below #holder's top. The card keeps its distance from the bottom edge.
    const [first, target] = [(await rectOf(m.reassure))!, (await rectOf(page.locator('#holder')))!];
    const { height } = page.viewportSize()!;
    await page.setViewportSize({ width: 1280, height: Math.round(height - first.y + target.y + 12) });
    await expect
      .poll(async () => Math.abs((await rectOf(m.reassure))!.y - (target.y + 12)), { message: 'the docked card moved with the bottom edge, its top 12 px below #holder\'s' })
      .toBeLessThanOrEqual(1);
    const [card, field] = [(await shownRectOf(m.reassure))!, (await rectOf(page.locator('#holder')))!];
    // Precondition: the docked card covers #holder but for its top 12 px, and at the top edge it would not.
    expect(intersects(card, field), `the docked card (${describeBox(card)}) covers #holder (${describeBox(field)})`).toBe(true);
    expect(20 + card.height, 'the card fits above #holder at the top edge').toBeLessThan(field.y);

    // The visitor clicks the part of the field they can see.
    await page.locator('#holder').click({ position: { x: 40, y: 4 } });
    expect(await focused(page), 'the click reached #holder').toBe('input#holder');
    await page.keyboard.type('Ada', { delay: 30 });
    await expect(m.dock, 'the dock moved to the top edge').toHaveAttribute('data-edge', 'top');
    await expectApart(m.reassure, page.locator('#holder'), 'the docked card and the field in use');
    expect(outsideViewport((await shownRectOf(m.reassure))!, await viewportOf(page)), 'the card is inside the viewport at the top').toEqual([]);
    await expectTyped(page, '#holder', 'Ada');
  });

  test('dismissed: gone at once, and still gone after a reload in the same tab; a new tab shows it again', async ({ page, context }) => {
    await configCheckAfterMarkup(page);
    await openMoments(page);
    const m = moments(page);
    await expect(m.reassure).toBeVisible({ timeout: 10_000 });
    await page.locator('#card').click();
    await typeKeys(page.locator('#card'), '4242');
    await m.reassureDismiss.click();
    await expect(m.reassurePlace, 'the card is gone').toHaveCount(0);
    await expect(m.dock, 'the empty dock is hidden').toBeHidden();
    await expectTyped(page, '#card', '4242');

    await page.reload();
    await waitForLoader(page);
    await expectMarkupCard(page);
    await twoFrames(page);
    await expect(m.reassurePlace, 'after a reload in the same tab the dismissed card stays away').toHaveCount(0);

    // A new tab is a new session: the card shows there (so the check above could have seen it).
    const other = await context.newPage();
    await openMoments(other);
    await expect(moments(other).reassure, 'in a new tab the card shows again').toBeVisible({ timeout: 10_000 });
    await other.close();
  });

  test('the page\'s own <situ-reassure> becomes a card in place (its text stays the page\'s), with the ways to a person; dismissed, it stays away after a reload', async ({ page }) => {
    await configCheckAfterMarkup(page);
    await openMoments(page);
    const m = moments(page);
    await expectMarkupCard(page);
    const card = m.markup.locator('.card[data-situ="reassure"]');
    await expect(card.locator('.card-title'), 'the heading attribute is its title').toHaveText(MOMENTS.markup.heading);
    await expect(m.markup, 'its text, slotted from the page').toContainText(MOMENTS.markup.text);
    const structure = await m.markup.evaluate((el) => ({
      open: el.shadowRoot?.mode ?? null,
      slot: !!el.shadowRoot?.querySelector('slot'),
      lightText: el.textContent?.trim() ?? '',
      inSitu: !!el.closest('situ-root'),
    }));
    expect(structure, 'its own open shadow root with a slot; the words stay in the page\'s light DOM').toEqual({
      open: 'open',
      slot: true,
      lightText: MOMENTS.markup.text,
      inSitu: false,
    });
    // (The card may render a frame before the config's channels: wait for the links.)
    await expect.poll(() => peopleLinks(card), { message: 'moment="anxious": the ways to a person' }).toEqual([MOMENTS.people.tel, MOMENTS.people.mailto]);
    const box = (await rectOf(card))!;
    expect(box.height, 'it renders as a card with height').toBeGreaterThan(40);

    await card.locator('button[data-situ="reassure-dismiss"]').click();
    await expect(card, 'dismissed, the card is gone').toHaveCount(0);
    await expect(m.reassure, 'the configured card is not affected').toBeVisible();

    await page.reload();
    await waitForLoader(page);
    await expect(m.reassure, 'after the reload the configured card shows (reassurance has started)').toBeVisible({ timeout: 10_000 });
    await twoFrames(page);
    await expect(m.markup.locator('.card[data-situ="reassure"]'), 'the dismissed markup card stays away after a reload').toHaveCount(0);
  });

  test('bad input to reassure(): one console error naming the command and the field, nothing shown, the page keeps working', async ({ page }) => {
    const console = watchConsole(page);
    await openMoments(page);
    const m = moments(page);
    await expect(m.reassure).toBeVisible({ timeout: 10_000 });
    await page.locator('#card').click();
    await typeKeys(page.locator('#card'), '4242');

    await callSitu(page, 'reassure', { title: 'Safe', next: 'one line' });
    await twoFrames(page);
    await expect.poll(() => console.situErrors(), { message: 'one [situ] error for the bad call' }).toHaveLength(1);
    expect(console.situErrors()[0], 'it names the command and the field').toMatch(/^\[situ\] reassure: next: expected a list of lines of what happens next, got/);
    await expect(m.reassure.locator('.card-title'), 'the configured card is still the one shown').toHaveText(MOMENTS.reassure.title);
    await expect(m.reassurePlace).toHaveCount(1);

    // The page and Situ keep working: typing goes on, a good call after the bad one shows.
    await page.keyboard.type(' 4242', { delay: 30 });
    await callSitu(page, 'reassure', { title: 'Safe and sound' });
    await expect(m.reassure.locator('.card-title'), 'a good call after the bad one works').toHaveText('Safe and sound');
    await expectTyped(page, '#card', '4242 4242');
    expect(console.pageErrors, 'no uncaught errors').toEqual([]);
  });
});

test.describe('confirmation', () => {
  test('after "Save my new address": a card in the dock in a status region with the reference, next steps and follow-up; confirm:show fires; focus stays', async ({ page }) => {
    await watchLiveRegions(page, '[role="status"]', '.card[data-situ="confirmation"]');
    await openMomentsSettled(page);
    const m = moments(page);
    await recordEvents(page, ['confirm:show']);
    await page.locator('#holder').click();
    await typeKeys(page.locator('#holder'), 'Ada Lovelace');
    await page.locator('#move').click();

    await expect(m.confirmation, 'the confirmation shows').toBeVisible({ timeout: 10_000 });
    await expect(m.dock.locator('.card[data-situ="confirmation"]'), 'in the dock').toHaveCount(1);
    await expect(m.confirmation.locator('.card-title')).toHaveText(MOMENTS.move.title);
    await expect(m.confirmationReference, 'the reference, visible').toBeVisible();
    await expect(m.confirmationReference).toHaveText(`Reference: ${MOMENTS.move.reference}`);
    await expect(m.confirmation.locator('ol > li'), 'what happens next').toHaveText([...MOMENTS.move.next]);
    await expect(m.confirmation, 'how the visitor will hear').toContainText(MOMENTS.move.followUp);
    await expect(m.confirmation, 'kept: no note that it could not be kept').not.toContainText('could not be kept');
    await expect(m.confirmationClose).toHaveAccessibleName('Close');
    expect(await liveRegionOf(m.confirmation), 'the region around the card').toEqual({ ariaLive: null, role: 'status' });
    const timeline = await liveRegionTimeline(page);
    expect(timeline.cardInRegion, 'the card appeared inside the status region').toBe(true);
    expect(timeline.cardFrame!, `the card appeared a frame after its empty status region (${JSON.stringify(timeline)})`).toBeGreaterThan(timeline.regionFrame ?? Infinity);
    expect(outsideViewport((await rectOf(m.confirmation))!, await viewportOf(page)), 'inside the viewport').toEqual([]);

    await expect
      .poll(async () => (await eventsNamed(page, 'confirm:show')).map((e) => ({ ...(e as object), id: typeof (e as { id: unknown }).id })), {
        message: 'confirm:show with the title and the reference',
      })
      .toEqual([{ id: 'string', title: MOMENTS.move.title, reference: MOMENTS.move.reference }]);
    expect(await focused(page), 'the button the visitor pressed keeps focus').toBe('button#move');
    await expectTyped(page, '#holder', 'Ada Lovelace');
  });

  test('it is kept in the visitor\'s activity record in IndexedDB, and is still there after a reload; closing the card keeps it', async ({ page }) => {
    await openMomentsSettled(page);
    const m = moments(page);
    await recordEvents(page, ['confirm:show']);
    await page.locator('#move').click();
    await expect(m.confirmation).toBeVisible({ timeout: 10_000 });
    const record = await expectInActivity(page, MOMENTS.site, MOMENTS.move.title, 'after the confirmation');
    const [shown] = (await eventsNamed(page, 'confirm:show')) as { id: string }[];
    expect(record, 'one entry: the confirmation, with everything it said').toEqual([
      {
        id: shown!.id,
        kind: 'confirmation',
        title: MOMENTS.move.title,
        at: expect.any(Number),
        reference: MOMENTS.move.reference,
        next: [...MOMENTS.move.next],
        followUp: MOMENTS.move.followUp,
        pageId: 'pay',
      },
    ]);
    expect(Math.abs(record[0]!.at - Date.now()), 'at: when it happened, in ms since the epoch').toBeLessThan(5 * 60_000);

    await m.confirmationClose.click();
    await expect(m.confirmation, 'closed').toHaveCount(0);
    await page.reload();
    await waitForLoader(page);
    expect(await storedActivity(page, MOMENTS.site), 'after closing the card and a reload, the record is unchanged').toEqual(record);

    // A second confirmation goes in front. (Once Situ has its config, as its reassurance card
    // shows: a confirmation made before that is the 'thank you page' test below.)
    await expect(m.reassure, 'Situ is up on the reloaded page').toBeVisible({ timeout: 10_000 });
    await callSitu(page, 'confirm', { title: 'Your direct debit is set up' });
    await expect(m.confirmation.locator('.card-title')).toHaveText('Your direct debit is set up', { timeout: 10_000 });
    const both = await expectInActivity(page, MOMENTS.site, 'Your direct debit is set up', 'after a second confirmation');
    expect(both.map((e) => e.title), 'newest first').toEqual(['Your direct debit is set up', MOMENTS.move.title]);
  });

  test('a "thank you" page that confirms as it loads (the call queued by the stub): the confirmation is kept in the site\'s activity record, with its page', async ({ page }) => {
    await page.goto('/e2e/csp-moments-done.html');
    const m = moments(page);
    await expect(m.confirmation.locator('.card-title'), 'the confirmation shows').toHaveText(MOMENTS.move.title, { timeout: 10_000 });
    await expect(m.confirmationReference).toHaveText('Reference: MV-7310');
    await page.locator('#note').click();
    await typeKeys(page.locator('#note'), 'Post goes to my office');
    await expect(m.confirmation, 'kept: no note that it could not be kept').not.toContainText('could not be kept');
    const record = await expectInActivity(page, 'moments-done-fixture', MOMENTS.move.title, 'the page\'s confirmation');
    expect(record, 'one entry, on the page that confirmed').toEqual([
      expect.objectContaining({ kind: 'confirmation', title: MOMENTS.move.title, reference: 'MV-7310', pageId: 'done' }),
    ]);
    await expectTyped(page, '#note', 'Post goes to my office');
  });

  for (const [how, script] of [
    [
      'indexedDB.open throws',
      () => {
        IDBFactory.prototype.open = function () {
          throw new DOMException('IndexedDB is blocked in this test', 'SecurityError');
        };
      },
    ],
    [
      'reading window.indexedDB throws',
      () => {
        Object.defineProperty(window, 'indexedDB', {
          configurable: true,
          get() {
            throw new DOMException('IndexedDB is blocked in this test', 'SecurityError');
          },
        });
      },
    ],
  ] as const) {
    test(`with IndexedDB blocked (${how}) the confirmation still shows, with its reference and a note that it could not be kept`, async ({ page }) => {
      await page.addInitScript(script);
      const console = watchConsole(page);
      await openMomentsSettled(page);
      const m = moments(page);
      await recordEvents(page, ['confirm:show']);
      await page.locator('#holder').click();
      await typeKeys(page.locator('#holder'), 'Ada');
      await page.locator('#move').click();
      await expect(m.confirmation, 'the card shows without storage').toBeVisible({ timeout: 10_000 });
      await expect(m.confirmationReference).toHaveText(`Reference: ${MOMENTS.move.reference}`);
      await expect(m.confirmation.locator('.note'), 'the note that it could not be kept').toHaveText(
        'This confirmation could not be kept on this device; note the reference.',
      );
      await expect.poll(async () => (await eventsNamed(page, 'confirm:show')).length, { message: 'confirm:show fires all the same' }).toBe(1);
      expect(console.pageErrors, 'no uncaught errors').toEqual([]);
      await expectTyped(page, '#holder', 'Ada');
    });
  }

  test('bad input to confirm(): one console error naming the command and the field, nothing shown, the page keeps working', async ({ page }) => {
    const console = watchConsole(page);
    await openMomentsSettled(page);
    const m = moments(page);
    await page.locator('#holder').click();
    await typeKeys(page.locator('#holder'), 'Ada');
    await callSitu(page, 'confirm', { title: 'Your new address is saved', reference: 42 });
    await expect.poll(() => console.situErrors(), { message: 'one [situ] error' }).toEqual(['[situ] confirm: reference: expected a string, got number 42']);
    await twoFrames(page);
    await expect(m.confirmation, 'nothing shown').toHaveCount(0);
    expect(await storedActivity(page, MOMENTS.site), 'nothing kept').toBeNull();

    // Focus is still in the field: the visitor goes on typing.
    expect(await focused(page)).toBe('input#holder');
    await page.keyboard.type(' Lovelace', { delay: 30 });
    await page.locator('#move').click();
    await expect(m.confirmation.locator('.card-title'), 'a good confirmation after the bad call shows').toHaveText(MOMENTS.move.title, { timeout: 10_000 });
    await expectTyped(page, '#holder', 'Ada Lovelace');
    expect(console.situErrors(), 'still only the one error').toHaveLength(1);
    expect(console.pageErrors, 'no uncaught errors').toEqual([]);
  });
});

test.describe('ask', () => {
  test('by mouse, yes: an alert dialog, modal, focus on the safe choice; "Cancel policy" resolves true and focus goes back to the button', async ({ page }) => {
    await openMomentsSettled(page);
    const m = moments(page);
    await page.locator('#holder').click();
    await typeKeys(page.locator('#holder'), 'Ada');
    await page.locator('#cancel-policy').click();

    const dialog = page.getByRole('alertdialog', { name: MOMENTS.cancel.title });
    await expect(dialog, 'an alert dialog named by its question').toBeVisible({ timeout: 10_000 });
    await expect(dialog, 'described by its body').toHaveAccessibleDescription(MOMENTS.cancel.body);
    await expect(m.ask).toHaveAttribute('aria-labelledby', 'situ-ask-title');
    await expect(m.ask).toHaveAttribute('aria-describedby', 'situ-ask-body');
    expect(await m.ask.evaluate((el) => el.matches(':modal')), 'modal').toBe(true);
    await expect.poll(() => focusedElement(page), { message: 'focus starts on the cancel button' }).toBe('button[data-situ="ask-cancel"]');
    await expect(m.askCancel).toHaveText(MOMENTS.cancel.no);
    await expect(m.askConfirm).toHaveText(MOMENTS.cancel.yes);
    await expect(m.askPeople, 'the ways to a person').toContainText('Not sure? Talk to a person');
    expect(await peopleLinks(m.askPeople), 'phone and email links').toEqual([MOMENTS.people.tel, MOMENTS.people.mailto]);

    await m.askConfirm.click();
    await expect(page.locator('#answer'), 'the promise resolved true').toHaveText('Cancelled');
    await expect(m.ask, 'the dialog is gone').toHaveCount(0);
    expect(await focused(page), 'focus is back on the button that asked').toBe('button#cancel-policy');
    await expectTyped(page, '#holder', 'Ada');
  });

  test('by mouse, no: "Keep my policy" resolves false and focus goes back to the button', async ({ page }) => {
    await openMomentsSettled(page);
    const m = moments(page);
    await page.locator('#cancel-policy').click();
    await expect(m.ask).toBeVisible({ timeout: 10_000 });
    await m.askCancel.click();
    await expect(page.locator('#answer'), 'the promise resolved false').toHaveText('Kept');
    await expect(m.ask).toHaveCount(0);
    expect(await focused(page), 'focus is back on the button that asked').toBe('button#cancel-policy');
  });

  test('by keyboard: Tab to the button, Enter; Tab to "Cancel policy", Enter: true; focus back on the button', async ({ page }) => {
    await openMomentsSettled(page);
    const m = moments(page);
    await tabTo(page, 'input#card', 'Tab', 10);
    await page.keyboard.type('4242', { delay: 30 });
    await tabTo(page, 'button#cancel-policy', 'Tab', 30);
    await page.keyboard.press('Enter');
    await expect(m.ask).toBeVisible({ timeout: 10_000 });
    await expect.poll(() => focusedElement(page), { message: 'focus starts on the cancel button' }).toBe('button[data-situ="ask-cancel"]');
    await page.keyboard.press('Tab');
    expect(await focusedElement(page), 'Tab reaches the confirm button').toBe('button[data-situ="ask-confirm"]');
    await page.keyboard.press('Enter');
    await expect(page.locator('#answer')).toHaveText('Cancelled');
    await expect(m.ask).toHaveCount(0);
    expect(await focused(page), 'focus is back on the button').toBe('button#cancel-policy');
    await expectTyped(page, '#card', '4242');
  });

  test('by keyboard: Space on "Keep my policy" resolves false; Space on "Cancel policy" resolves true', async ({ page }) => {
    await openMomentsSettled(page);
    const m = moments(page);
    await tabTo(page, 'button#cancel-policy', 'Tab', 30);
    await page.keyboard.press('Space');
    await expect(m.ask).toBeVisible({ timeout: 10_000 });
    await expect.poll(() => focusedElement(page)).toBe('button[data-situ="ask-cancel"]');
    await page.keyboard.press('Space');
    await expect(page.locator('#answer')).toHaveText('Kept');
    expect(await focused(page), 'focus is back on the button').toBe('button#cancel-policy');

    await page.keyboard.press('Space');
    await expect(m.ask).toBeVisible();
    await expect.poll(() => focusedElement(page)).toBe('button[data-situ="ask-cancel"]');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect(page.locator('#answer')).toHaveText('Cancelled');
  });

  test('Escape resolves false, closes the dialog and gives focus back', async ({ page }) => {
    await openMomentsSettled(page);
    const m = moments(page);
    await page.locator('#cancel-policy').click();
    await expect(m.ask).toBeVisible({ timeout: 10_000 });
    // The visitor first moves to the other button, then changes their mind.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expect(page.locator('#answer'), 'Escape means no').toHaveText('Kept');
    await expect(m.ask).toHaveCount(0);
    expect(await focused(page), 'focus is back on the button').toBe('button#cancel-policy');
  });

  test('Tab and Shift+Tab wrap inside the dialog and never reach the page', async ({ page }) => {
    await openMomentsSettled(page);
    const m = moments(page);
    await page.locator('#cancel-policy').click();
    await expect(m.ask).toBeVisible({ timeout: 10_000 });
    await expect.poll(() => focusedElement(page)).toBe('button[data-situ="ask-cancel"]');
    // In order: the article button, phone, email, cancel, confirm.
    await page.keyboard.press('Tab');
    expect(await focusedElement(page)).toBe('button[data-situ="ask-confirm"]');
    await page.keyboard.press('Tab');
    expect(await focusedElement(page), 'Tab on the last control wraps to the first').toBe('button[data-situ="ask-article"]');
    await page.keyboard.press('Shift+Tab');
    expect(await focusedElement(page), 'Shift+Tab on the first wraps to the last').toBe('button[data-situ="ask-confirm"]');
    const seen: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press(i < 6 ? 'Tab' : 'Shift+Tab');
      seen.push(await focusedElement(page));
      expect(await focusIsInside(m.ask), `after ${i + 1} presses focus is still in the dialog (${seen.join(' → ')})`).toBe(true);
    }
    expect(new Set(seen).size, `every control was reached (${seen.join(' → ')})`).toBe(5);
    await page.keyboard.press('Escape');
    await expect(page.locator('#answer')).toHaveText('Kept');
  });

  test('the article expands inside the dialog and folds away again', async ({ page }) => {
    await openMomentsSettled(page);
    const m = moments(page);
    await page.locator('#cancel-policy').click();
    await expect(m.askArticle, 'a button to read the article').toHaveText('Read: What happens when you cancel', { timeout: 10_000 });
    await expect(m.askArticle).toHaveAttribute('aria-expanded', 'false');
    await expect(m.askArticleBody).toHaveCount(0);
    await m.askArticle.click();
    await expect(m.askArticle).toHaveAttribute('aria-expanded', 'true');
    await expect(m.askArticleBody, 'the article, inline').toContainText('Your cover ends at midnight.');
    await expect(m.askArticleBody.locator('strong'), 'its Markdown rendered').toHaveText('at midnight');
    await expect(m.askArticle).toHaveText('Hide the article');
    // By keyboard: the button has focus after the click; Enter folds it away.
    await page.keyboard.press('Enter');
    await expect(m.askArticle).toHaveAttribute('aria-expanded', 'false');
    await expect(m.askArticleBody).toHaveCount(0);
    await expect(m.ask, 'still asking').toBeVisible();
    await m.askCancel.click();
    await expect(page.locator('#answer')).toHaveText('Kept');
  });

  test('a second question waits until the first is answered', async ({ page }) => {
    await openMomentsSettled(page);
    const m = moments(page);
    await page.locator('#ask-twice').click();
    const first = page.getByRole('alertdialog', { name: 'First question?' });
    await expect(first).toBeVisible({ timeout: 10_000 });
    await expect(m.ask, 'one dialog at a time').toHaveCount(1);
    await expect(page.getByRole('alertdialog', { name: 'Second question?' })).toHaveCount(0);
    await expect(m.askConfirm, 'the default labels').toHaveText('Continue');
    await expect(m.askCancel).toHaveText('Cancel');
    await m.askConfirm.click();

    const second = page.getByRole('alertdialog', { name: 'Second question?' });
    await expect(second, 'then the second').toBeVisible();
    await expect(m.ask).toHaveCount(1);
    await expect.poll(() => focusedElement(page), { message: 'focus on the second question\'s cancel button' }).toBe('button[data-situ="ask-cancel"]');
    await expect(page.locator('#answer'), 'no answer before both are answered').toHaveText('');
    await m.askCancel.click();
    await expect(page.locator('#answer'), 'each promise got its own answer').toHaveText('true,false');
    await expect(m.ask).toHaveCount(0);
    expect(await focused(page), 'focus is back on the button').toBe('button#ask-twice');
  });

  test('after situ.js has loaded, Situ(\'ask\') returns a promise of the answer', async ({ page }) => {
    await openMomentsSettled(page);
    const m = moments(page);
    await expect(m.reassure, 'the hub has run (its card shows)').toBeVisible({ timeout: 10_000 });
    await startAsk(page, { title: 'Send the form now?' });
    expect((await askState(page)).returned, 'what Situ(\'ask\') returned').toBe('promise');
    await expect(page.getByRole('alertdialog', { name: 'Send the form now?' })).toBeVisible();
    await m.askConfirm.click();
    await expect.poll(async () => (await askState(page)).answer, { message: 'it resolved true' }).toBe(true);
    await startAsk(page, { title: 'Send the form now?' });
    await expect(m.ask).toBeVisible();
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await askState(page)).answer, { message: 'it resolved false' }).toBe(false);
  });

  test('while the hub chunk is still on its way, Situ(\'ask\') returns a promise, and it resolves with the answer once the hub arrives', async ({ page }) => {
    let release!: () => void;
    const arrived = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/situ\/situ-hub\.js$/, async (route) => {
      await arrived;
      await route.continue();
    });
    await openMoments(page);
    const m = moments(page);
    await startAsk(page, { title: 'Leave without paying?', confirmLabel: 'Leave', cancelLabel: 'Stay' });
    expect((await askState(page)).returned, 'what Situ(\'ask\') returned while the hub was loading').toBe('promise');
    await expect(m.ask, 'no dialog before the hub').toHaveCount(0);
    release();
    await expect(page.getByRole('alertdialog', { name: 'Leave without paying?' }), 'the question shows once the hub runs it').toBeVisible({ timeout: 10_000 });
    await expect.poll(() => focusedElement(page)).toBe('button[data-situ="ask-cancel"]');
    await m.askConfirm.click();
    await expect.poll(async () => (await askState(page)).answer, { message: 'the early promise resolved with the answer' }).toBe(true);
  });

  test('when the hub chunk cannot be loaded, Situ(\'ask\') resolves undefined ("not asked", never a yes)', async ({ page }) => {
    const console = watchConsole(page);
    await page.route(/\/situ\/situ-hub\.js$/, (route) => route.abort());
    await openMoments(page);
    await expect(moments(page).launcher, 'the loader is up').toBeVisible({ timeout: 10_000 });
    await startAsk(page, { title: 'Leave without paying?' });
    expect((await askState(page)).returned).toBe('promise');
    await expect.poll(async () => (await askState(page)).answer, { message: 'it settles, with undefined' }).not.toBe('pending');
    expect((await askState(page)).answer, 'undefined: Situ did not ask').toBeUndefined();
    await expect.poll(() => console.situErrors().some((e) => e.includes('could not be loaded')), { message: 'the loader says the help could not load' }).toBe(true);
    await expect(moments(page).ask, 'no question shows').toHaveCount(0);
  });

  test('asked through the stub before situ.js loaded: the question shows once Situ arrives, without people links when there are no channels; a later ask resolves', async ({ page }) => {
    await page.goto('/e2e/csp-moments-queue.html');
    const m = moments(page);
    const early = page.getByRole('alertdialog', { name: 'Keep the draft you started?' });
    await expect(early, 'the queued question shows').toBeVisible({ timeout: 10_000 });
    await expect(early).toHaveAccessibleDescription('You started a claim on this device yesterday.');
    await expect.poll(() => focusedElement(page), { message: 'focus on the safe choice' }).toBe('button[data-situ="ask-cancel"]');
    await expect(m.askCancel).toHaveText('Start again');
    await expect(m.askPeople, 'no channels in the config: no ways to a person').toHaveCount(0);
    await expect(m.askArticle, 'no article asked for: no article button').toHaveCount(0);
    await m.askConfirm.click();
    await expect(m.ask, 'answered, it closes').toHaveCount(0);

    // The page goes on: the visitor types, then asks again from a button; that call returns a promise.
    await page.locator('#note').click();
    await typeKeys(page.locator('#note'), 'The leak started under the sink.');
    await page.locator('#discard').click();
    await expect(page.getByRole('alertdialog', { name: 'Discard the draft?' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator('#answer'), 'the later ask resolved false').toHaveText('discard: false');
    expect(await page.evaluate(() => (window as unknown as { __asked: { label: string; promise: boolean }[] }).__asked.at(-1)), 'the later call returned a promise').toEqual({
      label: 'discard',
      promise: true,
    });
    expect(await focused(page), 'focus back on the button').toBe('button#discard');
    await expectTyped(page, '#note', 'The leak started under the sink.');
  });

  test('bad options: resolves false, one console error, no dialog', async ({ page }) => {
    const console = watchConsole(page);
    await openMomentsSettled(page);
    const m = moments(page);
    await expect(m.reassure).toBeVisible({ timeout: 10_000 });
    expect(await callSitu(page, 'ask', { title: '' }), 'ask({ title: "" }) resolves').toBe(false);
    expect(console.situErrors(), 'one error naming the command and the field').toEqual(['[situ] ask: title: expected the question, got ""']);
    await twoFrames(page);
    await expect(m.ask, 'no dialog').toHaveCount(0);
    // The next good question works.
    await page.locator('#cancel-policy').click();
    await expect(m.ask).toBeVisible();
    await m.askCancel.click();
    await expect(page.locator('#answer')).toHaveText('Kept');
    expect(console.situErrors()).toHaveLength(1);
    expect(console.pageErrors, 'no uncaught errors').toEqual([]);
  });
});

for (const width of [1280, 375]) {
  test.describe(`axe at ${width}px`, () => {
    test.use({ viewport: width === 1280 ? { width: 1280, height: 800 } : { width: 375, height: 740 } });

    test('no violations with the reassurance cards showing (beside #pay and the page\'s own)', async ({ page }) => {
      await openMoments(page);
      await expect(moments(page).reassure).toBeVisible({ timeout: 10_000 });
      await expectMarkupCard(page);
      await settleAnimations(page);
      await expectNoAxeViolations(page, ['situ-root', 'situ-reassure'], 'the reassurance cards');
    });

    test('no violations with the reassurance card beside #pay (or, on a phone, docked)', async ({ page }) => {
      await page.goto(BESIDE_URL);
      await expect(moments(page).reassure).toBeVisible({ timeout: 10_000 });
      await twoFrames(page);
      await settleAnimations(page);
      await expectNoAxeViolations(page, ['situ-root'], 'the reassurance card beside its target');
    });

    test('no violations with the confirmation card showing', async ({ page }) => {
      await openMoments(page);
      await closeDockedReassurance(page);
      await page.locator('#move').click();
      await expect(moments(page).confirmation).toBeVisible({ timeout: 10_000 });
      await expect(moments(page).confirmation).not.toContainText('could not be kept');
      await settleAnimations(page);
      await expectNoAxeViolations(page, ['situ-root'], 'the confirmation card');
    });

    test('no violations with the ask dialog showing, its article open', async ({ page }) => {
      await openMoments(page);
      const m = moments(page);
      await closeDockedReassurance(page);
      await page.locator('#cancel-policy').click();
      await m.askArticle.click();
      await expect(m.askArticleBody).toBeVisible();
      await settleAnimations(page);
      await expectNoAxeViolations(page, ['situ-root'], 'the ask dialog');
    });
  });
}
