import { fixtureConfig } from './support/config';
import { openPanel, recordEvents, recordedEvents, searchFor, situ } from './support/situ';
import { expect, test } from './support/test';

// The fixture's config carries Markdown with headings, lists and emphasis; the page is /e2e/plain.html.
const config = fixtureConfig('site.json');
const markdown = config.article('reset-password');

test.beforeEach(async ({ page }) => {
  await page.goto('/e2e/plain.html');
  await recordEvents(page, ['article:view', 'article:rate']);
  await openPanel(page);
});

test('an article renders its Markdown as HTML', async ({ page }) => {
  const s = situ(page);
  await s.suggestionLinks.filter({ hasText: markdown.title }).click();
  await expect(s.article).toBeVisible();
  await expect(s.articleTitle).toHaveText(markdown.title);

  const body = s.articleBody;
  // "## Before you start" and "## Steps" become headings (whatever level fits under the h2).
  await expect(body.locator('h2, h3, h4, h5, h6').filter({ hasText: 'Before you start' })).toHaveCount(1);
  await expect(body.locator('h2, h3, h4, h5, h6').filter({ hasText: /^Steps$/ })).toHaveCount(1);
  await expect(body.locator('ul > li')).toHaveText(['access to your email address', 'your customer number', 'about five minutes']);
  await expect(body.locator('ol > li')).toHaveCount(3);
  await expect(body.locator('strong').first()).toHaveText('email address');
  await expect(body.locator('em').first()).toHaveText('Settings');
  // No Markdown syntax left as text.
  await expect(body).not.toContainText('##');
  await expect(body).not.toContainText('**');

  await expect.poll(() => recordedEvents(page)).toContainEqual([
    'article:view',
    expect.objectContaining({ id: markdown.id, title: markdown.title }),
  ]);
});

test('"Did this help?" yes: thanks replace the buttons and article:rate fires', async ({ page }) => {
  const s = situ(page);
  await s.suggestionLinks.filter({ hasText: markdown.title }).click();
  await expect(s.rateYes).toBeVisible();
  await expect(s.rateNo).toBeVisible();
  await expect(s.articleBody).not.toBeEmpty();
  await s.rateYes.click();
  await expect(s.article).toContainText(/thank/i);
  await expect(s.rateYes).toHaveCount(0);
  await expect(s.rateNo).toHaveCount(0);
  await expect.poll(() => recordedEvents(page)).toContainEqual([
    'article:rate',
    expect.objectContaining({ id: markdown.id, helpful: true }),
  ]);
});

test('"Did this help?" no also thanks and reports helpful: false', async ({ page }) => {
  const s = situ(page);
  await s.suggestionLinks.filter({ hasText: markdown.title }).click();
  // A person answers after reading: the body (rendered a moment later) is there, and the
  // buttons have stopped moving.
  await expect(s.articleBody).not.toBeEmpty();
  await s.rateNo.click();
  await expect(s.article).toContainText(/thank/i);
  await expect(s.rateYes).toHaveCount(0);
  await expect.poll(() => recordedEvents(page)).toContainEqual([
    'article:rate',
    expect.objectContaining({ id: markdown.id, helpful: false }),
  ]);
});

test('related articles open, and Back walks the views back to home', async ({ page }) => {
  const s = situ(page);
  await s.suggestionLinks.filter({ hasText: markdown.title }).click();
  await expect(s.articleTitle).toHaveText(markdown.title);

  // Related by shared tags (no explicit `related` in the fixture): every article sharing a tag, none itself.
  const tags = new Set(markdown.tags ?? []);
  const sharing = config.articles.filter((a) => a.id !== markdown.id && (a.tags ?? []).some((t) => tags.has(t)));
  await expect(s.related).toBeVisible();
  const relatedIds = await s.relatedLinks.evaluateAll((els) => els.map((el) => el.getAttribute('data-article-id')));
  expect(relatedIds.length).toBeGreaterThan(0);
  expect(relatedIds).not.toContain(markdown.id);
  for (const id of relatedIds) expect(sharing.map((a) => a.id)).toContain(id);

  const next = config.article(relatedIds[0]!);
  await s.relatedLinks.first().click();
  await expect(s.articleTitle).toHaveText(next.title);

  await s.back.click();
  await expect(s.articleTitle).toHaveText(markdown.title);
  await s.back.click();
  await expect(s.article).toBeHidden();
  await expect(s.suggestions).toBeVisible();
});

test('Back from an article opened from search returns to the results, query kept', async ({ page }) => {
  const s = situ(page);
  await searchFor(page, 'verification');
  const target = config.article('two-step');
  await s.resultLinks.filter({ hasText: target.title }).click();
  await expect(s.articleTitle).toHaveText(target.title);
  await s.back.click();
  await expect(s.results).toBeVisible();
  await expect(s.search).toHaveValue('verification');
  await expect(s.resultLinks.filter({ hasText: target.title })).toHaveCount(1);
});
