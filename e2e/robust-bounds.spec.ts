import { expect, test } from './support/test';
import { openPanel, situ } from './support/situ';

// Cost bounds (docs/robustness.md): a huge paste is searched by its first 200 characters. The
// time it takes depends on the machine, so it is printed, never asserted.
test('a 100 KB paste into search: the field keeps it, the search answers, the page stays responsive', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __long: number[] };
    w.__long = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__long.push(Math.round(e.duration)))).observe({ type: 'longtask', buffered: true });
  });
  await page.goto('/billing/pay');
  await openPanel(page);
  const field = situ(page).search;
  await field.click();
  const paste = `card declined ${'lorem ipsum dolor sit amet '.repeat(4000)}`;
  // A paste, as the browser delivers it: one input event with the whole text.
  await field.evaluate((el, text) => {
    (el as HTMLInputElement).value = text;
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: text }));
  }, paste);
  await expect(situ(page).resultsStatus).toHaveText(/found|No articles match/, { timeout: 10_000 });
  expect(await field.inputValue()).toHaveLength(paste.length);
  const longest = await page.evaluate(() => Math.max(0, ...(window as unknown as { __long: number[] }).__long));
  console.log(`robust-bounds: a ${paste.length}-character paste; longest task ${longest} ms`);
  // The page's own field still takes typing afterwards.
  await page.locator('#card-name').click();
  await page.locator('#card-name').pressSequentially('Sanne', { delay: 30 });
  await expect(page.locator('#card-name')).toHaveValue('Sanne');
});
