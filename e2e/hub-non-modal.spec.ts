import { focusedInSitu, hitsSitu, isModal, openPanel, situ, typeKeys } from './support/situ';
import { expect, test } from './support/test';

// On a wide screen the hub sits beside the page: the visitor can keep filling in the page's form
// while the help is open. It is a non-modal dialog there (no inert page, no focus trap), yet still
// drawn above the page's own fixed layers. Only where it covers the page (narrow or short
// viewports) is it modal.

const NAME = 'Sanne de Vries';

test.use({ viewport: { width: 1280, height: 800 } });

test('at 1280×800 a page field can be clicked and typed into while the hub stays open, above a max-z-index layer', async ({ page }) => {
  const s = situ(page);
  await page.goto('/billing/pay');
  await openPanel(page);

  // The card-holder field runs under the panel's left edge; a person clicks its visible left part.
  const field = page.locator('#card-name');
  const fieldBox = (await field.boundingBox())!;
  const panelBox = (await s.panel.boundingBox())!;
  expect(fieldBox.x + 40, 'the point clicked is left of the panel').toBeLessThan(panelBox.x);
  await field.click({ position: { x: 40, y: fieldBox.height / 2 }, timeout: 5_000 });
  await expect(field).toBeFocused();
  await typeKeys(field, NAME);

  await expect(field).toHaveValue(NAME);
  await expect(s.panel, 'the hub stays open while the visitor types in the page').toBeVisible();
  await expect(s.launcher).toHaveAttribute('aria-expanded', 'true');

  // A host layer with the highest z-index over the panel's area does not cover the panel.
  await page.evaluate((box) => {
    const cover = document.createElement('div');
    cover.id = 'max-z-cover';
    Object.assign(cover.style, {
      position: 'fixed',
      zIndex: '2147483647',
      left: `${box.x}px`,
      top: `${box.y}px`,
      width: `${box.width}px`,
      height: `${box.height}px`,
      background: 'rgb(200 0 0 / 0.5)',
    });
    document.body.append(cover);
  }, panelBox);
  const hit = await hitsSitu(page, panelBox.x + panelBox.width / 2, panelBox.y + panelBox.height / 2);
  expect(hit, 'the element at the panel’s centre is Situ’s host (or inside it), not the page’s layer').toMatchObject({ situ: true });
  await expect(field).toHaveValue(NAME);
});

test('at 1280×800 the panel is not modal: Escape closes it and focus returns to the launcher; Tab may leave it', async ({ page }) => {
  const s = situ(page);
  await page.goto('/billing/pay');
  await typeKeys(page.locator('#card-name'), NAME);
  await openPanel(page);

  expect(await isModal(s.panel), 'dialog[data-situ="panel"] matches :modal').toBe(false);

  // Escape, with focus inside the panel, closes it; focus goes back to the launcher.
  expect(await focusedInSitu(page), 'focus starts inside the panel').toMatchObject({ inPanel: true });
  await page.keyboard.press('Escape');
  await expect(s.panel).toBeHidden();
  await expect.poll(async () => (await focusedInSitu(page)).situ, { message: 'focus returns to the launcher' }).toBe('launcher');
  await expect(s.launcher).toHaveAttribute('aria-expanded', 'false');

  // Reopened, Tab walks through the panel and, past its last control, out of it (no trap).
  await openPanel(page);
  expect(await focusedInSitu(page)).toMatchObject({ inPanel: true });
  const visited: string[] = [];
  let left = false;
  for (let i = 0; i < 30 && !left; i++) {
    await page.keyboard.press('Tab');
    const f = await focusedInSitu(page);
    visited.push(f.inPanel ? (f.situ ?? f.tag ?? '?') : `outside:${f.situ ?? f.tag}`);
    left = !f.inPanel;
  }
  expect(left, `Tab from the panel's last control leaves the panel; focus went ${visited.join(' → ')}`).toBe(true);
  await expect(page.locator('#card-name')).toHaveValue(NAME);
});

test('the panel is modal only where it covers the page: not at 1280×800, modal at 375×667 and 1280×450', async ({ page }) => {
  const s = situ(page);
  const sizes = [
    { width: 1280, height: 800 },
    { width: 375, height: 667 },
    { width: 1280, height: 450 },
  ];
  const modal: Record<string, boolean> = {};
  for (const size of sizes) {
    await page.setViewportSize(size);
    await page.goto('/billing/pay');
    await openPanel(page);
    modal[`${size.width}x${size.height}`] = await isModal(s.panel);
  }
  expect(modal, 'dialog[data-situ="panel"] matches :modal, per viewport').toEqual({
    '1280x800': false,
    '375x667': true,
    '1280x450': true,
  });
});
