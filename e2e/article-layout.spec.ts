import { expect, test } from './support/test';
import { openPanel, situ } from './support/situ';

/** Where the "Did this help?" group is in the first frame after a click, and once all has settled. */
async function rateGroupTops(page: import('@playwright/test').Page, link: import('@playwright/test').Locator) {
  await link.hover();
  // A person's hover comes a moment before the click: the renderer and the parser load meanwhile.
  await page.waitForTimeout(600);
  await link.evaluate((el) => {
    const w = window as unknown as { __firstTop?: number | null };
    w.__firstTop = undefined;
    (el as HTMLElement).click();
    requestAnimationFrame(() => {
      const rate = document.querySelector('situ-root')?.shadowRoot?.querySelector('[data-situ="rate-yes"]');
      w.__firstTop = rate ? Math.round(rate.getBoundingClientRect().top) : null;
    });
  });
  await expect.poll(() => page.evaluate(() => (window as unknown as { __firstTop?: number | null }).__firstTop)).not.toBeUndefined();
  const first = await page.evaluate(() => (window as unknown as { __firstTop: number | null }).__firstTop);
  await expect(situ(page).articleBody).not.toBeEmpty();
  await page.waitForTimeout(400);
  const settled = Math.round((await situ(page).rateYes.boundingBox())!.y);
  return { first, settled };
}

// Spec: no layout shift. The article's body is in place in the first frame after the click, so
// "Did this help?" does not jump down under the visitor's pointer.
test('an article opened from the list is laid out in its first frame: "Did this help?" does not move', async ({ page }) => {
  await page.goto('/billing/pay');
  await openPanel(page);
  const s = situ(page);
  const first = await rateGroupTops(page, s.suggestionLinks.first());
  expect(first.first, 'the rating buttons in the first frame').toBe(first.settled);
  // And again for a second article, when everything is cached.
  await s.back.click();
  const second = await rateGroupTops(page, s.suggestionLinks.nth(1));
  expect(second.first).toBe(second.settled);
});
