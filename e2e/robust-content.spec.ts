import type { Page } from '@playwright/test';
import { fixtureConfig } from './support/config';
import { clickText, expectUnharmed, guardPage, serveWithCsp, STRICT_CSP, violations } from './support/robust';
import { markPage, openPanel, pageMark, situ, suggestionLink } from './support/situ';
import { expect, test } from './support/test';

// Article content as CMSs write it, with `allowHtml: true` (e2e/fixtures/robust-html.json), on a
// page under `default-src 'self'`: safe images show, script and data URLs do not, a javascript:
// link is inert text, inline styles and handlers are dropped without a CSP violation.

const config = fixtureConfig('robust-html.json');

async function openArticle(page: Page, id: string) {
  const guard = await guardPage(page);
  await serveWithCsp(page);
  const response = await page.goto('/e2e/robust-html.html');
  expect(response!.headers()['content-security-policy']).toBe(STRICT_CSP);
  await openPanel(page);
  const article = config.article(id);
  await suggestionLink(page, id).click();
  const s = situ(page);
  await expect(s.articleTitle).toHaveText(article.title);
  return guard;
}

/** The article body's last paragraph, which shows once the whole body is rendered. */
const bodyRendered = (page: Page, text: string) => expect(situ(page).articleBody, 'the article body is rendered').toContainText(text);

test('an <img src="/favicon.svg" alt="logo"> shows in the article body', async ({ page }) => {
  const guard = await openArticle(page, 'logo');
  await bodyRendered(page, 'Use it in your newsletter.');
  const img = situ(page).articleBody.locator('img');
  await expect(img).toHaveCount(1);
  expect(await img.evaluate((el) => new URL((el as HTMLImageElement).src).pathname), 'the image source').toBe('/favicon.svg');
  await expect(img).toHaveAttribute('alt', 'logo');
  await expect(img).toBeVisible();
  await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth > 0), { message: 'the image loaded' }).toBe(true);
  expect(await violations(page), 'CSP violations').toEqual([]);
  await expectUnharmed(page, guard);
});

test('<img src="javascript:…"> and <img src="data:text/html,…"> render without a src, or not at all', async ({ page }) => {
  const guard = await openArticle(page, 'bad-images');
  await bodyRendered(page, 'That was all.');
  await page.waitForTimeout(300);
  const sources = await situ(page).articleBody.locator('img').evaluateAll((els) => els.map((el) => el.getAttribute('src') ?? '(no src)').join('\n'));
  expect(sources.split('\n').filter((src) => src !== '(no src)' && src !== ''), 'the src of images in the body').toEqual([]);
  expect(await violations(page), 'CSP violations').toEqual([]);
  await expectUnharmed(page, guard);
});

test('a [click](javascript:alert(1)) link is inert text: no a[href], and clicking it neither reloads nor navigates', async ({ page }) => {
  const guard = await openArticle(page, 'script-link');
  const s = situ(page);
  await bodyRendered(page, 'The end of the article.');
  await expect(s.articleBody).toContainText('Please do not click here.');
  const hrefs = await s.articleBody.locator('a[href]').evaluateAll((els) => els.map((el) => `${el.textContent} -> ${el.getAttribute('href')}`).join('\n'));
  expect(hrefs, 'links (a[href]) in the body').toBe('');

  const url = page.url();
  await markPage(page);
  await clickText(page, s.articleBody, 'click');
  await page.waitForTimeout(1_000);
  expect(page.url(), 'the page did not navigate').toBe(url);
  expect(await pageMark(page), 'the page did not reload (its marker survives)').toBe(1);
  await expect(s.articleBody).toContainText('Please do not click here.');
  expect(await violations(page), 'CSP violations').toEqual([]);
  await expectUnharmed(page, guard);
});

// Chromium checks an inline `style` attribute against the page's CSP as soon as it parses HTML,
// in any parser of the page (setHTML, DOMParser, <template>, an inert document: measured), so
// raw HTML in Markdown loses `style` and `on…` in micromark's output, before any parsing.
test('style="color:red" and onclick="alert(1)" in allowed HTML: both attributes absent, no CSP violation', async ({ page }) => {
  const guard = await openArticle(page, 'styled');
  const s = situ(page);
  await bodyRendered(page, 'Plain text after it.');
  const styled = s.articleBody.getByText('Red text from the CMS');
  await expect(styled).toBeVisible();
  expect(await styled.evaluate((el) => `style=${el.getAttribute('style')} onclick=${el.getAttribute('onclick')}`)).toBe('style=null onclick=null');
  const withAttributes = await s.articleBody.locator('[style], [onclick]').count();
  expect(withAttributes, 'elements with a style or onclick attribute in the body').toBe(0);
  await page.waitForTimeout(300);
  expect(await violations(page), 'securitypolicyviolation events').toEqual([]);
  await expectUnharmed(page, guard);
});

// A browser without the native sanitiser (Element.setHTML) gets DOMPurify, a lazy chunk loaded
// only there: raw HTML allowed in Markdown is sanitised by it, and nothing runs, loads or reloads.
test('without Element.setHTML: DOMPurify, loaded then, sanitises the raw HTML; its words and safe tags stay, nothing unsafe renders', async ({ page }) => {
  await page.addInitScript(() => {
    delete (Element.prototype as { setHTML?: unknown }).setHTML;
  });
  const purify: string[] = [];
  page.on('request', (r) => void (/\/chunks\/dompurify-[\w-]+\.js$/.test(r.url()) && purify.push(r.url())));
  const guard = await openArticle(page, 'styled');
  const s = situ(page);
  await bodyRendered(page, 'Plain text after it.');
  await expect(s.articleBody.locator('p').filter({ hasText: 'Red text from the CMS' })).toHaveCount(1);
  expect(await s.articleBody.locator('[style], [onclick], script').count()).toBe(0);
  expect(purify.length, 'the DOMPurify chunk was requested').toBeGreaterThan(0);
  await s.back.click();
  await suggestionLink(page, 'bad-images').click();
  await bodyRendered(page, 'That was all.');
  expect(await s.articleBody.locator('img').count(), 'images with javascript: or data: sources').toBe(0);
  expect(await violations(page), 'CSP violations').toEqual([]);
  await expectUnharmed(page, guard);
});

// Trusted Types without Element.setHTML: DOMPurify's own policy makes the sanitised HTML a
// TrustedHTML, so a page that allows the `dompurify` policy gets the article as HTML.
test("without Element.setHTML, under Trusted Types (trusted-types situ dompurify): DOMPurify's policy puts the sanitised HTML in, no violation", async ({ page }) => {
  await page.addInitScript(() => {
    delete (Element.prototype as { setHTML?: unknown }).setHTML;
  });
  const guard = await guardPage(page);
  const csp = "default-src 'self'; require-trusted-types-for 'script'; trusted-types situ dompurify";
  await serveWithCsp(page, csp);
  await page.goto('/e2e/robust-html.html');
  await openPanel(page);
  await suggestionLink(page, 'styled').click();
  await bodyRendered(page, 'Plain text after it.');
  await expect(situ(page).articleBody.locator('p').filter({ hasText: 'Red text from the CMS' })).toHaveCount(1);
  expect(await situ(page).articleBody.locator('[style], [onclick]').count()).toBe(0);
  expect(await violations(page), 'securitypolicyviolation events (Trusted Types)').toEqual([]);
  await expectUnharmed(page, guard);
});
