import type { Page } from '@playwright/test';
import { portalConfig, uniqueTitleWord } from './support/config';
import { focusedInSitu, situ, waitForLauncher } from './support/situ';
import { expect, test } from './support/test';

const config = portalConfig();
const { article, word } = uniqueTitleWord(config.articles);

/** Presses `key` until `done` holds for the focused element, at most `max` times. */
async function pressUntil(page: Page, key: string, done: (f: Awaited<ReturnType<typeof focusedInSitu>>) => boolean, max: number) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const focus = await focusedInSitu(page);
    if (done(focus)) return focus;
  }
  throw new Error(`pressed ${key} ${max} times without reaching the target; focus is on ${JSON.stringify(await focusedInSitu(page))}`);
}

/** From a fresh page load, Tab to the launcher and open the hub with Enter. */
async function openWithKeyboard(page: Page) {
  await page.goto('/account');
  await waitForLauncher(page);
  await pressUntil(page, 'Tab', (f) => f.situ === 'launcher', 80);
  await page.keyboard.press('Enter');
  await expect(situ(page).panel).toBeVisible({ timeout: 10_000 });
  await expect.poll(async () => (await focusedInSitu(page)).inPanel, { message: 'focus moves into the dialog' }).toBe(true);
}

test('Tab, Enter, type, Tab to a result, Enter, Escape: the whole path without a mouse', async ({ page }) => {
  const s = situ(page);
  await openWithKeyboard(page);

  if ((await focusedInSitu(page)).situ !== 'search') await pressUntil(page, 'Tab', (f) => f.situ === 'search', 15);
  await page.keyboard.type(word.slice(0, 5), { delay: 30 });
  await expect(s.results.locator(`[data-article-id="${article.id}"]`)).toBeVisible();

  const target = await pressUntil(
    page,
    'Tab',
    (f) => f.situ === 'article-link',
    20,
  );
  expect(target.inPanel).toBe(true);
  const focusedId = await page.evaluate(
    () => document.querySelector('situ-root')!.shadowRoot!.activeElement!.getAttribute('data-article-id'),
  );
  await page.keyboard.press('Enter');
  await expect(s.article).toBeVisible();
  await expect(s.articleTitle).toHaveText(config.article(focusedId!).title);
  // Soft: a lost focus is reported, and the rest of the path is still checked.
  expect.soft(await focusedInSitu(page), 'focus stays in the dialog after opening the article').toMatchObject({ inPanel: true });

  await page.keyboard.press('Escape');
  await expect(s.panel).toBeHidden();
  await expect.poll(async () => (await focusedInSitu(page)).situ, { message: 'focus returns to the launcher' }).toBe('launcher');
  await expect(s.launcher).toHaveAttribute('aria-expanded', 'false');
});

// On a phone the hub is a full-screen modal dialog: Tab stays in it. (On a wide screen it is a
// panel beside the page and Tab may leave it: e2e/hub-non-modal.spec.ts.)
test('Tab and Shift+Tab stay inside the open dialog on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await openWithKeyboard(page);
  const visits = new Set<string>();
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press(key);
      const f = await focusedInSitu(page);
      expect(f.inPanel, `after ${key} #${i + 1} focus is on ${JSON.stringify(f)}`).toBe(true);
      visits.add(f.situ ?? f.tag ?? '?');
    }
  }
  expect([...visits]).toEqual(expect.arrayContaining(['search', 'close', 'article-link']));
});

test('the launcher toggles with Space too, and Escape from the home view returns focus', async ({ page }) => {
  const s = situ(page);
  await page.goto('/account');
  await waitForLauncher(page);
  await pressUntil(page, 'Tab', (f) => f.situ === 'launcher', 80);
  await page.keyboard.press('Space');
  await expect(s.panel).toBeVisible({ timeout: 10_000 });
  await page.keyboard.press('Escape');
  await expect(s.panel).toBeHidden();
  await expect.poll(async () => (await focusedInSitu(page)).situ).toBe('launcher');
});
