import type { Locator, Page } from '@playwright/test';
import { describeBox, intersects, type Box } from './support/geometry';
import { settleAnimations, situ, waitForLauncher, watchConsole } from './support/situ';
import { expect, test } from './support/test';

// The launcher never sits on the page's next action, and a site can move it off its own
// fixed UI with `theme.offset`. The viewport is the config's 1280x800 throughout.

test.use({ viewport: { width: 1280, height: 800 } });

/** The launcher's box (null when it is not rendered) and another element's, once animations settle. */
async function boxes(page: Page, other: Locator): Promise<{ launcher: Box | null; other: Box | null }> {
  await settleAnimations(page);
  return { launcher: await situ(page).launcher.boundingBox(), other: await other.boundingBox() };
}

const overlapMessage = (what: string, b: { launcher: Box | null; other: Box | null }) =>
  `launcher ${describeBox(b.launcher)} vs ${what} ${describeBox(b.other)}`;

test('on /cards/lost the launcher does not cover the 24/7 blocking-line phone button', async ({ page }) => {
  await page.goto('/cards/lost');
  await waitForLauncher(page);
  await page.waitForLoadState('networkidle'); // the hub code too, in case it moves the launcher
  // The aside's "Can't get online?" button, tel:+31201234599; at 1280x800 it ends near the
  // bottom-right corner of the first screen.
  const phone = page.locator('aside a.btn[href="tel:+31201234599"]');
  await expect(phone).toBeVisible();
  await expect(situ(page).launcher).toBeVisible();
  const b = await boxes(page, phone);
  expect(b.launcher, 'the launcher is shown').not.toBeNull();
  expect(intersects(b.launcher!, b.other!), overlapMessage('phone button', b)).toBe(false);
});

test('focusing a text field fixed at the bottom-right leaves the launcher off it', async ({ page }) => {
  await page.goto('/e2e/corner-field.html');
  await waitForLauncher(page);
  await page.waitForLoadState('networkidle');
  const field = page.locator('#corner-message');
  await field.click();
  await expect(field).toBeFocused();
  await expect
    .poll(
      async () => {
        const b = await boxes(page, field);
        return b.launcher === null || !intersects(b.launcher, b.other!) ? 'clear' : overlapMessage('field', b);
      },
      { message: 'the launcher overlaps the focused field' },
    )
    .toBe('clear');
  // Typing in it works and goes to the field.
  await field.pressSequentially('Hello', { delay: 30 });
  await expect(field).toHaveValue('Hello');
});

test('theme.offset {x: 40, y: 100} places the launcher 40 px from the right and 100 px from the bottom', async ({ page }) => {
  const log = watchConsole(page);
  await page.goto('/e2e/offset.html');
  await waitForLauncher(page);
  const edges = async () => {
    const box = await situ(page).launcher.boundingBox();
    const viewport = page.viewportSize()!;
    return box ? { right: Math.round(viewport.width - (box.x + box.width)), bottom: Math.round(viewport.height - (box.y + box.height)) } : null;
  };
  const near = (e: { right: number; bottom: number } | null) => !!e && Math.abs(e.right - 40) <= 2 && Math.abs(e.bottom - 100) <= 2;
  // From the launcher's first paint (the loader's) ...
  expect(near(await edges()), `launcher edges from the viewport on first paint: ${JSON.stringify(await edges())}`).toBe(true);
  // ... and still once the hub code has loaded and applied the validated config.
  await page.waitForLoadState('networkidle');
  await settleAnimations(page);
  expect(near(await edges()), `launcher edges once the hub has loaded: ${JSON.stringify(await edges())}`).toBe(true);
  expect(log.situErrors(), 'theme.offset is a valid field: no config problem').toEqual([]);
});
