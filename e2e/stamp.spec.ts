import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { openPanel, situ } from './support/situ';

/** The lazy chunks the page requested, by name (`validation`, `micromark`, ...). */
function chunksRequested(page: Page): string[] {
  const names: string[] = [];
  page.on('request', (request) => {
    const m = /\/chunks\/([a-z.-]+?)-[\w-]+\.js$/i.exec(new URL(request.url()).pathname);
    if (m) names.push(m[1]!);
  });
  return names;
}

test('a config stamped by `situ check --stamp` and articles stamped by `situ build` are trusted: the page never loads the schema', async ({ page }) => {
  const chunks = chunksRequested(page);
  await page.goto('/billing/pay');
  await openPanel(page);
  await page.locator('input[data-situ="search"]').pressSequentially('card declined', { delay: 30 });
  await expect(situ(page).resultLinks.first()).toBeVisible();
  // The portal's articles came from articlesUrl (read, and their stamp checked, by this chunk)...
  expect(chunks).toContain('articlesFile');
  // ...and neither they nor the config needed the schema.
  expect(chunks).not.toContain('validation');
});

test('an unstamped config is validated in the page, the schema arriving as one lazy chunk', async ({ page }) => {
  const chunks = chunksRequested(page);
  await page.goto('/e2e/plain.html');
  await openPanel(page);
  await expect(situ(page).suggestionLinks.first()).toBeVisible();
  expect(chunks.filter((c) => c === 'validation')).toHaveLength(1);
});

test('a stamp that does not match the config is not trusted: the problems are still reported', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  // The portal's stamped config, edited after stamping: the stamp no longer matches.
  await page.route('**/help/situ.json', async (route) => {
    const json = await (await route.fetch()).json();
    json.pages[0].hints = [{ id: 'broken', target: '>>', body: 'x' }];
    await route.fulfill({ json });
  });
  await page.goto('/account');
  await openPanel(page);
  await expect.poll(() => errors.join('\n')).toMatch(/\[situ\] config: 1 problem; the rest of the config is used\.\n {2}pages\[0\]\.hints\[0\]\.target: expected a CSS selector/);
  await expect(situ(page).suggestionLinks.first()).toBeVisible();
});
