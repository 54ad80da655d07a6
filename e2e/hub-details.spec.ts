import type { Page } from '@playwright/test';
import { portalConfig } from './support/config';
import { describeBox, widths, within } from './support/geometry';
import { nativeSearchCancel } from './support/native';
import { recordStatusTexts, statusTexts } from './support/recorders';
import { closePanel, currentHelp, expectSuggestions, focusedInSitu, openPanel, settleAnimations, situ, type Article } from './support/situ';
import { expect, test } from './support/test';

// The hub's small details, on the demo portal's payment page (and a Dutch fixture for the
// Dutch clear button). Text is typed key by key, as a person types it.

const config = portalConfig();
const PAY = '/billing/pay';

/** Opens the hub on /billing/pay and, with a click on it, the first suggested article; returns it. */
async function openFirstArticle(page: Page): Promise<Article> {
  const s = situ(page);
  await page.goto(PAY);
  await openPanel(page);
  const first = (await currentHelp(page, config)).articles[0]!;
  await s.suggestions.locator(`button[data-situ="article-link"][data-article-id="${first.id}"]`).click();
  await expect(s.articleTitle).toHaveText(first.title);
  // The body renders a moment after the title; a person reads it before answering.
  await expect(s.articleBody).not.toBeEmpty();
  return first;
}

/** Types `text` into the hub's search field, key by key. */
async function typeQuery(page: Page, text: string, delay = 30) {
  const s = situ(page);
  await s.search.click();
  await s.search.pressSequentially(text, { delay });
}

// 1. Focus after "Did this help?"
for (const answer of ['rate-yes', 'rate-no'] as const) {
  test(`after "Did this help?" (${answer}) focus stays inside the panel`, async ({ page }) => {
    const s = situ(page);
    await openFirstArticle(page);
    await s.article.locator(`button[data-situ="${answer}"]`).click();
    await expect(s.article).toContainText('Thank you for your feedback.');
    // The pressed button goes away; focus must land somewhere in the dialog, not on <body>.
    await expect
      .poll(() => focusedInSitu(page), { message: 'the focused element after answering "Did this help?"' })
      .toMatchObject({ inSitu: true, inPanel: true });
  });
}

// 2. Ratings are remembered
test('a rating is remembered after a reload: no question again, the thanks show', async ({ page }) => {
  const s = situ(page);
  const first = await openFirstArticle(page);
  await s.rateYes.click();
  await expect(s.article).toContainText('Thank you for your feedback.');

  await page.reload();
  await openPanel(page);
  await s.suggestions.locator(`button[data-situ="article-link"][data-article-id="${first.id}"]`).click();
  await expect(s.articleTitle).toHaveText(first.title);
  await expect(s.article, 'the thanks for the earlier answer').toContainText('Thank you for your feedback.');
  await expect(s.rateYes).toHaveCount(0);
  await expect(s.rateNo).toHaveCount(0);
});

// 3. Short queries and a calm live region
test('one or two letters never say "No articles match"', async ({ page }) => {
  const s = situ(page);
  await page.goto(PAY);
  await openPanel(page);
  await recordStatusTexts(page);
  const samples: string[] = [];
  for (const key of ['c', 'a']) {
    await s.search.pressSequentially(key, { delay: 30 });
    samples.push((await page.locator('[data-situ="results-status"]').allTextContents()).join(' '));
    // Again once any search or debounce has had time to run.
    await page.waitForTimeout(1_000);
    samples.push((await page.locator('[data-situ="results-status"]').allTextContents()).join(' '));
  }
  await expect(s.search).toHaveValue('ca');
  const all = [...samples, ...(await statusTexts(page))];
  expect(
    all.filter((t) => t.includes('No articles match')),
    `status texts while typing "c", "a": ${JSON.stringify(all)}`,
  ).toEqual([]);
});

test('the status is not re-announced on every keystroke, and ends with the count found', async ({ page }) => {
  const s = situ(page);
  await page.goto(PAY);
  await openPanel(page);
  await s.search.click();
  await recordStatusTexts(page);
  await s.search.pressSequentially('meter reading', { delay: 80 });
  const nonEmpty = async () => [...new Set((await statusTexts(page)).filter((t) => t !== ''))];

  // While typing: at most two texts (say "Searching…" and the count), not one per keystroke.
  const whileTyping = await nonEmpty();
  expect(whileTyping.length, `distinct status texts while typing "meter reading": ${JSON.stringify(await statusTexts(page))}`).toBeLessThanOrEqual(2);

  // Then the final text states how many articles were found, and the list shows that many.
  await expect(s.resultsStatus).toHaveText(/^\s*\d+ articles? found\s*$/, { timeout: 5_000 });
  const said = Number((await s.resultsStatus.textContent())!.match(/(\d+) articles? found/)![1]);
  await expect(s.resultLinks).toHaveCount(said);
  const all = await nonEmpty();
  expect(all.length, `distinct status texts up to the final count: ${JSON.stringify(await statusTexts(page))}`).toBeLessThanOrEqual(2);
  expect(all.at(-1), 'the last text is the count').toMatch(/^\d+ articles? found$/);
});

test('a space typed between words stays in the search field', async ({ page }) => {
  const s = situ(page);
  await page.goto(PAY);
  await openPanel(page);
  await typeQuery(page, 'meter reading', 80);
  await expect(s.search).toHaveValue('meter reading');
});

// 4. Clear button
test('the clear button empties the field, shows home and leaves focus in the field', async ({ page }) => {
  const s = situ(page);
  await page.goto(PAY);
  await openPanel(page);
  await typeQuery(page, 'meter');
  await expect(s.results).toBeVisible();

  const clear = s.panel.locator('button[data-situ="search-clear"]');
  await expect(clear).toBeVisible();
  await expect(clear).toHaveAccessibleName('Clear search');
  await clear.click();

  await expect(s.search).toHaveValue('');
  await expectSuggestions(page, await currentHelp(page, config));
  await expect.poll(() => focusedInSitu(page), { message: 'focus after "Clear search"' }).toMatchObject({ inPanel: true, situ: 'search' });
});

test('the clear button is named in Dutch on a Dutch page', async ({ page }) => {
  const s = situ(page);
  await page.goto('/e2e/nl.html');
  await openPanel(page);
  // The Dutch messages have arrived once the field is labelled in Dutch.
  await expect(s.search).toHaveAccessibleName('Zoek in de hulpartikelen');
  await typeQuery(page, 'wachtwoord');
  const clear = s.panel.locator('button[data-situ="search-clear"]');
  await expect(clear).toBeVisible();
  await expect(clear).toHaveAccessibleName('Zoekopdracht wissen');
});

test("the browser's own clear (cancel) button in the search field is hidden", async ({ page }) => {
  const s = situ(page);
  await page.goto(PAY);
  await openPanel(page);
  await typeQuery(page, 'meter');
  await expect(s.search).toHaveValue('meter');
  // getComputedStyle(input, '::-webkit-search-cancel-button') answers with the input's own style
  // in Chromium, so the part's style is read through the DevTools protocol. (search.spec.ts keeps
  // the field type=search, so in practice: display: none on that part.)
  const native = await nativeSearchCancel(page);
  expect(native.type !== 'search' || native.display === 'none', `the native cancel button: ${JSON.stringify(native)}`).toBe(true);
});

// 5. A very long query
test('a 300-character query does not overflow the panel', async ({ page }) => {
  test.setTimeout(90_000);
  const s = situ(page);
  await page.goto(PAY);
  await openPanel(page);
  // A pasted reference or URL-like string: no spaces to break at.
  const query = 'meterreadingelectricitygasbill'.repeat(10);
  expect(query).toHaveLength(300);
  await s.search.click();
  await s.search.pressSequentially(query, { delay: 0 });
  await expect(s.search).toHaveValue(query);
  await expect(s.resultsStatus).not.toHaveText(/^\s*$|^\s*Searching…\s*$/, { timeout: 10_000 });
  await settleAnimations(page);

  const panel = await widths(s.panel);
  expect(panel.scrollWidth, `panel widths ${JSON.stringify(panel)}`).toBeLessThanOrEqual(panel.clientWidth + 1);
  const status = await widths(s.resultsStatus);
  expect(status.scrollWidth, `status widths ${JSON.stringify(status)}`).toBeLessThanOrEqual(status.clientWidth + 1);
  const panelBox = await s.panel.boundingBox();
  const statusBox = await s.resultsStatus.boundingBox();
  expect(panelBox && statusBox && within(statusBox, panelBox), `status ${describeBox(statusBox)} within panel ${describeBox(panelBox)}`).toBe(
    true,
  );
});

// 6. The launcher says what it does
test('the launcher is named "Close help" while the hub is open, "Open help" when closed', async ({ page }) => {
  const s = situ(page);
  await page.goto(PAY);
  await openPanel(page);
  await expect(s.launcher).toHaveAccessibleName('Close help');
  await closePanel(page);
  await expect(s.launcher).toHaveAccessibleName('Open help');
});

// 7. The panel's title in the article view
test('in the article view the panel title says "Help article", not "Need help?"', async ({ page }) => {
  const s = situ(page);
  await openFirstArticle(page);
  const title = s.panel.locator('#situ-panel-title');
  await expect(title).not.toHaveText('Need help?');
  await expect(title).toHaveText('Help article');
});
