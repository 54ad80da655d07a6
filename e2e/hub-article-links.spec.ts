import type { Page } from '@playwright/test';
import { portalConfig } from './support/config';
import { markPage, openPanel, pageMark, situ, suggestionLink, typeKeys } from './support/situ';
import { expect, test } from './support/test';

// A link inside an article never costs the visitor what they typed into the page: a link to the
// page they are on closes the hub without a reload; a link to another page of the site does not
// take the tab away (the hub offers a choice); a single-page app gets a `link` event it can route.

const config = portalConfig();
const NAME = 'Sanne de Vries';
const NUMBER_TYPED = '4242424242424242';
const NUMBER_SHOWN = '4242 4242 4242 4242';

/** Counts new documents loaded in the tab from now on (a reload or a navigation away). */
function countLoads(page: Page) {
  const loads: string[] = [];
  page.on('load', (p) => loads.push(p.url()));
  return loads;
}

/** Waits up to `ms` for the tab to leave `pathname`; returns early if it does (so a failure shows fast). */
async function settleNavigation(page: Page, pathname: string, ms = 1_500) {
  await page.waitForURL((url) => url.pathname !== pathname, { timeout: ms }).catch(() => undefined);
  await page.waitForLoadState();
}

/** On /billing/pay: marks the document, types the card holder and number key by key. */
async function payPageWithTypedCard(page: Page) {
  await page.goto('/billing/pay');
  await expect(page.locator('#card-form')).toBeVisible();
  await markPage(page);
  await typeKeys(page.locator('#card-name'), NAME);
  await typeKeys(page.locator('#card-number'), NUMBER_TYPED);
  await expect(page.locator('#card-name')).toHaveValue(NAME);
  await expect(page.locator('#card-number')).toHaveValue(NUMBER_SHOWN);
}

/** Opens the hub with the launcher and the suggested article `id`; returns a link in its body by name. */
async function openArticleLink(page: Page, id: string, linkName: string) {
  const s = situ(page);
  await openPanel(page);
  await suggestionLink(page, id).click();
  await expect(s.articleTitle).toHaveText(config.article(id).title);
  const link = s.articleBody.getByRole('link', { name: linkName, exact: true });
  await expect(link, `the body of "${id}" links to "${linkName}"`).toBeVisible();
  return link;
}

test('a link to the page the visitor is on ("Pay a bill" on /billing/pay) closes the hub without a reload; typed card details stay', async ({ page }) => {
  const s = situ(page);
  await payPageWithTypedCard(page);
  const link = await openArticleLink(page, 'pay-outstanding-bill', 'Pay a bill');
  await expect(link).toHaveAttribute('href', /\/billing\/pay$/);

  const loads = countLoads(page);
  await link.click();
  await settleNavigation(page, '/billing/pay');

  expect(await pageMark(page), 'window.__marker survives: the page was not reloaded').toBe(1);
  expect(loads, 'no document loaded after the click').toEqual([]);
  await expect(page.locator('#card-name')).toHaveValue(NAME);
  await expect(page.locator('#card-number')).toHaveValue(NUMBER_SHOWN);
  await expect(s.panel, 'the hub closes: the visitor is already where the link points').toBeHidden();
  await expect(s.launcher).toHaveAttribute('aria-expanded', 'false');
  expect(new URL(page.url()).pathname).toBe('/billing/pay');
});

test('a link to another page of the site ("My account") does not take the tab away from a filled-in form', async ({ page }) => {
  await payPageWithTypedCard(page);
  const link = await openArticleLink(page, 'failed-direct-debit', 'My account');
  await expect(link).toHaveAttribute('href', /\/account$/);

  const loads = countLoads(page);
  await link.click();
  await settleNavigation(page, '/billing/pay');

  // Only this much is required here: the widget offers the visitor a choice inside the hub.
  expect(new URL(page.url()).pathname, 'the tab is still on the payment page').toBe('/billing/pay');
  expect(await pageMark(page), 'window.__marker survives: same document').toBe(1);
  expect(loads, 'no document loaded in this tab after the click').toEqual([]);
  await expect(page.locator('#card-name')).toHaveValue(NAME);
  await expect(page.locator('#card-number')).toHaveValue(NUMBER_SHOWN);
  // The choice, in words: its messages arrive with it.
  const choice = situ(page).panel.locator('[data-situ="leave-choice"]');
  await expect(choice).toContainText('You have typed details on this page that are not saved yet.');
  await choice.getByRole('button', { name: 'Stay here' }).click();
  await expect(choice).toBeHidden();
  expect(new URL(page.url()).pathname).toBe('/billing/pay');
});

test('a single-page app routes a same-site article link itself: `link` event, preventDefault(), pushState, no reload', async ({ page }) => {
  const s = situ(page);
  await page.goto('/e2e/spa.html');
  await markPage(page);
  const note = 'Leave it with the neighbours at 14';
  await typeKeys(page.locator('#note'), note);
  await expect(page.locator('#note')).toHaveValue(note);

  await openPanel(page);
  await suggestionLink(page, 'find-orders').click();
  await expect(s.articleTitle).toHaveText('Finding your past orders');
  const link = s.articleBody.getByRole('link', { name: 'Your details', exact: true });
  await expect(link).toBeVisible();

  const loads = countLoads(page);
  await link.click();
  await settleNavigation(page, '/e2e/spa.html');

  expect(await pageMark(page), 'window.__marker survives: the app routed the link, no page load').toBe(1);
  expect(loads, 'no document loaded after the click').toEqual([]);
  await expect(page).toHaveURL(/\/e2e\/plain\.html$/);
  await expect(page.locator('#route'), 'the app’s router ran').toHaveText('/e2e/plain.html');
  await expect(page.locator('#note')).toHaveValue(note);

  const links = await page.evaluate(
    () => (window as unknown as { __links: { url: unknown; urlType: string; preventDefaultType: string }[] }).__links,
  );
  expect(links, 'one `link` event for the click').toHaveLength(1);
  expect(links[0]).toMatchObject({ urlType: 'string', preventDefaultType: 'function' });
  const url = await page.evaluate((u) => new URL(u, location.href).pathname, links[0]!.url as string);
  expect(url).toBe('/e2e/plain.html');
});
