import { portalConfig, uniqueTitleWord, withTypo } from './support/config';
import { articleIds, clearByKeyboard, openPanel, situ } from './support/situ';
import { expect, test } from './support/test';

const config = portalConfig();
const { article, word } = uniqueTitleWord(config.articles);

test.beforeEach(async ({ page }) => {
  await page.goto('/account');
  await openPanel(page);
});

/** Asserts the status line counts exactly the results listed. */
async function expectCountMatches(page: import('@playwright/test').Page) {
  const { resultsStatus, resultLinks } = situ(page);
  await expect(resultsStatus).toHaveText(/\d+ articles? found/);
  const shown = await resultLinks.count();
  const said = Number((await resultsStatus.textContent())!.match(/(\d+) articles? found/)![1]);
  expect(said, `"${await resultsStatus.textContent()}" vs ${shown} results listed`).toBe(shown);
}

test(`typing a prefix of "${word}" finds "${article.title}" while typing`, async ({ page }) => {
  const s = situ(page);
  const prefix = word.slice(0, 4);
  await s.search.click();
  await s.search.pressSequentially(prefix, { delay: 40 });
  await expect(s.results).toBeVisible();
  await expect(s.results.locator(`button[data-situ="article-link"][data-article-id="${article.id}"]`)).toHaveText(
    new RegExp(article.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
  );
  await expectCountMatches(page);
  // The home suggestions give way to the results while a query stands.
  await expect(s.suggestions).toBeHidden();
});

test(`a one-letter typo ("${withTypo(word)}") still finds "${article.title}"`, async ({ page }) => {
  const s = situ(page);
  await s.search.pressSequentially(withTypo(word), { delay: 20 });
  await expect(s.results).toBeVisible();
  await expect.poll(() => articleIds(s.resultLinks), { message: `results for "${withTypo(word)}"` }).toContain(article.id);
  await expectCountMatches(page);
});

test('a query that matches nothing says so', async ({ page }) => {
  const s = situ(page);
  await s.search.pressSequentially('zqxjvwk', { delay: 20 });
  await expect(s.results).toBeVisible();
  await expect(s.resultsStatus).toHaveText(/no articles/i);
  await expect(s.resultsStatus).toContainText('zqxjvwk');
  await expect(s.resultLinks).toHaveCount(0);
});

test('the results status is a polite live region and the field is labelled', async ({ page }) => {
  const s = situ(page);
  await expect(s.search).toHaveAttribute('type', 'search');
  await expect(s.search).toHaveAccessibleName(/\S/);
  await s.search.pressSequentially(word.slice(0, 4), { delay: 20 });
  await expect(s.resultsStatus).toBeAttached();
  const live = await s.resultsStatus.evaluate((el) => ({ live: el.getAttribute('aria-live'), role: el.getAttribute('role') }));
  expect(live.live === 'polite' || (live.role === 'status' && live.live !== 'assertive' && live.live !== 'off'), JSON.stringify(live)).toBe(true);
});

test('clearing the query brings the home suggestions back', async ({ page }) => {
  const s = situ(page);
  await s.search.pressSequentially(word, { delay: 20 });
  await expect(s.results).toBeVisible();
  await clearByKeyboard(s.search);
  await expect(s.results).toBeHidden();
  await expect(s.suggestions).toBeVisible();
});
