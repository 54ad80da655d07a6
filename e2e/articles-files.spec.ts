import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { portalConfig, wordsOf, type Article } from './support/config';
import { repoPath } from './support/paths';
import { clearByKeyboard, markPage, openPanel, pageMark, resultLink, situ, suggestionLink, typeKeys, typeSearch } from './support/situ';
import { expect, test } from './support/test';

// The portal's help is Markdown files (examples/portal/help) compiled by `situ build` into one
// file per language (examples/portal/public/help/articles.{locale}.json, part of the build).
// The browser inserts their HTML through its own sanitiser: no Markdown parser comes down.

const config = portalConfig();
const built = (locale: string) =>
  (JSON.parse(readFileSync(repoPath('examples/portal/public/help', `articles.${locale}.json`), 'utf8')) as { articles: Article[] }).articles;
const en = built('en');
const nl = built('nl');
const title = (list: Article[], id: string) => list.find((a) => a.id === id)!.title;
const NAME = 'Sanne de Vries';

/** Records the lazy chunks of Situ's script the page requests. */
function chunksRequested(page: Page) {
  const chunks: string[] = [];
  page.on('request', (r) => {
    const m = /\/situ\/chunks\/([\w.-]+)\.js$/.exec(new URL(r.url()).pathname);
    if (m) chunks.push(m[1]!);
  });
  return chunks;
}

/** On /billing/pay with the card holder's name typed key by key, as a visitor fills it in. */
async function payPageWithName(page: Page) {
  await page.goto('/billing/pay');
  await markPage(page);
  await typeKeys(page.locator('#card-name'), NAME);
}

/** Then the hub, and "Why was my card declined?" from the card step's help: its body rendered. */
async function openCardDeclined(page: Page) {
  const s = situ(page);
  await payPageWithName(page);
  await openPanel(page);
  await suggestionLink(page, 'card-declined').click();
  await expect(s.articleTitle).toHaveText(title(en, 'card-declined'));
  await expect(s.articleBody.locator('h3').filter({ hasText: 'What to do' })).toHaveCount(1);
  await expect(s.articleBody.locator('ol > li')).toHaveCount(3);
  return s;
}

test('a compiled article opens with no Markdown parser and no DOMPurify loaded, its headings and lists rendered', async ({ page }) => {
  const chunks = chunksRequested(page);
  const articleFiles: string[] = [];
  page.on('response', (r) => void (/\/help\/articles\.[\w-]+\.json$/.test(r.url()) && articleFiles.push(new URL(r.url()).pathname)));
  const s = await openCardDeclined(page);
  await expect(s.articleBody).not.toContainText('**');
  expect(chunks.filter((c) => /micromark|dompurify/.test(c)), 'Markdown parser or DOMPurify chunks requested').toEqual([]);
  expect(chunks.some((c) => c.startsWith('renderArticle')), 'the renderer chunk was requested').toBe(true);
  expect(articleFiles, 'only the English file came down').toEqual(['/help/articles.en.json']);
  await expect(page.locator('#card-name')).toHaveValue(NAME);
});

test('a browser without Element.setHTML: DOMPurify, loaded only then, sanitises the compiled article, which looks the same', async ({ page }) => {
  await page.addInitScript(() => {
    delete (Element.prototype as { setHTML?: unknown }).setHTML;
  });
  const chunks = chunksRequested(page);
  const s = await openCardDeclined(page);
  await expect(s.articleBody.getByRole('link', { name: 'how 3-D Secure works' })).toHaveAttribute('href', '#situ-article=secure-payment');
  expect(chunks.filter((c) => c.startsWith('dompurify')), 'the DOMPurify chunk').toHaveLength(1);
  expect(chunks.filter((c) => c.startsWith('micromark')), 'no Markdown parser').toEqual([]);
  await expect(page.locator('#card-name')).toHaveValue(NAME);
});

test('a link to another article opens it in the hub, Back returns, and the page keeps what was typed', async ({ page }) => {
  const s = await openCardDeclined(page);
  const link = s.articleBody.getByRole('link', { name: 'how 3-D Secure works' });
  await expect(link).toHaveAttribute('href', '#situ-article=secure-payment');
  await link.click();
  await expect(s.articleTitle).toHaveText(title(en, 'secure-payment'));
  await s.back.click();
  await expect(s.articleTitle).toHaveText(title(en, 'card-declined'));
  expect(new URL(page.url()).pathname).toBe('/billing/pay');
  expect(await pageMark(page), 'same document: no reload').toBe(1);
  await expect(page.locator('#card-name')).toHaveValue(NAME);
});

test('an image in an article comes from the file situ build copied, and loads', async ({ page }) => {
  await page.goto('/account');
  const s = situ(page);
  await openPanel(page);
  await suggestionLink(page, 'read-meter').click();
  const img = s.articleBody.locator('img');
  await expect(img).toHaveAttribute('src', /\/help\/meter\.[0-9a-f]{8,}\.svg$/);
  await expect(img).toHaveAttribute('alt', /meter display/i);
  await img.scrollIntoViewIfNeeded();
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
});

test('help in Nederlands: the hub shows the Dutch articles, Dutch search results, and English where a translation is missing', async ({ page }) => {
  const files: string[] = [];
  page.on('response', (r) => void (/\/help\/articles\.[\w-]+\.json$/.test(r.url()) && files.push(new URL(r.url()).pathname)));
  await page.goto('/account');
  await page.locator('#help-language').selectOption('nl');
  const s = situ(page);
  await openPanel(page);
  await expect(s.suggestionLinks.first()).toBeVisible();
  const shown = await s.suggestionLinks.evaluateAll((els) => els.map((el) => el.getAttribute('data-article-id')));
  expect(shown.length).toBeGreaterThan(0);
  for (const id of shown) await expect(suggestionLink(page, id!)).toContainText(title(nl, id!));
  expect(files).toEqual(['/help/articles.nl.json']);

  // A word only one Dutch title has, typed key by key.
  const dutchOnly = nl.filter((a) => a.lang === 'nl');
  const count = new Map<string, number>();
  for (const a of nl) for (const w of new Set(wordsOf(a.title))) count.set(w, (count.get(w) ?? 0) + 1);
  const target = dutchOnly.find((a) => wordsOf(a.title).some((w) => w.length >= 7 && count.get(w) === 1 && !en.some((e) => wordsOf(e.title).includes(w))))!;
  const word = wordsOf(target.title).find((w) => w.length >= 7 && count.get(w) === 1)!;
  await typeSearch(page, word);
  await expect(resultLink(page, target.id)).toContainText(target.title);
  await resultLink(page, target.id).click();
  await expect(s.articleTitle).toHaveText(target.title);
  await expect(s.article).toHaveAttribute('lang', 'nl');

  // Not translated yet: the English article, marked as English for screen readers.
  await s.back.click();
  await clearByKeyboard(s.search);
  await typeSearch(page, 'smart charging');
  await resultLink(page, 'smart-charging').click();
  await expect(s.articleTitle).toHaveText(title(en, 'smart-charging'));
  await expect(s.article).toHaveAttribute('lang', 'en');
});

test('switching the help back to English swaps the open hub to the English articles', async ({ page }) => {
  await page.goto('/account');
  await page.locator('#help-language').selectOption('nl');
  const s = situ(page);
  await openPanel(page);
  const first = (await s.suggestionLinks.first().getAttribute('data-article-id'))!;
  await expect(suggestionLink(page, first)).toContainText(title(nl, first));
  await page.locator('#help-language').selectOption('en');
  await expect(suggestionLink(page, first)).toContainText(title(en, first));
  expect(config.article(first).title).toBe(title(en, first));
});
