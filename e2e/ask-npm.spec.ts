import { expect, test } from './support/test';

// `ask` through `createSitu` from @situ/widget (an npm consumer's bundle, e2e/npm/main.ts), in
// real Chromium: the promise resolves with what the visitor chose, by mouse and by keyboard.

const dialog = (page: import('@playwright/test').Page) => page.locator('dialog[data-situ="ask"]');

async function openPage(page: import('@playwright/test').Page) {
  await page.goto('/e2e/csp-npm.html');
  await expect(page.locator('button[data-situ="launcher"]'), 'createSitu mounted its launcher').toBeVisible();
  // A field of the page keeps what the visitor typed through the question.
  await page.locator('#draft').click();
  await page.locator('#draft').pressSequentially('Dear Sir', { delay: 15 });
}

test('createSitu: ask resolves true when the visitor clicks the confirm button', async ({ page }) => {
  await openPage(page);
  await page.locator('#npm-ask').click();
  await expect(dialog(page), 'the alert dialog opens').toBeVisible();
  await expect(dialog(page)).toHaveAttribute('role', 'alertdialog');
  await expect(dialog(page), 'labelled by its title').toHaveAccessibleName('Delete this draft?');
  await expect(dialog(page), 'described by its body').toHaveAccessibleDescription('You cannot undo this.');
  await dialog(page).locator('[data-situ="ask-confirm"]').click();
  await expect(page.locator('#npm-answer'), 'the promise resolved true').toHaveText('deleted');
  await expect(dialog(page), 'the dialog is gone').toHaveCount(0);
  await expect(page.locator('#npm-ask'), 'focus is back on the button that asked').toBeFocused();
  await expect(page.locator('#draft')).toHaveValue('Dear Sir');
});

test('createSitu: ask resolves false by keyboard: Escape, and Enter on the cancel button', async ({ page }) => {
  await openPage(page);
  await page.locator('#npm-ask').focus();
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toBeVisible();
  await expect(dialog(page).locator('[data-situ="ask-cancel"]'), 'focus starts on the safe answer').toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('#npm-answer'), 'Escape means no').toHaveText('kept');
  await expect(page.locator('#npm-ask')).toBeFocused();

  await page.locator('#npm-answer').evaluate((el) => (el.textContent = ''));
  await page.keyboard.press('Enter');
  await expect(dialog(page).locator('[data-situ="ask-cancel"]')).toBeFocused();
  // Tab goes to the confirm button (the last control), then wraps to the first, the phone link
  // of "Not sure? Talk to a person": focus stays in the dialog. Shift+Tab wraps back.
  await page.keyboard.press('Tab');
  await expect(dialog(page).locator('[data-situ="ask-confirm"]')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog(page).locator('a[href^="tel:"]'), 'Tab wraps to the first control in the dialog').toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(dialog(page).locator('[data-situ="ask-confirm"]'), 'Shift+Tab wraps back to the last').toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(dialog(page).locator('[data-situ="ask-cancel"]')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#npm-answer'), 'the cancel button means no').toHaveText('kept');
  await expect(page.locator('#draft')).toHaveValue('Dear Sir');
});

test('createSitu: a second ask waits for the first answer', async ({ page }) => {
  await openPage(page);
  const answers = page.evaluate(() => {
    const situ = (window as unknown as { npmSitu: { ask(o: object): Promise<boolean> } }).npmSitu;
    return Promise.all([situ.ask({ title: 'First?' }), situ.ask({ title: 'Second?' })]);
  });
  await expect(dialog(page)).toHaveAccessibleName('First?');
  await dialog(page).locator('[data-situ="ask-confirm"]').click();
  await expect(dialog(page), 'then the second question').toHaveAccessibleName('Second?');
  await dialog(page).locator('[data-situ="ask-cancel"]').click();
  expect(await answers).toEqual([true, false]);
});
