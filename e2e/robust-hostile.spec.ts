import type { Page } from '@playwright/test';
import { fixtureConfig, uniqueTitleWord } from './support/config';
import { callSitu, countReady, expectUnharmed, guardPage, panelCount, serveWithCsp, STRICT_CSP, violations, waitForReady } from './support/robust';
import { openPanel, resultLink, situ, startsWith, suggestionLink, typeSearch, waitForLauncher } from './support/situ';
import { expect, test } from './support/test';

// Hostile environments: Trusted Types, a global named `navigation`, frozen or polluted
// prototypes, a taken custom element name, a hub chunk that cannot load, a second copy of the
// script, junk in the stub's queue. Under `default-src 'self'` unless a test says otherwise.

const site = fixtureConfig('site.json');
const steps = fixtureConfig('robust-steps.json');
const fixtureHelp = site.expectedHelp('fixture', null);

/** Trusted Types enforced for script sinks; the page allows a policy named `situ`. */
const TRUSTED_TYPES_CSP = "default-src 'self'; require-trusted-types-for 'script'; trusted-types situ";

async function start(page: Page, url: string, csp: string = STRICT_CSP) {
  const guard = await guardPage(page);
  await serveWithCsp(page, csp);
  const response = await page.goto(url);
  expect(response!.headers()['content-security-policy'], 'the fixture is served with the CSP').toBe(csp);
  return guard;
}

/** The home view lists the fixture page's help, titles in order (read in Playwright's own world). */
async function expectFixtureHelp(page: Page) {
  const s = situ(page);
  await expect(s.suggestionHeading).toHaveText(fixtureHelp.heading);
  await expect(s.suggestionLinks).toHaveText(fixtureHelp.articles.map((a) => startsWith(a.title)));
}

/** Opens reset-password from the home view and waits for its rendered body (a list item). */
async function expectArticleOpens(page: Page) {
  const article = site.article('reset-password');
  await suggestionLink(page, article.id).click();
  const s = situ(page);
  await expect(s.articleTitle).toHaveText(article.title);
  await expect(s.articleBody.locator('li').first(), 'the article body is rendered').toBeVisible();
}

// 4a
test("Trusted Types (require-trusted-types-for 'script'; trusted-types situ): the launcher shows, the hub opens an article", async ({ page }) => {
  const guard = await start(page, '/e2e/robust-page.html', TRUSTED_TYPES_CSP);
  await waitForLauncher(page);
  await openPanel(page);
  await expectFixtureHelp(page);
  await expectArticleOpens(page);
  // No <situ-root> without its launcher (a host mounted, then left empty by a failure).
  const hosts = await page.evaluate(() =>
    Array.from(document.querySelectorAll('situ-root')).map((el) => (el.shadowRoot?.querySelector('button[data-situ="launcher"]') ? 'ok' : 'empty')).join(','),
  );
  expect(hosts, 'each <situ-root> and whether its shadow root holds the launcher').toBe('ok');
  expect(await violations(page), 'securitypolicyviolation events (Trusted Types)').toEqual([]);
  await expectUnharmed(page, guard);
});

// 4b. robust-navigation.js: `var navigation = { open: false }` at global scope; #edit-address
// reveals #address-form, the `when` of step "address" (robust-steps.json).
test('a global `var navigation` (a menu object shadowing the Navigation API): steps are still detected and search answers', async ({ page }) => {
  await countReady(page);
  const guard = await start(page, '/e2e/robust-navigation.html');
  expect(await page.evaluate(() => typeof (window as unknown as { navigation: { open?: unknown } }).navigation.open), 'the page shadows window.navigation').toBe('boolean');
  await waitForLauncher(page);
  await waitForReady(page);
  await page.locator('#edit-address').click();
  await expect(page.locator('#address-form')).toBeVisible();

  await openPanel(page);
  const s = situ(page);
  const expected = steps.expectedHelp('robust-steps', 'address');
  await expect(s.suggestionHeading, 'the step found by its `when` selector').toHaveText(expected.heading);
  await expect(s.suggestionLinks).toHaveText(expected.articles.map((a) => startsWith(a.title)));

  const { article, word } = uniqueTitleWord(steps.articles);
  await typeSearch(page, word);
  await expect(s.resultsStatus, 'search answers (not "Searching…" forever)').toHaveText(/found/);
  await expect(resultLink(page, article.id)).toBeVisible();
  await expectUnharmed(page, guard);
});

// 4c
test('Object.freeze(Object.prototype) before the script: the hub loads and opens', async ({ page }) => {
  const guard = await start(page, '/e2e/robust-frozen.html');
  expect(await page.evaluate(() => Object.isFrozen(Object.prototype)), 'the page froze Object.prototype').toBe(true);
  await waitForLauncher(page);
  await openPanel(page);
  await expectFixtureHelp(page);
  await expectUnharmed(page, guard);
});

// 4d
test('Object.prototype.evil = 1 (enumerable) before the script: the config is used and no config error mentions "evil"', async ({ page }) => {
  const guard = await start(page, '/e2e/robust-evil.html');
  expect(await page.evaluate(() => (({}) as Record<string, unknown>).evil), 'the page polluted Object.prototype').toBe(1);
  await waitForLauncher(page);
  await openPanel(page);
  await expectFixtureHelp(page);
  await page.waitForTimeout(300);
  expect(guard.situErrors().filter((e) => e.includes('evil')), '[situ] errors that mention "evil"').toEqual([]);
  await expectUnharmed(page, guard);
});

// 4e
test("Array.prototype.toJSON = () => 'x' (Prototype.js style): the articles still show", async ({ page }) => {
  const guard = await start(page, '/e2e/robust-tojson.html');
  expect(await page.evaluate(() => JSON.stringify([1, 2])), 'the page patched Array.prototype.toJSON').toBe('"x"');
  await waitForLauncher(page);
  await openPanel(page);
  await expectFixtureHelp(page);
  await expectArticleOpens(page);
  await situ(page).back.click();
  await typeSearch(page, 'password');
  await expect(resultLink(page, 'reset-password')).toBeVisible();
  await expectUnharmed(page, guard);
});

// 4f
test('the page already defines <situ-root> (closed shadow root): the widget still appears and opens', async ({ page }) => {
  const guard = await start(page, '/e2e/robust-taken-tag.html');
  // The launcher, wherever Situ's host is (CSS locators pierce open shadow roots).
  const launcher = page.locator('button[data-situ="launcher"]');
  await expect(launcher, 'a launcher in the page').toBeVisible({ timeout: 10_000 });
  await expect(launcher).toHaveCount(1);
  await launcher.click();
  await expect(page.locator('dialog[data-situ="panel"]')).toBeVisible({ timeout: 10_000 });
  await expect(page.locator('dialog[data-situ="panel"] button[data-situ="article-link"]').first()).toBeVisible();
  await expectUnharmed(page, guard);
});

// 4g
for (const [what, answer] of [
  ['answers 404', { status: 404, contentType: 'text/plain; charset=utf-8', body: 'Not found\n' }],
  ['is served as text/plain', { status: 200, contentType: 'text/plain; charset=utf-8', body: 'export function start() {}\n' }],
] as const) {
  test(`the hub chunk ${what}: one [situ] error that says the help could not be loaded and names the URL; the launcher does not throw`, async ({ page }) => {
    let requests = 0;
    await page.route('**/situ-hub.js', (route) => {
      requests += 1;
      return route.fulfill({ ...answer, headers: { 'x-content-type-options': 'nosniff' } });
    });
    const guard = await start(page, '/e2e/robust-page.html');
    await waitForLauncher(page);
    const s = situ(page);
    await s.launcher.hover(); // reaching for the launcher loads the hub code
    await expect.poll(() => requests, { message: 'the hub chunk was requested' }).toBeGreaterThan(0);
    await expect.poll(() => guard.situErrors().length, { message: 'a [situ] console error', timeout: 10_000 }).toBeGreaterThan(0);

    await s.launcher.click();
    await page.waitForTimeout(1_000);
    const errors = guard.situErrors();
    expect(errors, 'one [situ] console error, also after a click on the launcher').toHaveLength(1);
    expect(errors[0], 'it says the help could not be loaded').toMatch(/could not be loaded/i);
    expect(errors[0], 'it names the URL').toContain('/situ/situ-hub.js');
    await expectUnharmed(page, guard);
  });
}

// 4h
test('a second copy of situ.js, loaded after the page overwrote window.Situ with a fresh stub: still one launcher', async ({ page }) => {
  await countReady(page);
  const guard = await start(page, '/e2e/robust-page.html');
  await waitForLauncher(page);
  await waitForReady(page);
  const loaded = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const w = window as unknown as { Situ: unknown };
        // The snippet, run again by a page that re-renders its layout.
        w.Situ = function (...args: unknown[]) {
          const self = w.Situ as { q?: unknown[] };
          (self.q = self.q || []).push(args);
        };
        const script = document.createElement('script');
        script.async = true;
        script.src = '/situ/situ.js';
        script.dataset.config = '/e2e/site.json';
        script.onload = () => resolve('loaded');
        script.onerror = () => resolve('failed');
        document.body.append(script);
      }),
  );
  expect(loaded).toBe('loaded');
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1_000);
  const launchers = page.locator('button[data-situ="launcher"]');
  await expect(launchers, 'launchers in the page').toHaveCount(1);
  await expect(page.locator('situ-root')).toHaveCount(1);
  await launchers.click();
  await expect(situ(page).panel).toBeVisible({ timeout: 10_000 });
  expect(await panelCount(page)).toBe(1);
  await expectUnharmed(page, guard);
});

// 4i. robust-null-queue.js: on('ready'), then Situ.q.push(null), Situ.q.push(undefined), context().
test('Situ.q holding null and undefined entries before load: no error, the hub starts', async ({ page }) => {
  const guard = await start(page, '/e2e/robust-null-queue.html');
  await waitForLauncher(page);
  await page.waitForFunction(() => ((window as unknown as { __nullQueueReady?: number }).__nullQueueReady ?? 0) > 0, undefined, { timeout: 10_000 });
  await openPanel(page);
  await expectFixtureHelp(page);
  expect(await callSitu(page, 'close')).toBeNull();
  await expect(situ(page).panel).toBeHidden();
  await expectUnharmed(page, guard);
});
