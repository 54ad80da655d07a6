import type { Page } from '@playwright/test';
import { holdRequests } from './support/recorders';
import { callSitu, countReady, expectUnharmed, guardPage, serveWithCsp, STRICT_CSP, waitForReady } from './support/robust';
import { situ, waitForLauncher } from './support/situ';
import { expect, test } from './support/test';

// Pages that change under Situ: Turbo Drive and friends replace the whole <body>, and some apps
// rewrite body.innerHTML. Situ's host lived in the old body; within 2 s it must be back, once,
// with a working launcher. All under `Content-Security-Policy: default-src 'self'`.

const FIXTURE = '/e2e/robust-page.html';
const NEW_MAIN = '<main><h1 id="next-page">Your orders</h1><p>Rendered by the app after a navigation.</p></main>';

type W = { Situ: (...args: unknown[]) => unknown };

async function start(page: Page) {
  const guard = await guardPage(page);
  await serveWithCsp(page);
  await countReady(page);
  const response = await page.goto(FIXTURE);
  expect(response!.headers()['content-security-policy'], 'the fixture is served with the strict CSP').toBe(STRICT_CSP);
  await waitForLauncher(page);
  return guard;
}

/** Replaces the body the way Turbo Drive does: a new <body> element in place of the old one. */
const replaceBody = (page: Page) =>
  page.evaluate((html) => {
    const next = document.createElement('body');
    next.innerHTML = html;
    document.body.replaceWith(next);
  }, NEW_MAIN);

/** Rewrites the body's content, as apps that render with innerHTML do. */
const rewriteBody = (page: Page) =>
  page.evaluate((html) => {
    document.body.innerHTML = html;
  }, NEW_MAIN);

/** Within 2 s: exactly one <situ-root> in the document again, its launcher visible. */
async function expectHostBack(page: Page) {
  const s = situ(page);
  await expect(s.host, 'exactly one <situ-root> in the document within 2 s').toHaveCount(1, { timeout: 2_000 });
  await expect(s.launcher, 'its launcher visible within 2 s').toBeVisible({ timeout: 2_000 });
  await expect(s.launcher).toHaveCount(1);
  // And it stays one (no second host from a late re-mount).
  await page.waitForTimeout(500);
  await expect(s.host).toHaveCount(1);
}

/** Situ('open') opens the hub on the host that came back. */
async function expectHubOpens(page: Page) {
  expect(await callSitu(page, 'open'), "Situ('open') throws nothing").toBeNull();
  const s = situ(page);
  await expect(s.panel, "Situ('open') shows the hub").toBeVisible({ timeout: 5_000 });
  await expect(s.panel).toHaveCount(1);
  await expect(s.suggestionLinks.first()).toBeVisible();
}

for (const [how, swap] of [
  ['document.body.replaceWith(newBody) (Turbo Drive)', replaceBody],
  ["document.body.innerHTML = '<main>…</main>'", rewriteBody],
] as const) {
  test(`after ${how}, the launcher is back within 2 s, once, and opens the hub`, async ({ page }) => {
    const guard = await start(page);
    await waitForReady(page); // the hub code runs: the visitor has been on the page a while
    await swap(page);
    await expect(page.locator('#next-page'), "the page's new content is in place").toBeVisible();
    await expectHostBack(page);
    await expectHubOpens(page);
    await expectUnharmed(page, guard);
  });
}

test('after the body is replaced before the hub code arrived, the launcher comes back once and opens the hub', async ({ page }) => {
  const hub = await holdRequests(page, '**/situ-hub.js');
  const guard = await start(page);
  await replaceBody(page);
  hub.release();
  await expectHostBack(page);
  await expectHubOpens(page);
  await expectUnharmed(page, guard);
});

test("Situ('open') right after the body swap, before the host came back, throws nothing", async ({ page }) => {
  const guard = await start(page);
  await waitForReady(page);
  const thrown = await page.evaluate((html) => {
    const out: string[] = [];
    const next = document.createElement('body');
    next.innerHTML = html;
    document.body.replaceWith(next);
    try {
      (window as unknown as W).Situ('open');
    } catch (e) {
      out.push(`Situ('open') threw ${String(e)}`);
    }
    try {
      (window as unknown as W).Situ('toggle');
      (window as unknown as W).Situ('toggle');
    } catch (e) {
      out.push(`Situ('toggle') threw ${String(e)}`);
    }
    return out;
  }, NEW_MAIN);
  expect(thrown).toEqual([]);
  // Nothing thrown later either, from whatever the calls set going (the host's return is
  // covered by the tests above).
  await page.waitForTimeout(1_500);
  await expectUnharmed(page, guard);
});
