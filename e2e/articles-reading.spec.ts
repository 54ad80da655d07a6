import type { Page } from '@playwright/test';
import { formatArticlesFile } from '../packages/core/src/capabilities/articles/formatArticlesFile';
import { serveWithCsp } from './support/robust';
import { articleIds, clearByKeyboard, openPanel, situ, typeKeys, watchConsole } from './support/situ';
import { expect, test } from './support/test';

// The articles file is read as it arrives: decoded a bounded piece at a time and, in the layout
// `situ build` writes (one article per line), parsed a line at a time. In Chromium, against the
// built script: titles in several scripts come out as written, the first, middle and last
// articles are all there, a file in another layout still works, and a broken file is reported,
// not half-shown. (Bytes cut inside a character: packages/widget/src/platform/browserPlatform.test.ts.)

const URL_PATH = '/e2e/search-scale-articles.json';
const TRACKING = 'NW-2231-07';
// Two-, three- and four-byte characters everywhere.
const WORDS = ['grüße', 'ĳsbeer', 'café', '😀', 'naïve', '中文', 'smørrebrød', 'ŝipo', '🚲'];
const TARGET = { id: 'zwembad', title: 'Zwembadkosten: grüße 😀 ĳsbeer 中文', text: 'Zwembadkosten worden per kwartaal berekend.' };
const LAST = { id: 'laatste', title: 'Het laatste artikel 🚲 smørrebrød', text: 'Eindpunt van de kennisbank.' };

/** 600 articles (about 600 KB of mostly multi-byte text), TARGET in the middle and LAST at the end. */
function knowledgeBase() {
  const articles = Array.from({ length: 598 }, (_, i) => {
    const words = Array.from({ length: 120 }, (_, j) => WORDS[(i + j) % WORDS.length]).join(' ');
    return { id: `a${i}`, title: `Artikel ${i} ${WORDS[i % WORDS.length]}`, html: `<p>${words}</p>`, text: words, lang: 'en' };
  });
  const article = ({ id, title, text }: typeof TARGET) => ({ id, title, html: `<p>${text}</p>`, text, lang: 'en' });
  articles.splice(300, 0, article(TARGET));
  articles.push(article(LAST));
  return { articles };
}

/** The parcel page with the knowledge base served as `body`, its own field filled in key by key. */
async function parcelPage(page: Page, body: string) {
  await page.route(`**${URL_PATH}`, (route) => route.fulfill({ body, contentType: 'application/json; charset=utf-8' }));
  await serveWithCsp(page);
  await page.goto('/e2e/search-scale.html');
  await typeKeys(page.locator('#tracking'), TRACKING);
  await openPanel(page);
}

/** Types `query` key by key into the hub's search and waits for article `id` to come first. */
async function expectFirst(page: Page, query: string, id: string) {
  const s = situ(page);
  await typeKeys(s.search, query);
  await expect.poll(() => articleIds(s.resultLinks).then((ids) => ids[0]), { message: `the first result for "${query}"`, timeout: 15_000 }).toBe(id);
}

const layouts = {
  'one article per line (as situ build writes it)': () => formatArticlesFile(knowledgeBase()),
  'indented by hand': () => JSON.stringify(knowledgeBase(), null, 2),
};

for (const [layout, file] of Object.entries(layouts)) {
  test(`${layout}: titles in several scripts come out as written, the middle and the last article are found`, async ({ page }) => {
    const body = file();
    expect(Buffer.byteLength(body), 'larger than several of the widget\'s 64 KB pieces').toBeGreaterThan(4 * 65_536);
    await parcelPage(page, body);
    const s = situ(page);
    await expectFirst(page, 'zwembadkosten', TARGET.id);
    await expect(s.resultLinks.first()).toContainText(TARGET.title);
    await clearByKeyboard(s.search);
    await expectFirst(page, 'eindpunt kennisbank', LAST.id);
    await expect(s.resultLinks.first()).toContainText(LAST.title);
    // No character was cut in two: every title shown is the one written, word for word.
    await clearByKeyboard(s.search);
    await typeKeys(s.search, 'artikel');
    await expect.poll(() => s.resultLinks.count(), { message: 'results for "artikel"', timeout: 15_000 }).toBeGreaterThan(5);
    const shown = await s.resultLinks.evaluateAll((els) => els.map((el) => [el.getAttribute('data-article-id') ?? '', el.textContent ?? '']));
    for (const [id, text] of shown) {
      const i = Number(id.slice(1));
      expect(text, `the title of ${id}`).toContain(`Artikel ${i} ${WORDS[i % WORDS.length]}`);
    }
    await expect(s.panel).not.toContainText('\uFFFD');
    await expect(page.locator('#tracking'), 'the page\'s own field keeps its value').toHaveValue(TRACKING);
  });
}

test('a file cut short: the hub says the articles could not be loaded, the console names the file, nothing half-shown', async ({ page }) => {
  const console = watchConsole(page);
  const whole = formatArticlesFile(knowledgeBase());
  await parcelPage(page, whole.slice(0, Math.floor(whole.length / 2)));
  const s = situ(page);
  await expect(s.panel.getByText('The help articles could not be loaded.')).toBeVisible({ timeout: 15_000 });
  await expect(s.panel.getByRole('button', { name: 'Try again' })).toBeVisible();
  await expect.poll(() => console.situErrors().find((e) => e.includes('articlesUrl')), { message: 'a [situ] error about articlesUrl' }).toContain(URL_PATH);
  await expect(s.suggestionLinks, 'no article from the first half is offered').toHaveCount(0);
  await expect(page.locator('#tracking')).toHaveValue(TRACKING);
});
