import type { Page } from '@playwright/test';
import { portalConfig } from './support/config';
import { closePanel, currentHelp, expectSuggestions, openPanel, situ, suggestionLink, typeKeys } from './support/situ';
import { expect, test } from './support/test';

// The hub reopens where the visitor left it only while they are still where they were. Once the
// page's step has moved on (the visitor advanced the form), the launcher opens the hub's home with
// the help for the new step, not the article read on the step before.

const config = portalConfig();

/** Opens the hub with the launcher and expects its home with the help for where the page is now. */
async function expectHomeWithHelpHere(page: Page, pageId: string, stepId: string | null) {
  const s = situ(page);
  const help = await currentHelp(page, config);
  expect(help.pageId, 'the configured page for this URL').toBe(pageId);
  expect(help.stepId, 'the step whose `when` element is rendered').toBe(stepId);
  await openPanel(page);
  await expect(s.article, 'no article: the hub opens at home once the step changed').toHaveCount(0);
  await expect(s.suggestions).toBeVisible();
  await expectSuggestions(page, help);
}

/** Opens the hub, opens the suggested article `id`, and closes the hub with Escape. */
async function readArticleThenClose(page: Page, id: string) {
  const s = situ(page);
  await openPanel(page);
  await suggestionLink(page, id).click();
  await expect(s.article).toBeVisible();
  await expect(s.articleTitle).toHaveText(config.article(id).title);
  await closePanel(page);
}

/** A future expiry date, as the four digits a person types for MM/YY. */
function futureExpiryDigits(): { digits: string; shown: string } {
  const yy = String((new Date().getFullYear() + 2) % 100).padStart(2, '0');
  return { digits: `12${yy}`, shown: `12/${yy}` };
}

test('claim: reopened unchanged it shows the article left open; after Next it shows step 2’s help at home', async ({ page }) => {
  const s = situ(page);
  await page.goto('/claims/new');
  const step1 = config.page('claim').steps!.find((st) => st.id === 'what')!;
  const read = step1.articles![0]!;

  // Step 1: read one of its suggested articles, close with Escape.
  const before = await currentHelp(page, config);
  expect(before.stepId).toBe('what');
  await readArticleThenClose(page, read);

  // Nothing changed: the launcher reopens the hub on that article.
  await openPanel(page);
  await expect(s.article, 'unchanged page and step: the article where it was left').toBeVisible();
  await expect(s.articleTitle).toHaveText(config.article(read).title);
  await closePanel(page);

  // Step 1 → 2 as a person does: choose the tiles, type the description, press Next.
  await page.locator('label.choice', { hasText: 'Home contents' }).click();
  await expect(page.getByRole('radio', { name: /home contents/i })).toBeChecked();
  await page.locator('label.choice', { hasText: 'Water damage or leak' }).click();
  await expect(page.getByRole('radio', { name: /water damage/i })).toBeChecked();
  const description = 'The washing machine leaked into the kitchen overnight.';
  await typeKeys(page.locator('#claim-description'), description);
  await page.getByRole('button', { name: 'Next: when and where' }).click();
  await expect(page.locator('#claim-step-2')).toBeVisible();

  // A field of step 2 holds typed text while the visitor uses the help.
  const time = 'around 14:30';
  await typeKeys(page.locator('#claim-time'), time);

  await expectHomeWithHelpHere(page, 'claim', 'details');
  await expect(s.suggestionHeading).toHaveText('Help for this step');
  await expect(s.suggestionLinks.first()).toHaveAttribute('data-article-id', config.page('claim').steps![1]!.articles![0]!);
  await closePanel(page);

  await expect(page.locator('#claim-time')).toHaveValue(time);
  await expect(page.locator('#claim-step-2')).toBeVisible();
});

test('pay: after a successful payment the reopened hub shows the help for the page now, not the article read before', async ({ page }) => {
  const s = situ(page);
  await page.goto('/billing/pay');
  const before = await currentHelp(page, config);
  expect(before.stepId, 'the card form is the `card` step').toBe('card');

  // Read the card step's first article, close with Escape.
  const read = config.page('payment').steps!.find((st) => st.id === 'card')!.articles![0]!;
  await readArticleThenClose(page, read);

  // Pay with the demo's successful card, typing every field key by key.
  const expiry = futureExpiryDigits();
  await typeKeys(page.locator('#card-name'), 'Sanne de Vries');
  await typeKeys(page.locator('#card-number'), '4242424242424242');
  await expect(page.locator('#card-number')).toHaveValue('4242 4242 4242 4242');
  await typeKeys(page.locator('#expiry'), expiry.digits);
  await expect(page.locator('#expiry')).toHaveValue(expiry.shown);
  await typeKeys(page.locator('#cvc'), '123');
  await page.locator('#pay').click();
  await expect(page.locator('#payment-done'), 'the demo payment succeeds').toBeVisible({ timeout: 10_000 });
  await expect(page.locator('#card-form')).toBeHidden();

  // The card step is over (the config has no step for the receipt, so the page's own help applies).
  const after = await currentHelp(page, config);
  expect(after.stepId, 'no card step once the form is gone').not.toBe('card');
  expect(after.articles.map((a) => a.id)).not.toEqual(before.articles.map((a) => a.id));
  await expectHomeWithHelpHere(page, 'payment', after.stepId);
  await expect(s.panel.locator(`[data-article-id="${read}"]`), `"${read}" belonged to the card step`).toHaveCount(0);
});
