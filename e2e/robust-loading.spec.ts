import type { Page } from '@playwright/test';
import { fixtureConfig, uniqueTitleWord } from './support/config';
import { holdRequests } from './support/recorders';
import { countReady, expectUnharmed, guardPage, neverAnswer, serveWithCsp, STRICT_CSP, waitForReady } from './support/robust';
import { openPanel, resultLink, situ, suggestionLink, typeKeys, waitForLauncher } from './support/situ';
import { expect, test } from './support/test';

// Loading that never ends, or fails: the articles, the config, a lazy chunk. Under
// `default-src 'self'`.

const remote = fixtureConfig('robust-remote.json');
const site = fixtureConfig('site.json');
const ARTICLES_URL = '/e2e/robust-remote-articles.json';

async function start(page: Page, url: string) {
  const guard = await guardPage(page);
  await serveWithCsp(page);
  const response = await page.goto(url);
  expect(response!.headers()['content-security-policy']).toBe(STRICT_CSP);
  return guard;
}

// 5a
test('an articlesUrl that never answers: within 12 s of opening, the hub says the articles could not be loaded and offers "Try again"', async ({ page }) => {
  const articles = await neverAnswer(page, ARTICLES_URL);
  await countReady(page);
  const guard = await start(page, '/e2e/robust-remote.html');
  await waitForReady(page); // opening before the config is ready is the test after the next
  await openPanel(page);
  const opened = Date.now();
  await expect.poll(() => articles.requested(), { message: 'opening the hub asked for articlesUrl' }).toBeGreaterThan(0);
  const alert = situ(page).panel.locator('[role=alert]');
  await expect(alert, 'the error note').toContainText('could not be loaded', { timeout: 12_000 });
  expect(Date.now() - opened, 'ms from opening to the error note').toBeLessThanOrEqual(12_000);
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
  // The inline articles are still offered beside the note.
  await expect(suggestionLink(page, 'inline-invoice')).toBeVisible();
  await expectUnharmed(page, guard);
});

test('an articlesUrl that never answers: a query typed right after opening finds an inline article while the request is pending', async ({ page }) => {
  const articles = await neverAnswer(page, ARTICLES_URL);
  await countReady(page);
  const guard = await start(page, '/e2e/robust-remote.html');
  await waitForReady(page);
  const s = situ(page);
  await s.launcher.click();
  await expect(s.search).toBeVisible({ timeout: 10_000 });
  const inline = remote.raw.articles!;
  const { article, word } = uniqueTitleWord(inline);
  await typeKeys(s.search, word);
  await expect(s.resultsStatus, 'within 5 s the results say what was found (not "Searching…")').toHaveText(/found/, { timeout: 5_000 });
  await expect(resultLink(page, article.id), `the inline article "${article.title}" among the results for "${word}"`).toBeVisible();
  expect(articles.requested(), 'articlesUrl was asked for').toBeGreaterThan(0);
  expect(articles.pending(), 'and is still pending').toBeGreaterThan(0);
  await expectUnharmed(page, guard);
});

// Found while writing 5a: a hub opened while the config is still being checked (the schema
// chunk on its way) never asked for articlesUrl, so neither its articles nor the error note came.
test('the hub opened while the config is still being checked still asks for articlesUrl, and shows the error note within 12 s', async ({ page }) => {
  const articles = await neverAnswer(page, ARTICLES_URL);
  const schema = await holdRequests(page, '**/chunks/validation-*.js');
  const guard = await start(page, '/e2e/robust-remote.html');
  await waitForLauncher(page);
  const s = situ(page);
  await s.launcher.click();
  await schema.requested;
  await expect(s.panel).toBeVisible({ timeout: 10_000 });
  schema.release();
  const opened = Date.now();
  await expect.poll(() => articles.requested(), { message: 'articlesUrl was asked for once the config was ready' }).toBeGreaterThan(0);
  await expect(s.panel.locator('[role=alert]'), 'the error note').toContainText('could not be loaded', { timeout: 12_000 });
  expect(Date.now() - opened).toBeLessThanOrEqual(12_000);
  await expectUnharmed(page, guard);
});

// 5b
test('a data-config URL that answers 404: no launcher, one [situ] console error naming the URL', async ({ page }) => {
  const guard = await start(page, '/e2e/robust-missing-config.html');
  const launchers = page.locator('button[data-situ="launcher"]');
  // Sample the page until the error arrives (at most 10 s): the launcher must never show.
  let seen = 0;
  const until = Date.now() + 10_000;
  while (guard.situErrors().length === 0 && Date.now() < until) {
    seen = Math.max(seen, await launchers.count());
    await page.waitForTimeout(100);
  }
  await page.waitForTimeout(1_000);
  seen = Math.max(seen, await launchers.count());
  expect(seen, 'launchers seen while the config failed to load').toBe(0);
  const errors = guard.situErrors();
  expect(errors, 'one [situ] console error').toHaveLength(1);
  expect(errors[0], 'it names the URL').toContain('/e2e/robust-no-such-config.json');
  await expectUnharmed(page, guard);
});

// 5c
test('the Markdown chunk missing (404): one [situ] error, the article text still shows as plain text', async ({ page }) => {
  let refused = 0;
  await page.route('**/chunks/micromark-*.js', (route) => {
    refused += 1;
    return route.fulfill({ status: 404, contentType: 'text/plain; charset=utf-8', body: 'Not found\n' });
  });
  const guard = await start(page, '/e2e/robust-page.html');
  await openPanel(page);
  const article = site.article('reset-password');
  await suggestionLink(page, article.id).click();
  const s = situ(page);
  await expect(s.articleTitle).toHaveText(article.title);
  await expect.poll(() => refused, { message: 'the Markdown chunk was asked for' }).toBeGreaterThan(0);
  await expect(s.article, "the article's text, as plain text").toContainText('If you forgot your password, you can choose a new one in a few minutes.');
  await expect(s.article).toContainText('Follow the link we email you.');
  await page.waitForTimeout(500);
  expect(guard.situErrors(), 'one [situ] console error').toHaveLength(1);
  await expectUnharmed(page, guard);
});
