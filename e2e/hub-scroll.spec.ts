import type { Locator, Page } from '@playwright/test';
import { portalConfig } from './support/config';
import { hubScroll, openPanel, situ, suggestionLink, typeKeys, typeSearch, wheelHub } from './support/situ';
import { expect, test } from './support/test';

// Each view of the hub keeps its own scroll position: an article opens at its top, and Back
// returns to the previous view where the visitor had scrolled it.

const config = portalConfig();
const NAME = 'Sanne de Vries';

test.use({ viewport: { width: 1280, height: 800 } });

/** The first of `links` that lies fully inside the hub's scrolling container as it is now. */
async function firstLinkInView(page: Page, links: Locator): Promise<Locator> {
  const box = await hubScroll(page);
  const n = await links.count();
  for (let i = 0; i < n; i++) {
    const b = await links.nth(i).boundingBox();
    if (b && b.y >= box.y && b.y + b.height <= box.y + box.height) return links.nth(i);
  }
  throw new Error(`e2e: none of ${n} links is fully inside the hub's scrolling container`);
}

/** Waits until the article on screen is fully rendered (its body is inserted after the title) and taller than its container. */
async function articleRendered(page: Page, id: string) {
  const s = situ(page);
  await expect(s.articleTitle).toHaveText(config.article(id).title);
  await expect(s.articleBody).toContainText(/\w{3,}/);
  await expect
    .poll(async () => (await hubScroll(page)).max, { message: `the article "${id}" is taller than the hub's scrolling container` })
    .toBeGreaterThan(100);
}

/** Expects the hub's scrolling container (for the view now on screen) to settle at `top` (±2 px). */
async function expectScrollTop(page: Page, top: number, message: string) {
  const now = async () => (await hubScroll(page)).top;
  await expect.poll(now, { message: `${message}: scrollTop ${top} ±2`, timeout: 3_000 }).toBeGreaterThanOrEqual(top - 2);
  await expect.poll(now, { message: `${message}: scrollTop ${top} ±2`, timeout: 3_000 }).toBeLessThanOrEqual(top + 2);
}

test('search results scrolled down → an article opens at its top → Back restores the results where they were', async ({ page }) => {
  const s = situ(page);
  await page.goto('/billing/pay');
  await typeKeys(page.locator('#card-name'), NAME);
  await openPanel(page);

  // A common word: many results, more than the hub shows at once.
  await typeSearch(page, 'bill');
  await expect(s.resultsStatus).toHaveText(/\d+ articles? found/);
  const list = await hubScroll(page);
  expect(list.max, `the results overflow their container (${list.what})`).toBeGreaterThan(400);

  const scrolled = await wheelHub(page, 500);
  expect(scrolled.top, 'the wheel scrolled the results').toBeGreaterThan(200);
  const resultsTop = scrolled.top;

  const link = await firstLinkInView(page, s.resultLinks);
  const id = (await link.getAttribute('data-article-id'))!;
  await link.click();
  await articleRendered(page, id);
  await expectScrollTop(page, 0, `the article "${id}" opens at its top`);

  await s.back.click();
  await expect(s.results).toBeVisible();
  await expect(s.search).toHaveValue('bill');
  await expectScrollTop(page, resultsTop, 'Back restores the results at the position they had');

  await expect(page.locator('#card-name')).toHaveValue(NAME);
});

test('an article scrolled to its related links → a related article opens at its top → Back restores the first where it was', async ({ page }) => {
  const s = situ(page);
  await page.goto('/billing/pay');
  await typeKeys(page.locator('#card-name'), NAME);
  await openPanel(page);

  const first = config.article('pay-outstanding-bill');
  await suggestionLink(page, first.id).click();
  await articleRendered(page, first.id);
  await expectScrollTop(page, 0, `"${first.id}" opens at its top`);

  // Down to the related articles at the bottom, wheel turn by wheel turn.
  let bottom = await hubScroll(page);
  for (let i = 0; i < 10 && bottom.top < bottom.max - 2; i++) bottom = await wheelHub(page, 600);
  await expect(s.relatedLinks.first()).toBeInViewport();
  expect(bottom.top, 'the wheel scrolled the article').toBeGreaterThan(200);
  const firstTop = bottom.top;

  const link = await firstLinkInView(page, s.relatedLinks);
  const id = (await link.getAttribute('data-article-id'))!;
  await link.click();
  await articleRendered(page, id);
  await expectScrollTop(page, 0, `the related article "${id}" opens at its top`);

  await s.back.click();
  await articleRendered(page, first.id);
  await expectScrollTop(page, firstTop, `Back restores "${first.id}" at the position it had`);

  await expect(page.locator('#card-name')).toHaveValue(NAME);
});
