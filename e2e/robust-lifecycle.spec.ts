import type { Page } from '@playwright/test';
import { fixtureConfig } from './support/config';
import { callSitu, expectUnharmed, guardPage, serveWithCsp, situStorage, STRICT_CSP, storedValues } from './support/robust';
import { openPanel, situ, suggestionLink, waitForLauncher } from './support/situ';
import { expect, test } from './support/test';

// What Situ keeps in the browser: nothing after destroy (a sign-out), and never a token that a
// URL's hash carried (OAuth implicit flow: #access_token=...). Under `default-src 'self'`.

const site = fixtureConfig('site.json');

async function start(page: Page, url: string) {
  const guard = await guardPage(page);
  await serveWithCsp(page);
  const response = await page.goto(url);
  expect(response!.headers()['content-security-policy']).toBe(STRICT_CSP);
  return guard;
}

/** The journey the portal's Situ keeps in sessionStorage (`situ:<site>:journey`), parsed. */
const portalJourney = (page: Page) =>
  page.evaluate(() => {
    const raw = sessionStorage.getItem('situ:northwind:journey');
    if (raw === null) return null;
    try {
      const list = JSON.parse(raw) as { url?: unknown }[];
      return Array.isArray(list) ? list.map((e) => String(e.url)) : [];
    } catch {
      return [];
    }
  });

test("Situ('destroy') after reading and rating an article leaves no situ: key in session or local storage and no data in IndexedDB", async ({ page }) => {
  const guard = await start(page, '/e2e/robust-page.html');
  await openPanel(page);
  const article = site.article('reset-password');
  await suggestionLink(page, article.id).click();
  const s = situ(page);
  await expect(s.articleTitle).toHaveText(article.title);
  await expect(s.articleBody.locator('li').first()).toBeVisible();
  await s.rateYes.click();
  await expect(s.article).toContainText(/thank/i);

  // Precondition: using the hub stored something (else this test could not fail).
  await expect
    .poll(async () => {
      const stored = await situStorage(page);
      return stored.session.length > 0 && stored.idbRecords > 0;
    }, { message: 'reading and rating stored the journey, the viewed articles and the rating' })
    .toBe(true);

  expect(await callSitu(page, 'destroy')).toBeNull();
  await expect(page.locator('situ-root')).toHaveCount(0);
  await expect
    .poll(() => situStorage(page), {
      message: "what Situ left in storage after Situ('destroy'): situ:* keys, and the `situ` database's records",
      timeout: 3_000,
    })
    .toEqual(expect.objectContaining({ session: [], local: [], idbRecords: 0 }));
  await expectUnharmed(page, guard, { ticking: true });
});

test('a URL hash carrying parameters (#access_token=…) is not recorded in sessionStorage', async ({ page }) => {
  const guard = await start(page, '/');
  await openPanel(page); // the journey now holds the home page
  await expect.poll(() => portalJourney(page), { message: 'the journey is kept in sessionStorage' }).not.toBeNull();

  await page.goto('/account#access_token=SECRET&x=1');
  await openPanel(page);
  await page.waitForTimeout(500);
  const stored = await storedValues(page);
  expect(stored, 'sessionStorage holds the journey').toContain('situ:northwind:journey');
  expect(stored.split('\n').filter((line) => line.includes('SECRET')), 'stored values that contain the token').toEqual([]);
  await expectUnharmed(page, guard, { ticking: false });
});

test('a hash with parameters set by the page after load (location.hash) is not recorded either', async ({ page }) => {
  const guard = await start(page, '/account');
  await openPanel(page);
  await expect.poll(() => portalJourney(page)).not.toBeNull();
  await page.evaluate(() => {
    location.hash = '#id_token=SECRET2&state=1';
  });
  await expect.poll(() => page.evaluate(() => location.hash)).toContain('SECRET2');
  await page.waitForTimeout(800);
  const stored = await storedValues(page);
  expect(stored.split('\n').filter((line) => line.includes('SECRET2')), 'stored values that contain the token').toEqual([]);
  await expectUnharmed(page, guard, { ticking: false });
});

test('a plain route hash (#/settings) is kept in the journey', async ({ page }) => {
  const guard = await start(page, '/account#/settings');
  await waitForLauncher(page);
  await openPanel(page);
  await expect
    .poll(() => portalJourney(page), { message: 'the journey in sessionStorage (situ:northwind:journey)' })
    .toEqual(expect.arrayContaining([expect.stringMatching(/\/account#\/settings$/)]));
  await expectUnharmed(page, guard, { ticking: false });
});
