import type { Page, Request } from '@playwright/test';
import { portalConfig, pathnamesOf } from './support/config';
import { currentHelp, expectSuggestions, situ, waitForLauncher } from './support/situ';
import { expect, test } from './support/test';

const config = portalConfig();
const portalPaths = [...new Set(config.pages.flatMap(pathnamesOf))];

/** Requests for Situ's own files (everything served under /situ/). */
function watchSituRequests(page: Page) {
  const requests: string[] = [];
  page.on('request', (r: Request) => {
    const url = new URL(r.url());
    if (url.pathname.startsWith('/situ/')) requests.push(url.pathname);
  });
  return {
    all: () => [...requests],
    loader: () => requests.filter((p) => p === '/situ/situ.js'),
    chunks: () => requests.filter((p) => p !== '/situ/situ.js' && !p.endsWith('.map')),
  };
}

test('the portal config lists the pages the tests visit', () => {
  expect(portalPaths.length, 'pages with a plain pathname in examples/portal/public/help/situ.json').toBeGreaterThanOrEqual(5);
});

for (const path of portalPaths) {
  test(`the launcher appears on ${path}`, async ({ page }) => {
    await page.goto(path);
    await waitForLauncher(page);
    const { launcher, host } = situ(page);
    await expect(launcher).toHaveAccessibleName('Open help');
    await expect(launcher).toHaveAttribute('aria-expanded', 'false');
    await expect(host).toHaveCount(1);
    // The host is the last thing Situ adds to <body>, and it carries an open shadow root.
    expect(await host.evaluate((el) => el.parentElement === document.body && el.shadowRoot?.mode)).toBe('open');
  });
}

test('only the loader loads up front; the panel code waits for idle time or a click', async ({ page }) => {
  // Hold every idle callback: the page never becomes "idle", so only an interaction may load the panel.
  await page.addInitScript(() => {
    const w = window as unknown as { __idleCalls: number };
    w.__idleCalls = 0;
    window.requestIdleCallback = (() => {
      w.__idleCalls += 1;
      return w.__idleCalls;
    }) as typeof window.requestIdleCallback;
  });
  const requests = watchSituRequests(page);
  await page.goto('/account');
  await waitForLauncher(page);
  await page.waitForLoadState('networkidle');

  expect(requests.loader(), 'situ.js is fetched exactly once').toHaveLength(1);
  expect(
    requests.chunks(),
    `nothing but the loader before idle or interaction (requestIdleCallback calls: ${await page.evaluate(() => (window as unknown as { __idleCalls: number }).__idleCalls)})`,
  ).toEqual([]);
  await expect(situ(page).panel).toHaveCount(0);

  await situ(page).launcher.click();
  await expect(situ(page).panel).toBeVisible({ timeout: 10_000 });
  expect(requests.chunks().length, 'the click loaded the panel code').toBeGreaterThan(0);
});

test('a listener registered before or after the loader starts does not load the panel code; a command does', async ({ page }) => {
  // Idle never comes: only a call that needs the hub may load it.
  await page.addInitScript(() => {
    window.requestIdleCallback = (() => 1) as typeof window.requestIdleCallback;
    const w = window as unknown as { Situ: { (...a: unknown[]): unknown; q?: unknown[] } };
    w.Situ = w.Situ || function (...args: unknown[]) {
      (w.Situ.q = w.Situ.q || []).push(args);
    };
    w.Situ('on', 'open', () => {}); // before situ.js runs: into the stub's queue
  });
  const requests = watchSituRequests(page);
  await page.goto('/account');
  await waitForLauncher(page);
  // (Not awaited: a call made while the hub is on its way returns a promise of its result.)
  await page.evaluate(() => void (window as unknown as { Situ: (...a: unknown[]) => unknown }).Situ('on', 'close', () => {}));
  await page.waitForLoadState('networkidle');
  expect(requests.chunks(), 'two listeners, no hub').toEqual([]);
  await page.evaluate(() => void (window as unknown as { Situ: (...a: unknown[]) => unknown }).Situ('open'));
  await expect(situ(page).panel).toBeVisible({ timeout: 10_000 });
  expect(requests.chunks().length, 'a command loaded the hub').toBeGreaterThan(0);
});

test('the panel code is fetched on idle without any interaction', async ({ page }) => {
  const requests = watchSituRequests(page);
  await page.goto('/account');
  await waitForLauncher(page);
  await expect.poll(() => requests.chunks().length, { timeout: 10_000, message: 'a chunk beside situ.js is fetched once the page is idle' }).toBeGreaterThan(0);
  // Fetched, not shown: the panel opens only when asked.
  await expect(situ(page).panel).toBeHidden();
  await expect(situ(page).launcher).toHaveAttribute('aria-expanded', 'false');
});

test('a click before the panel code has arrived opens the hub with this page’s help', async ({ page }) => {
  // Hold the panel code back for a moment, as a slow network would, and click as soon as the launcher shows.
  await page.route(/\/situ\/situ-hub[^/]*\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 800));
    await route.continue();
  });
  const requests = watchSituRequests(page);
  await page.goto('/account');
  await waitForLauncher(page);
  await situ(page).launcher.click();
  await expect(situ(page).panel).toBeVisible({ timeout: 10_000 });
  expect(requests.chunks().length, 'the click loaded the panel code').toBeGreaterThan(0);
  await expectSuggestions(page, await currentHelp(page, config));
});
