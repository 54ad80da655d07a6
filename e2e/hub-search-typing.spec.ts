import type { Page } from '@playwright/test';
import { portalConfig } from './support/config';
import { openPanel, resultLink, situ, typeKeys, typeSearch } from './support/situ';
import { expect, test } from './support/test';

// What a person types into the hub's search field stays in the field exactly as typed, spaces
// included (before, between and after words), while the results follow the query.

const config = portalConfig();
const NAME = 'Sanne de Vries';

/** On the payment page, types a name into the page's own card-holder field, then opens the hub. */
async function openHubWithPageFieldFilled(page: Page) {
  await page.goto('/billing/pay');
  await typeKeys(page.locator('#card-name'), NAME);
  await expect(page.locator('#card-name')).toHaveValue(NAME);
  await openPanel(page);
}

/** Empties the search field with the keyboard (select all, Backspace), as a person does. */
async function clearSearch(page: Page) {
  const { search } = situ(page);
  await search.press('ControlOrMeta+a');
  await search.press('Backspace');
  await expect(search).toHaveValue('');
}

/** Types `text` one key at a time; after every key the field holds exactly what was typed so far. */
async function typeCheckingEachKey(page: Page, text: string) {
  const { search } = situ(page);
  let typed = '';
  for (const key of text) {
    await typeKeys(search, key);
    typed += key;
    await expect(search, `the search field after typing ${JSON.stringify(typed)} key by key`).toHaveValue(typed);
  }
}

test('a typed space is kept: "card declined" stays "card declined" and finds the card-declined article', async ({ page }) => {
  const s = situ(page);
  const target = config.article('card-declined');
  await openHubWithPageFieldFilled(page);

  await typeSearch(page, 'card declined');
  await expect(s.search, 'the field holds exactly what was typed').toHaveValue('card declined');
  await expect(resultLink(page, target.id), `"${target.title}" is among the results`).toBeVisible();

  // The host page's field was not touched by using the help.
  await expect(page.locator('#card-name')).toHaveValue(NAME);
});

test('a three-word query with a trailing space: the field equals what was typed at every keystroke', async ({ page }) => {
  const s = situ(page);
  await openHubWithPageFieldFilled(page);
  await s.search.click();

  const query = 'direct debit returned ';
  await typeCheckingEachKey(page, query);
  // Results follow the words typed; the space after the last word costs nothing.
  await expect(s.resultsStatus).toHaveText(/\d+ articles? found/);
  await expect(resultLink(page, 'failed-direct-debit')).toBeVisible();
  await expect(s.search).toHaveValue(query);

  await expect(page.locator('#card-name')).toHaveValue(NAME);
});

test('a space typed at each position of "card declined" (leading, inside a word, between words, trailing) stays', async ({ page }) => {
  // 14 queries of 14 keys, each key checked: about 20 s on a quiet machine, more on a busy one.
  test.setTimeout(90_000);
  const s = situ(page);
  await openHubWithPageFieldFilled(page);
  await s.search.click();

  const words = 'card declined';
  // A space inserted at every position 0..length: " card declined", "c ard declined", …, "card declined ".
  for (let at = 0; at <= words.length; at++) {
    const text = `${words.slice(0, at)} ${words.slice(at)}`;
    await typeCheckingEachKey(page, text);
    await expect(s.search).toHaveValue(text);
    await clearSearch(page);
  }

  await expect(page.locator('#card-name')).toHaveValue(NAME);
});
