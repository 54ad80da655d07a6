import type { Locator, Page } from '@playwright/test';
import { describeBox, intersects } from './support/geometry';
import { describePlacement, expectBeside, expectShowing, hintBox } from './support/hints';
import {
  eventsNamed,
  expectApart,
  expectInActivity,
  focusedElement,
  hitAtCentre,
  listenFromTheStart,
  liveRegionOf,
  moments,
  outsideViewport,
  peopleLinks,
  rectOf,
  shownRectOf,
  storedActivity,
  viewportOf,
  waitForLoader,
} from './support/moments';
import { settleAnimations, typeDate, typeKeys, typeMoveAddress } from './support/situ';
import { expect, test } from './support/test';

// The demo portal as a new visitor goes through it, with Situ's help on the page itself: the
// policy-number hint on the damage report, reassurance while paying and after losing a card,
// confirmations after reporting damage and moving house (kept in the activity record), and the
// question before cancelling a policy. The same parts on a fixture, in detail: moments.spec.ts.

const SITE = 'northwind';
const PEOPLE = ['tel:+31201234567', 'mailto:help@northwind.example'];
const PAY_TITLE = 'Your payment is protected';
const LOST_TITLE = 'You are not liable for payments you did not make';
const POLICY_HINT = 'It starts with NW and is on your policy card and at the top of every letter from us';

/** Checks that the text typed into `selector` earlier in the test is still there. */
const expectTyped = (page: Page, selector: string, text: string) =>
  expect(page.locator(selector), `what the visitor typed into ${selector} is still there`).toHaveValue(text);

/** A date `days` from today, as the `YYYY-MM-DD` a date input takes. */
const isoDaysAhead = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Two animation frames: what Situ renders a frame after a change has rendered by then. */
const twoFrames = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/** The form controls of `scope` a visitor can see: text fields, choices, buttons. */
const visibleControls = async (scope: Locator): Promise<Locator[]> => {
  const all = await scope.locator('input, select, textarea, button').all();
  const shown: Locator[] = [];
  for (const control of all) if (await control.isVisible()) shown.push(control);
  return shown;
};

/** The controls of `scope` that `card` lies over, described (empty: it covers none). */
async function controlsUnder(card: Locator, scope: Locator): Promise<string[]> {
  const box = await shownRectOf(card);
  if (!box) return [];
  const covered: string[] = [];
  for (const control of await visibleControls(scope)) {
    const r = await rectOf(control);
    if (r && intersects(box, r)) covered.push(`${await control.evaluate((el) => `${el.localName}#${el.id || (el as HTMLInputElement).name}`)} (${describeBox(r)})`);
  }
  return covered;
}

/** Presses Tab until `field` has focus (at most 8 times). */
async function tabToField(page: Page, field: Locator, what: string): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    if (await field.evaluate((el) => el === document.activeElement)) return;
    seen.push(await focusedElement(page));
  }
  throw new Error(`Tab did not reach ${what}; focus went ${seen.join(' → ')}`);
}

/** Clicks the middle of `field`, after checking that the visitor's click would land on it (not on a card over it). */
async function clickField(field: Locator, what: string): Promise<void> {
  await field.scrollIntoViewIfNeeded();
  expect(await hitAtCentre(field), `${what}: a click on its middle lands on the field`).toMatchObject({ itself: true });
  await field.click();
}

test.describe('report damage', () => {
  test('in the policy-number field its hint shows beside it and describes it; what the visitor types stays', async ({ page }) => {
    await page.goto('/claims/new');
    const field = page.locator('#claim-policy-number');
    await expect(field, 'the field is described by a hint once Situ has bound it').toHaveAttribute('aria-describedby', /situ-hint-\d+/, { timeout: 10_000 });
    await page.getByRole('radio', { name: /home contents/i }).click();
    await field.click();
    await typeKeys(field, 'NW-H-2087');
    const box = hintBox(page, POLICY_HINT);
    await expectShowing(box, true, 'the policy-number hint once the visitor is in the field');
    await expect(box.locator('[slot="title"]'), 'the hint\'s title').toHaveText('Your policy number');
    const p = await expectBeside(page, '#claim-policy-number', box, 'the policy-number hint');
    expect(p.side, `at 1280 px there is room on the field's end side: ${describePlacement(p)}`).toBe('right');
    await expect(field, 'the field\'s accessible description holds the hint').toHaveAccessibleDescription(new RegExp(POLICY_HINT));
    await expect(field).toHaveAccessibleName(/Policy number/);
    await page.keyboard.type('71', { delay: 30 });
    await expectTyped(page, '#claim-policy-number', 'NW-H-208771');
    await expect(page.getByRole('radio', { name: /home contents/i })).toBeChecked();
  });

  test('sending the report ends with a confirmation carrying the claim number, kept in the activity record', async ({ page }) => {
    await page.goto('/claims/new');
    await waitForLoader(page);
    const m = moments(page);
    await page.getByRole('radio', { name: /home contents/i }).click();
    await page.getByRole('radio', { name: /water damage/i }).click();
    const description = 'The washing machine leaked into the kitchen overnight.';
    await page.locator('#claim-description').click();
    await typeKeys(page.locator('#claim-description'), description);
    await page.getByRole('button', { name: /^next\b/i }).click();
    await expect(page.locator('#claim-step-2')).toBeVisible();
    await typeDate(page.locator('#claim-date'), isoDaysAhead(-2));
    await page.getByRole('button', { name: /^next\b/i }).click();
    await expect(page.locator('#claim-step-3')).toBeVisible();
    await expect(page.locator('#review-description'), 'the review shows what the visitor typed').toHaveText(description);
    await page.getByText('I declare that I have answered these questions truthfully').click();
    await page.getByRole('button', { name: 'Send damage report' }).click();

    await expect(page.locator('#claim-submitted')).toBeVisible({ timeout: 10_000 });
    const reference = (await page.locator('#claim-reference').textContent())!.trim();
    expect(reference, 'the page shows a claim number').toMatch(/^CLM-/);
    await expect(m.confirmation.locator('.card-title'), 'the confirmation').toHaveText('Your damage report is in', { timeout: 10_000 });
    await expect(m.confirmationReference, 'with the same claim number').toHaveText(`Reference: ${reference}`);
    expect(await liveRegionOf(m.confirmation), 'announced by a status region').toEqual({ ariaLive: null, role: 'status' });
    const record = await expectInActivity(page, SITE, 'Your damage report is in', 'after sending the report');
    expect(record[0], 'the newest entry').toMatchObject({ kind: 'confirmation', title: 'Your damage report is in', reference, pageId: 'claim' });
  });
});

test.describe('pay a bill', () => {
  test('the payment page reassures: its card, announced, with the ways to a person, taking no focus; reassure:show fires', async ({ page }) => {
    await listenFromTheStart(page, ['reassure:show']);
    await page.goto('/billing/pay');
    const m = moments(page);
    await expect(m.reassure, 'the reassurance shows').toBeVisible({ timeout: 10_000 });
    await expect(m.reassure.locator('.card-title')).toHaveText(PAY_TITLE);
    await expect(m.reassure, 'its body').toContainText('Northwind never sees or stores them.');
    await expect(m.reassure.locator('ol > li'), 'what happens next').toHaveCount(3);
    expect(await peopleLinks(m.reassure), 'the page is anxious: phone, then email').toEqual(PEOPLE);
    expect(await liveRegionOf(m.reassure), 'in a polite live region').toEqual({ ariaLive: 'polite', role: null });
    expect(outsideViewport((await shownRectOf(m.reassure))!, await viewportOf(page)), 'inside the viewport').toEqual([]);
    expect(await focusedElement(page), 'it takes no focus').toBe('body');
    await expect
      .poll(() => eventsNamed(page, 'reassure:show'), { message: 'reassure:show for the payment page\'s card step' })
      .toEqual([{ title: PAY_TITLE, pageId: 'payment', step: 'card' }]);
  });

  test('when the positioning code arrives after the card (a slow connection), the card ends over none of the form\'s controls, and a visitor can click into each field', async ({ page }) => {
    // floating-ui comes in its own chunk, fetched when a card with a target appears. Held back
    // until the card has been on screen for a few frames, it arrives late, as on a slow line.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/chunks\/anchor-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/billing/pay');
    const m = moments(page);
    await expect(m.reassure).toBeVisible({ timeout: 10_000 });
    for (let i = 0; i < 3; i++) await twoFrames(page);
    release();
    // Placed (beside #pay: data-side set) or docked, and settled.
    await expect
      .poll(async () => (await m.dockedReassure.count()) > 0 || (await m.reassurePlace.getAttribute('data-side')) !== null, { message: 'the card has its place' })
      .toBe(true);
    await twoFrames(page);
    await settleAnimations(page);
    expect(await controlsUnder(m.reassure, page.locator('#card-form')), 'form controls under the card').toEqual([]);

    const fields: [string, string, string][] = [
      ['#card-name', 'Sanne de Vries', 'Sanne de Vries'],
      ['#card-number', '4242424242424242', '4242 4242 4242 4242'],
      ['#expiry', '1230', '12/30'],
      ['#cvc', '123', '123'],
    ];
    for (const [selector, keys] of fields) {
      const field = page.locator(selector);
      await clickField(field, selector);
      await typeKeys(field, keys);
      await expectApart(m.reassure, field, `the reassurance card and ${selector}, in use`);
    }
    for (const [selector, , shown] of fields) await expectTyped(page, selector, shown);
    await clickField(page.locator('#pay'), 'the Pay button');
    await expect(page.locator('#payment-done'), 'paid').toBeVisible({ timeout: 10_000 });
  });

  test('a keyboard visitor tabs through the card form: the card never lies over the field in use', async ({ page }) => {
    await page.goto('/billing/pay');
    const m = moments(page);
    await expect(m.reassure).toBeVisible({ timeout: 10_000 });
    // Where a keyboard visitor starts: the form's heading (clicked, or reached by a screen reader's heading navigation).
    await page.locator('#card-form-title').click();
    const fields: [string, string, string][] = [
      ['#card-name', 'Sanne de Vries', 'Sanne de Vries'],
      ['#card-number', '4242424242424242', '4242 4242 4242 4242'],
      ['#expiry', '1230', '12/30'],
      ['#cvc', '123', '123'],
    ];
    for (const [selector, keys] of fields) {
      await tabToField(page, page.locator(selector), selector);
      await page.keyboard.type(keys, { delay: 30 });
      await expectApart(m.reassure, page.locator(selector), `the reassurance card and ${selector}, in use`);
    }
    for (const [selector, , shown] of fields) await expectTyped(page, selector, shown);
  });

  test('on a phone (375 × 740) the card docks across the width above the launcher, and the visitor can still fill in each field', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto('/billing/pay');
    const m = moments(page);
    await expect(m.dockedReassure, 'docked on a phone').toBeVisible({ timeout: 10_000 });
    await settleAnimations(page);
    const [card, launcher, viewport] = [(await shownRectOf(m.reassure))!, (await rectOf(m.launcher))!, await viewportOf(page)];
    expect(outsideViewport(card, viewport), 'inside the viewport').toEqual([]);
    expect(intersects(card, launcher), `the card (${describeBox(card)}) leaves the launcher (${describeBox(launcher)}) free`).toBe(false);
    expect(card.height, `at most half the screen high (${describeBox(card)})`).toBeLessThanOrEqual(viewport.height / 2 + 1);
    for (const [selector, keys] of [
      ['#card-name', 'Sanne de Vries'],
      ['#card-number', '4242424242424242'],
    ] as const) {
      const field = page.locator(selector);
      await field.click();
      await typeKeys(field, keys);
      await expectApart(m.reassure, field, `the docked card and ${selector}, in use`);
    }
    await expectTyped(page, '#card-name', 'Sanne de Vries');
    await expectTyped(page, '#card-number', '4242 4242 4242 4242');
  });

  test('dismissed, the card stays away after a reload in the same tab; a new tab shows it again', async ({ page, context }) => {
    await page.goto('/billing/pay');
    const m = moments(page);
    await expect(m.reassure).toBeVisible({ timeout: 10_000 });
    await page.locator('#card-name').click({ position: { x: 12, y: 12 } });
    await typeKeys(page.locator('#card-name'), 'Sanne');
    await m.reassureDismiss.click();
    await expect(m.reassurePlace, 'dismissed').toHaveCount(0);
    await expectTyped(page, '#card-name', 'Sanne');

    await page.reload();
    // The reassurance layer is up again: its dock is in Situ's shadow root (empty, hidden); a card would show a frame later.
    await expect(m.dock, 'the reassurance layer\'s dock').toHaveCount(1, { timeout: 10_000 });
    await twoFrames(page);
    await twoFrames(page);
    await expect(m.reassurePlace, 'after a reload in the same tab the dismissed card stays away').toHaveCount(0);

    const other = await context.newPage();
    await other.goto('/billing/pay');
    await expect(moments(other).reassure.locator('.card-title'), 'a new tab shows it again').toHaveText(PAY_TITLE, { timeout: 10_000 });
    await other.close();
  });
});

test.describe('lost card', () => {
  test('the card docks at the bottom corner away from the launcher, with the ways to a person; the visitor blocks their card', async ({ page }) => {
    await page.goto('/cards/lost');
    const m = moments(page);
    await expect(m.dockedReassure, 'docked: it has no target').toBeVisible({ timeout: 10_000 });
    await expect(m.reassure.locator('.card-title')).toHaveText(LOST_TITLE);
    expect(await peopleLinks(m.reassure), 'the page is anxious: phone, then email').toEqual(PEOPLE);
    await expect(m.dock).toHaveAttribute('data-edge', 'bottom');
    await settleAnimations(page);
    const [card, launcher, viewport] = [(await shownRectOf(m.reassure))!, (await rectOf(m.launcher))!, await viewportOf(page)];
    expect(outsideViewport(card, viewport), 'inside the viewport').toEqual([]);
    expect(card.x + card.width, `the card (${describeBox(card)}) is at the other corner from the launcher (${describeBox(launcher)})`).toBeLessThan(launcher.x);

    await page.getByRole('radio', { name: /4821/ }).click();
    await page.getByRole('radio', { name: 'It was stolen' }).click();
    await expect(page.locator('#stolen-advice'), 'the page reacts to the choice').toBeVisible();
    // The date field: reached by keyboard from the choices, typed segment by segment.
    await page.locator('#last-used').focus();
    await expectApart(m.reassure, page.locator('#last-used'), 'the docked card and the date field, in use');
    await typeDate(page.locator('#last-used'), isoDaysAhead(-1));
    await expectTyped(page, '#last-used', isoDaysAhead(-1));
    await page.getByRole('button', { name: 'Block card now' }).click();
    await expect(page.locator('#card-blocked'), 'the card is blocked').toBeVisible({ timeout: 10_000 });
  });
});

test.describe('move house', () => {
  test('registering a move ends with a confirmation carrying the move\'s reference, still in the activity record after a reload', async ({ page }) => {
    await page.goto('/move');
    await waitForLoader(page);
    const m = moments(page);
    await typeMoveAddress(page);
    await expectTyped(page, '#move-street', 'Oudegracht');
    await page.getByRole('button', { name: /^next\b/i }).click();
    await expect(page).toHaveURL(/\/move\/date$/);
    await typeDate(page.locator('#move-date'), isoDaysAhead(21));
    await page.locator('#reading-normal').click();
    await typeKeys(page.locator('#reading-normal'), '12345');
    await expectTyped(page, '#reading-normal', '12345');
    await expect(m.confirmation, 'no confirmation before the move is confirmed').toHaveCount(0);
    await page.getByRole('button', { name: 'Confirm my move' }).click();

    await expect(page).toHaveURL(/\/move\/done$/);
    const reference = (await page.locator('[data-field="reference"]').textContent())!.trim();
    expect(reference, 'the page shows the move\'s reference').toMatch(/^MV-/);
    await expect(m.confirmation.locator('.card-title'), 'the confirmation').toHaveText('Your move is registered', { timeout: 10_000 });
    await expect(m.confirmationReference).toHaveText(`Reference: ${reference}`);
    await expect(m.confirmation.locator('ol > li').first(), 'what the visitor typed, in what happens next').toContainText('Oudegracht 7, 3511 LK Utrecht');
    expect(await liveRegionOf(m.confirmation), 'announced by a status region').toEqual({ ariaLive: null, role: 'status' });
    await expect(page.locator('[data-field="readings"]'), 'the reading the visitor typed').toHaveText('Entered by you: normal 12345 kWh');
    const record = await expectInActivity(page, SITE, 'Your move is registered', 'after confirming the move');

    await page.reload();
    await waitForLoader(page);
    await expect(page.locator('[data-field="reference"]'), 'the reloaded page still shows the move').toHaveText(reference);
    const after = await storedActivity(page, SITE);
    expect(after, 'after a reload the activity record still holds the confirmation').toEqual(record);
    expect(record[0], 'the move\'s entry').toMatchObject({ kind: 'confirmation', title: 'Your move is registered', reference, followUp: 'We emailed you a confirmation.' });
  });
});

test.describe('account', () => {
  test('"Cancel home contents" asks first; "Keep my policy" keeps it, "Cancel the policy" cancels it with a confirmation', async ({ page }) => {
    await page.goto('/account');
    await waitForLoader(page);
    const m = moments(page);
    const button = page.locator('#cancel-policy');
    const badge = page.locator('#contents-status');
    await expect(badge).toHaveText('Active');

    await button.click();
    const dialog = page.getByRole('alertdialog', { name: 'Cancel your home contents policy?' });
    await expect(dialog, 'Situ asks first').toBeVisible({ timeout: 10_000 });
    await expect(dialog).toHaveAccessibleDescription(/no longer insured from midnight tonight/);
    await expect.poll(() => focusedElement(page), { message: 'focus starts on the safe choice' }).toBe('button[data-situ="ask-cancel"]');
    await expect(m.askCancel).toHaveText('Keep my policy');
    await expect(m.askConfirm).toHaveText('Cancel the policy');
    expect(await peopleLinks(m.askPeople), 'not sure? the ways to a person').toEqual(PEOPLE);
    await m.askCancel.click();
    await expect(m.ask).toHaveCount(0);
    await expect(page.locator('#cancel-policy-status'), 'no: the page says it stays').toHaveText('Your home contents policy stays active.');
    await expect(badge, 'still active').toHaveText('Active');
    await expect(m.confirmation, 'no confirmation for a no').toHaveCount(0);
    await expect(button, 'focus back on the button').toBeFocused();

    await button.click();
    await expect(dialog).toBeVisible();
    await m.askArticle.click();
    await expect(m.askArticleBody, 'the article about cancelling, inside the question').toBeVisible();
    await m.askConfirm.click();
    await expect(m.ask).toHaveCount(0);
    await expect(badge, 'yes: cancelled').toHaveText('Cancelled');
    await expect(button, 'nothing left to cancel').toBeDisabled();
    await expect(m.confirmation.locator('.card-title'), 'and confirmed').toHaveText('Your home contents policy is cancelled', { timeout: 10_000 });
    await expect(m.confirmationReference).toHaveText(/^Reference: CX-/);
    await expectInActivity(page, SITE, 'Your home contents policy is cancelled', 'after cancelling');
  });

  test('by keyboard: Enter on "Cancel home contents", Escape keeps the policy; again, Tab and Enter cancel it', async ({ page }) => {
    await page.goto('/account');
    await waitForLoader(page);
    const m = moments(page);
    await page.locator('#cancel-policy').focus();
    await page.keyboard.press('Enter');
    await expect(m.ask).toBeVisible({ timeout: 10_000 });
    await expect.poll(() => focusedElement(page)).toBe('button[data-situ="ask-cancel"]');
    await page.keyboard.press('Escape');
    await expect(page.locator('#cancel-policy-status')).toHaveText('Your home contents policy stays active.');
    await expect(page.locator('#contents-status')).toHaveText('Active');
    await expect(page.locator('#cancel-policy'), 'focus back on the button').toBeFocused();

    await page.keyboard.press('Enter');
    await expect(m.ask).toBeVisible();
    await expect.poll(() => focusedElement(page)).toBe('button[data-situ="ask-cancel"]');
    await page.keyboard.press('Tab');
    expect(await focusedElement(page)).toBe('button[data-situ="ask-confirm"]');
    await page.keyboard.press('Enter');
    await expect(page.locator('#contents-status')).toHaveText('Cancelled');
    await expect(m.confirmation.locator('.card-title')).toHaveText('Your home contents policy is cancelled', { timeout: 10_000 });
  });
});
