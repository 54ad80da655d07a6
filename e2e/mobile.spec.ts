import { openPanel, situ, waitForLauncher } from './support/situ';
import { expect, test } from './support/test';

test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

test('at 375×740 the open hub fills the viewport', async ({ page }) => {
  await page.goto('/account');
  await waitForLauncher(page);
  const s = situ(page);
  const launcher = (await s.launcher.boundingBox())!;
  expect(launcher.x >= 0 && launcher.y >= 0 && launcher.x + launcher.width <= 375 && launcher.y + launcher.height <= 740, JSON.stringify(launcher)).toBe(true);

  await openPanel(page);
  const box = (await s.panel.boundingBox())!;
  expect(box.x).toBeCloseTo(0, 0);
  expect(box.y).toBeCloseTo(0, 0);
  expect(box.width).toBeCloseTo(375, 0);
  expect(box.height).toBeCloseTo(740, 0);

  // Nothing inside spills sideways, and the close button and search field are on screen.
  expect(await s.panel.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  for (const part of [s.close, s.search, s.suggestionLinks.first()]) {
    await expect(part).toBeInViewport({ ratio: 1 });
  }
  await s.close.tap();
  await expect(s.panel).toBeHidden();
});
