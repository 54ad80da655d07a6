import { expect, test } from './support/test';

// docs/robustness.md: a sandboxed iframe needs allow-same-origin; without it Situ says why in
// one line and adds nothing, instead of showing a launcher that never opens.
test('inside a sandboxed iframe without allow-same-origin: one [situ] line that says why, no error in the frame', async ({ page }) => {
  const lines: string[] = [];
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && m.text().startsWith('[situ]') && lines.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/e2e/robust-sandbox.html');
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('h1')).toHaveText('Northwind account');
  await expect.poll(() => lines.length, { timeout: 10_000 }).toBeGreaterThan(0);
  await page.waitForTimeout(1_000);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^\[situ\] (init: could not load the config from \/e2e\/site\.json|the help could not be loaded from)/);
  expect(errors).toEqual([]);
  // No launcher that would open nothing.
  await expect(frame.locator('button[data-situ="launcher"]')).toHaveCount(0);
});
