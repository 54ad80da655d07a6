import type { Page } from '@playwright/test';
import { pathnamesOf, portalConfig } from './support/config';
import { closePanel, currentHelp, expectSuggestions, openPanel, situ, startsWith, typeDate } from './support/situ';
import { expect, test } from './support/test';

const config = portalConfig();

/** Opens the hub, checks the home view against the config for where the page is now, closes it. */
async function expectHelpHere(page: Page, pageId: string, stepId?: string | null) {
  const help = await currentHelp(page, config);
  expect(help.pageId, 'the configured page for this URL').toBe(pageId);
  if (stepId !== undefined) expect(help.stepId, 'the step whose `when` element is rendered').toBe(stepId);
  await openPanel(page);
  await expectSuggestions(page, help);
  await closePanel(page);
  return help;
}

/** The page's own Next/Back button of the visible step (hidden steps are out of the accessibility tree). */
const nextButton = (page: Page) => page.getByRole('button', { name: /^next\b/i });
const backButton = (page: Page) => page.getByRole('button', { name: /^back\b/i });

/** A date `days` from today, as the `YYYY-MM-DD` a date input takes. */
const isoDaysAhead = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Marks the document; the mark survives only if no reload happens. */
const markDocument = (page: Page) => page.evaluate(() => ((window as unknown as { __noReload: number }).__noReload = 42));
const documentMark = (page: Page) => page.evaluate(() => (window as unknown as { __noReload?: number }).__noReload);

test('each portal page offers its own articles', async ({ page }) => {
  const seen = new Map<string, string>();
  for (const path of [...new Set(config.pages.flatMap(pathnamesOf))]) {
    await page.goto(path);
    const help = await currentHelp(page, config);
    await openPanel(page);
    await expectSuggestions(page, help);
    seen.set(path, help.articles.map((a) => a.id).join(','));
  }
  expect(new Set(seen.values()).size, `distinct article lists over ${seen.size} pages`).toBeGreaterThan(1);
});

test('the claim flow: step 1, Next to step 2, Next to step 3, Back to step 2', async ({ page }) => {
  await page.goto('/claims/new');
  const claim = config.page('claim');
  const [s1, s2, s3] = claim.steps ?? [];
  expect([s1?.id, s2?.id, s3?.id]).toEqual(['what', 'details', 'review']);

  const step1 = await expectHelpHere(page, 'claim', 'what');
  if (s1!.articles?.length) expect(step1.heading).toBe('Help for this step');

  await page.getByRole('radio', { name: /home contents/i }).check();
  await page.getByRole('radio', { name: /water damage/i }).check();
  await page.locator('#claim-description').pressSequentially('The washing machine leaked into the kitchen overnight.', { delay: 20 });
  await nextButton(page).click();
  await expect(page.locator('#claim-step-2')).toBeVisible();
  await expectHelpHere(page, 'claim', 'details');

  await typeDate(page.locator('#claim-date'), isoDaysAhead(-2));
  await nextButton(page).click();
  await expect(page.locator('#claim-step-3')).toBeVisible();
  await expectHelpHere(page, 'claim', 'review');

  await backButton(page).click();
  await expect(page.locator('#claim-step-2')).toBeVisible();
  await expectHelpHere(page, 'claim', 'details');
});

test('the step changes while the hub is open', async ({ page }) => {
  await page.goto('/claims/new');
  const first = await currentHelp(page, config);
  await openPanel(page);
  await expectSuggestions(page, first);
  // The page switches steps by itself (as a timer or a server push would) while the hub is open.
  await page.evaluate(() => {
    document.querySelector('#claim-step-1')!.setAttribute('hidden', '');
    document.querySelector('#claim-step-2')!.removeAttribute('hidden');
  });
  await expectSuggestions(page, config.expectedHelp('claim', 'details'));
});

test('the move flow (a pushState SPA): its buttons, links and history.back() update the help without a reload', async ({ page }) => {
  await page.goto('/move');
  await markDocument(page);
  await expectHelpHere(page, 'move-address');

  // Step 1 → 2 with the page's own form.
  await page.locator('#move-postcode').pressSequentially('3511 LK', { delay: 20 });
  await page.locator('#move-house-number').pressSequentially('7', { delay: 20 });
  await page.locator('#move-street').pressSequentially('Oudegracht', { delay: 20 });
  await page.locator('#move-city').pressSequentially('Utrecht', { delay: 20 });
  await page.getByRole('button', { name: /^next\b/i }).click();
  await expect(page).toHaveURL(/\/move\/date$/);
  await expectHelpHere(page, 'move-date');

  // A link in the page back to step 1.
  await page.getByRole('link', { name: 'Back', exact: true }).click();
  await expect(page).toHaveURL(/\/move$/);
  await expectHelpHere(page, 'move-address');

  // The browser's history.
  await page.evaluate(() => history.back());
  await expect(page).toHaveURL(/\/move\/date$/);
  await expectHelpHere(page, 'move-date');

  await typeDate(page.locator('#move-date'), isoDaysAhead(21));
  await page.getByRole('button', { name: /confirm/i }).click();
  await expect(page).toHaveURL(/\/move\/done$/);
  await expectHelpHere(page, 'move-done');

  await page.evaluate(() => history.back());
  await expect(page).toHaveURL(/\/move\/date$/);
  await expectHelpHere(page, 'move-date');

  expect(await documentMark(page), 'the same document all along (no reload)').toBe(42);
});

test('the payment page shows the card step’s help', async ({ page }) => {
  await page.goto('/billing/pay');
  await expect(page.locator('#card-form')).toBeVisible();
  const help = await expectHelpHere(page, 'payment', 'card');
  const cardStep = config.page('payment').steps!.find((s) => s.id === 'card')!;
  expect(cardStep.articles?.length, 'the card step has articles of its own in the config').toBeGreaterThan(0);
  expect(help.heading).toBe('Help for this step');
  await openPanel(page);
  await expect(situ(page).suggestionHeading).toHaveText('Help for this step');
  await expect(situ(page).suggestionLinks.first()).toHaveText(startsWith(config.article(cardStep.articles![0]!).title));
});
