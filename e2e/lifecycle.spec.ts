import type { Page } from '@playwright/test';
import { fixtureConfig } from './support/config';
import { holdRequests, recordRejections, rejections } from './support/recorders';
import { expectSuggestions, openPanel, situ, waitForLauncher, watchConsole } from './support/situ';
import { expect, test } from './support/test';

// The loader and the instance's lifecycle at their edges, on the fixture pages (config
// e2e/fixtures/site.json). The hub chunk is held back with page.route to act "while it loads".

const site = fixtureConfig('site.json');
const fixtureHelp = site.expectedHelp('fixture', null);
const HUB = '**/situ-hub.js';

type W = {
  Situ: ((...args: unknown[]) => unknown) & { q?: unknown[] };
  __ready?: number;
  __steps?: unknown[];
};

/** Calls `Situ(...args)` in the page. */
const call = (page: Page, ...args: unknown[]) => page.evaluate((a) => void (window as unknown as W).Situ(...a), args);

/** The number of `<situ-root>` elements after a short pause (so an asynchronous mount would show). */
const hostsAfterAPause = (page: Page) =>
  page.evaluate(async () => {
    await new Promise((resolve) => setTimeout(resolve, 500));
    return document.querySelectorAll('situ-root').length;
  });

// 9a
test('a double click on the launcher before the hub code has arrived leaves the hub open', async ({ page }) => {
  const hub = await holdRequests(page, HUB);
  await page.goto('/e2e/plain.html');
  await waitForLauncher(page);
  const s = situ(page);
  await s.launcher.dblclick();
  await hub.requested; // the clicks (or the pointer reaching the launcher) asked for the hub code
  hub.release();
  await expect(s.panel, 'the hub opens once its code arrives').toBeVisible({ timeout: 10_000 });
  await page.waitForTimeout(1_000);
  await expect(s.panel, 'and stays open').toBeVisible();
  await expect(s.launcher).toHaveAttribute('aria-expanded', 'true');
  await expectSuggestions(page, fixtureHelp);
});

// 9b. The chunk that arrives after the destroy must still serve the next init (not be dropped
// for good, leaving a launcher that does nothing).
test("Situ('destroy') while the hub code loads, then Situ('init', config) after it arrived: the launcher opens the hub", async ({ page }) => {
  const hub = await holdRequests(page, HUB);
  await page.goto('/e2e/plain.html');
  await waitForLauncher(page);
  await situ(page).launcher.hover();
  await hub.requested;

  await call(page, 'destroy');
  await expect(page.locator('situ-root')).toHaveCount(0);
  const arrived = page.waitForResponse((r) => r.url().endsWith('/situ-hub.js'));
  hub.release();
  await arrived;
  await page.waitForLoadState('networkidle');
  expect(await hostsAfterAPause(page), 'nothing comes back by itself after destroy').toBe(0);

  await call(page, 'init', site.raw);
  await waitForLauncher(page);
  await situ(page).launcher.click();
  await expect(situ(page).panel).toBeVisible({ timeout: 10_000 });
  await expectSuggestions(page, fixtureHelp);
  await expect(page.locator('situ-root')).toHaveCount(1);
});

// 9c
test("after Situ('destroy'), a stray off() or close() adds nothing to the page; init() still starts afresh", async ({ page }) => {
  const log = watchConsole(page);
  await page.goto('/e2e/plain.html');
  await openPanel(page); // the hub code is loaded
  await call(page, 'destroy');
  await expect(page.locator('situ-root')).toHaveCount(0);

  await page.evaluate(() => {
    const w = window as unknown as W;
    w.Situ('off', 'open', () => {});
    w.Situ('close');
  });
  expect(await hostsAfterAPause(page), "<situ-root> elements after off('open') and close()").toBe(0);

  // A sign-in after the sign-out: init brings the widget back, once.
  await call(page, 'init', site.raw);
  await waitForLauncher(page);
  await expect(page.locator('situ-root')).toHaveCount(1);
  await openPanel(page);
  await expectSuggestions(page, fixtureHelp);
  expect(log.pageErrors.map(String)).toEqual([]);
});

// 9d
test("the Dutch messages failing to load: no unhandled rejection, one [situ] error, the hub opens in English", async ({ page }) => {
  await recordRejections(page);
  let aborted = 0;
  await page.route('**/chunks/nl-*.js', (route) => {
    aborted += 1;
    return route.abort();
  });
  const log = watchConsole(page);
  await page.goto('/e2e/plain.html');
  await waitForLauncher(page);
  await call(page, 'locale', 'nl');
  await openPanel(page);
  await expect.poll(() => aborted, { message: 'the Dutch messages were asked for' }).toBeGreaterThan(0);

  const s = situ(page);
  await expect(s.search).toHaveAccessibleName('Search help articles');
  await expectSuggestions(page, fixtureHelp);
  await expect(s.panel.locator('[data-situ="close"]')).toHaveAccessibleName('Close help');

  await page.waitForTimeout(500);
  expect(await rejections(page), 'unhandled rejections in the page').toEqual([]);
  expect(log.pageErrors.map(String), 'uncaught errors in the page').toEqual([]);
  await expect.poll(() => log.situErrors().length, { message: `[situ] errors: ${JSON.stringify(log.situErrors())}` }).toBe(1);
});

// 9e
test("a step() after ready carries its data in the step event", async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as W;
    w.Situ = w.Situ || (function (...args: unknown[]) {
      (w.Situ.q = w.Situ.q || []).push(args);
    } as W['Situ']);
    w.__ready = 0;
    w.Situ('on', 'ready', () => (w.__ready! += 1));
  });
  await page.goto('/e2e/plain.html');
  await waitForLauncher(page);
  await page.waitForFunction(() => ((window as unknown as W).__ready ?? 0) > 0, undefined, { timeout: 10_000 });

  await page.evaluate(() => {
    const w = window as unknown as W;
    w.__steps = [];
    w.Situ('on', 'step', (e: unknown) => w.__steps!.push(JSON.parse(JSON.stringify(e))));
    w.Situ('step', 'card', { attempt: 2 });
  });
  await expect
    .poll(() => page.evaluate(() => (window as unknown as W).__steps ?? []), { message: 'step events after Situ(\'step\', \'card\', { attempt: 2 })' })
    .toEqual([expect.objectContaining({ step: 'card', source: 'host', data: { attempt: 2 } })]);
});
