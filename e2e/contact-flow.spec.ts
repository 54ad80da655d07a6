import type { Page } from '@playwright/test';
import { portalConfig } from './support/config';
import {
  agentCase,
  channelOrder,
  contactPosts,
  expect,
  flow,
  openContactFromHome,
  recordRequests,
  sendForm,
  shownReference,
  tabTo,
  test,
  walkToForm,
} from './support/contact';
import { expectNoAxeViolations, moments } from './support/moments';
import { openPanel, settleAnimations, situ, suggestionLink, typeKeys, typeSearch } from './support/situ';

// "Contact us" on the demo portal, in Chromium, against the real receiver (a portal server of the
// worker's own, so that the agent view's secret is known): what the visitor goes through, and
// what the agent then sees. Delivery when the network or the receiver fails: contact-delivery.spec.ts.

const config = portalConfig();
type W = { Situ: (...a: unknown[]) => unknown };

/** Opens an article from the hub's home, reads it for `seconds` (the page's clock moves on), rates it, and goes back. */
async function readArticle(page: Page, id: string, seconds: number, helpful?: boolean): Promise<void> {
  const s = situ(page);
  await suggestionLink(page, id).click();
  await expect(s.articleTitle).toHaveText(config.article(id).title);
  // The page's clock stands still while the visitor "reads" (the test's own steps take real time,
  // more on a loaded machine): the article is open for `seconds` of the page's time, no more.
  if (seconds > 0) {
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
    await page.clock.fastForward(seconds * 1000 - 1_000);
  }
  if (helpful === false) await s.rateNo.click();
  if (helpful === true) await s.rateYes.click();
  await s.back.click();
  await expect(s.suggestions).toBeVisible();
  if (seconds > 0) await page.clock.resume();
}

/** Tuesday 1 December 2026, 10:00 in Amsterdam: the phone (Mon–Fri 08:30–17:30) and the chat are open. */
const TUESDAY_MORNING = new Date('2026-12-01T10:00:00+01:00');
/** Sunday 6 December 2026, 11:00 in Amsterdam: the phone and the chat are closed. */
const SUNDAY_MORNING = new Date('2026-12-06T11:00:00+01:00');

test.describe('the whole context reaches the agent', () => {
  test('two articles read (one "No"), a multi-word search, an item, then the form on the claim form\'s first step: the agent view shows it all; the host field keeps its text', async ({ page, portal, browser }) => {
    await page.clock.install();
    await page.goto('/claims/new');
    // The host's own field, filled in before asking for help and checked at the end.
    const description = page.locator('#claim-description');
    const hostText = 'Water came through the kitchen ceiling.';
    await description.click();
    await typeKeys(description, hostText);

    await openPanel(page);
    await readArticle(page, 'what-is-covered', 12, false);
    await readArticle(page, 'water-damage', 7);
    await typeSearch(page, 'burst pipe');
    const results = await situ(page).resultLinks.count();
    expect(results, 'the search finds something').toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await expect(situ(page).panel).toBeHidden();

    // The page asks about the policy in question (as its own "Contact us about this policy" would).
    await page.evaluate(() => (window as unknown as W).Situ('contact', { item: { id: 'NW-H-208771', type: 'policy', title: 'Home contents policy' } }));
    const f = flow(page);
    await expect(f.root).toBeVisible();
    // The page's category ("Reporting damage") is chosen already: back to the categories, and pick it as a visitor would.
    await expect(f.articles, 'the claim page starts at its category\'s articles').toBeVisible();
    await f.back.click();
    await expect(f.categories).toBeVisible();
    await walkToForm(page, ['new-claim']);
    await expect(f.part('articles').locator('xpath=..'), 'what will be included').toHaveText('The 2 articles you read');
    await expect(f.part('searches').locator('xpath=..')).toHaveText('Your search');
    await expect(f.part('item').locator('xpath=..')).toHaveText('What it is about');
    const message = 'The leak started last night. What do I do first?';
    await sendForm(page, { name: 'Sanne de Vries', email: 'sanne@example.nl', message });
    await expect(f.title).toHaveText('Message sent');
    await expect(f.done).toHaveAttribute('data-state', 'sent');
    const reference = await shownReference(page);

    const stored = await agentCase(browser, portal.receiver.agentUrl, reference);
    expect(stored.fields, 'who, what about, where').toMatchObject({
      Channel: 'form',
      Name: 'Sanne de Vries',
      Email: 'sanne@example.nl',
      'Item id': 'NW-H-208771',
      'Item type': 'policy',
      Item: 'Home contents policy',
      'Page id': 'claim',
      Step: 'what',
      Category: 'claims › new-claim › Reporting damage',
    });
    expect(stored.fields.URL).toBe(`${portal.url}/claims/new`);
    expect(stored.message).toBe(message);
    expect(stored.articles, 'both articles, with the seconds read and the vote').toEqual([
      `${config.article('what-is-covered').title} (what-is-covered) · 12 s · did not help`,
      `${config.article('water-damage').title} (water-damage) · 7 s · not rated`,
    ]);
    expect(stored.searches, 'the search with its result count').toEqual([`“burst pipe” · ${results} ${results === 1 ? 'result' : 'results'}`]);
    await expect(description, 'the host field still holds what the visitor typed').toHaveValue(hostText);
  });

  test('untick "articles": the contact leaves without them', async ({ page, portal, browser }) => {
    const sent = recordRequests(page);
    await page.goto('/account');
    await openPanel(page);
    await readArticle(page, 'understand-bill', 0);
    await flow(page).contactUs.first().click();
    await walkToForm(page, ['letter']);
    const f = flow(page);
    await expect(f.part('articles')).toBeChecked();
    await f.part('articles').click();
    await expect(f.part('articles')).not.toBeChecked();
    await sendForm(page, { name: 'Sanne', email: 'sanne@example.nl', message: 'Please leave my reading out.' });
    await expect(f.done).toHaveAttribute('data-state', 'sent');
    const reference = await shownReference(page);
    const posts = contactPosts(sent);
    expect(posts.length, 'one POST').toBe(1);
    const body = JSON.parse(posts[0]!.body!) as { context: Record<string, unknown> };
    expect(Object.keys(body.context), 'the parts sent').not.toContain('articlesViewed');
    expect(body.context.page, 'the other parts still go').toBeTruthy();
    const stored = await agentCase(browser, portal.receiver.agentUrl, reference);
    expect(stored.articles).toEqual([]);
    expect(stored.sections['Articles read']).toContain('No articles read before contacting.');
  });
});

test.describe('the form', () => {
  test('Send without a message: the visitor is told what is missing, at the field', async ({ page }) => {
    await page.goto('/account');
    await openContactFromHome(page);
    await walkToForm(page, ['letter']);
    const f = flow(page);
    for (const name of ['name', 'email'] as const) {
      await f.field(name).click();
      await typeKeys(f.field(name), name === 'name' ? 'Sanne' : 'sanne@example.nl');
    }
    await f.submit.click();
    await expect(f.done, 'nothing is sent').toHaveCount(0);
    await expect(f.field('message')).toBeFocused();
    await expect(f.field('message'), 'the field is marked invalid').toHaveAttribute('aria-invalid', 'true');
    await expect(f.send.getByRole('alert'), 'and says why').toHaveText('Please write your message.');
  });

  test('"Contact us about something else" after sending starts with an empty message box', async ({ page }) => {
    await page.goto('/account');
    await openContactFromHome(page);
    await walkToForm(page, ['letter']);
    await sendForm(page, { name: 'Sanne', email: 'sanne@example.nl', message: 'My first question.' });
    const f = flow(page);
    await expect(f.done).toHaveAttribute('data-state', 'sent');
    await f.done.locator('button[data-situ="contact-again"]').click();
    await walkToForm(page, ['letter']);
    await expect(f.field('message'), 'the message already sent is not offered again').toHaveValue('');
  });
});

test.describe('privacy', () => {
  test('on the payment page: no request body holds the redacted card field, the card number typed into the message (only its last four), or the page\'s query string', async ({ page, portal, browser }) => {
    const sent = recordRequests(page);
    await page.goto('/billing/pay?token=s3cr3t-t0ken-771');
    const hostCard = page.locator('#card-number');
    await hostCard.click();
    await typeKeys(hostCard, '5555555555554444');
    await expect(hostCard).toHaveValue('5555 5555 5555 4444');

    await openContactFromHome(page);
    const f = flow(page);
    await walkToForm(page, []);
    const message = 'My card 4111 1111 1111 1111 was charged twice for invoice 2026-11-0412.';
    await sendForm(page, { name: 'Sanne de Vries', email: 'sanne@example.nl', message });
    await expect(f.done).toHaveAttribute('data-state', 'sent');
    const reference = await shownReference(page);

    const posts = contactPosts(sent);
    expect(posts.length, 'the contact was POSTed once').toBe(1);
    const payload = JSON.parse(posts[0]!.body!) as { message: string; context: { page: { url: string; step?: string } } };
    expect(payload.message, 'the card number masked, its last four kept').toBe('My card •••• •••• •••• 1111 was charged twice for invoice 2026-11-0412.');
    expect(payload.context.page.url, 'the page without its query string').toBe(`${portal.url}/billing/pay`);
    expect(payload.context.page.step).toBe('card');
    const bodies = sent.filter((r) => r.body !== null);
    expect(bodies.length, 'request bodies recorded').toBeGreaterThan(0);
    const forbidden = ['5555555555554444', '5555 5555 5555 4444', '555555555555', '4111111111111111', '4111 1111 1111 1111', '4111 1111 1111', 's3cr3t', 'token='];
    for (const r of bodies) for (const bad of forbidden) expect(r.body!.includes(bad), `${r.method} ${r.url} sends "${bad}"`).toBe(false);
    // Nothing Situ requests (after the page itself) carries the query string either.
    for (const r of sent.slice(1)) expect(r.url, `${r.method} ${r.url}`).not.toContain('s3cr3t');
    const stored = await agentCase(browser, portal.receiver.agentUrl, reference);
    expect(stored.message).toBe('My card •••• •••• •••• 1111 was charged twice for invoice 2026-11-0412.');
    expect(stored.fields.URL).toBe(`${portal.url}/billing/pay`);
    await expect(hostCard, 'the host\'s card field keeps its value').toHaveValue('5555 5555 5555 4444');
  });
});

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 375, height: 740 },
]) {
  test.describe(`keyboard only, axe-clean, at ${viewport.width} px`, () => {
    test.use({ viewport });

    test('every step of the flow by Tab, Shift+Tab, Enter and Space; axe finds nothing in categories, articles, channels, form, failed and done', async ({ page }) => {
      test.setTimeout(60_000);
      const f = flow(page);
      const axe = async (what: string) => {
        await settleAnimations(page);
        await expectNoAxeViolations(page, ['situ-root'], `${what} at ${viewport.width} px`);
      };
      await page.goto('/');
      const launcher = situ(page).launcher;
      await expect(launcher).toBeVisible({ timeout: 10_000 });
      // From the top of the page, backwards: the launcher is the page's last stop.
      await tabTo(page, launcher, 'the launcher', 'Shift+Tab', 80);
      await page.keyboard.press('Enter');
      await expect(situ(page).panel).toBeVisible();
      await tabTo(page, f.contactUs.first(), '"Contact us"');
      await page.keyboard.press('Enter');

      await expect(f.categories).toBeVisible();
      await axe('the categories');
      await tabTo(page, f.category('payments'), 'the category "Bills and payments"');
      await page.keyboard.press('Enter');
      await expect(f.title).toHaveText('What about Bills and payments?');
      await expect(f.title, 'the step\'s heading takes focus').toBeFocused();
      await tabTo(page, f.category('bill-question'), 'the category "A question about my bill"');
      await page.keyboard.press('Space');

      await expect(f.articles).toBeVisible();
      await expect(f.title).toBeFocused();
      await axe('the articles');
      await tabTo(page, f.skip, '"None of these helps"');
      await page.keyboard.press('Enter');

      await expect(f.channels).toBeVisible();
      await axe('the channels');
      await tabTo(page, f.channel('form'), 'the contact form channel');
      await page.keyboard.press('Enter');

      await expect(f.send).toBeVisible();
      await axe('the form');
      // Shift+Tab back to the first field from the heading's next stops, as a visitor correcting course would.
      await tabTo(page, f.field('email'), 'the email field');
      await tabTo(page, f.field('name'), 'the name field', 'Shift+Tab');
      await page.keyboard.type('Sanne de Vries', { delay: 20 });
      await tabTo(page, f.field('email'), 'the email field');
      await page.keyboard.type('sanne@example.nl', { delay: 20 });
      await tabTo(page, f.field('message'), 'the message field');
      await page.keyboard.type('A question about the gas part of my bill.', { delay: 20 });
      await tabTo(page, f.part('journey').or(f.part('env')).first(), 'a checkbox of what is included');
      // The receiver refuses this one (a 400): the failure step, by keyboard too.
      await page.route('**/api/situ/contacts', (route) =>
        route.fulfill({ status: 400, contentType: 'application/json', body: JSON.stringify({ error: 'invalid_payload', message: 'Refused by the test.' }) }),
      );
      await tabTo(page, f.submit, 'Send');
      await page.keyboard.press('Enter');
      await expect(f.failed).toBeVisible();
      await expect(f.failedText).toHaveText('A question about the gas part of my bill.');
      await axe('the failure');
      await page.unrouteAll({ behavior: 'wait' });

      // Another way: a call back, by keyboard, delivered this time.
      await tabTo(page, f.failed.locator('button[data-situ="channel"][data-channel="callback"]'), 'the call-back channel');
      await page.keyboard.press('Enter');
      await expect(f.send).toHaveAttribute('data-kind', 'callback');
      await tabTo(page, f.field('phone'), 'the phone field');
      await page.keyboard.type('0612345678', { delay: 20 });
      await tabTo(page, f.submit, 'Call me back');
      await page.keyboard.press('Enter');
      await expect(f.done).toHaveAttribute('data-state', 'sent', { timeout: 10_000 });
      await expect(f.title).toHaveText('Call-back requested');
      await axe('the confirmation');
    });
  });
}

/** At `time`, on the lost-card page: "Talk to a person" on its reassurance card opens the flow. */
async function talkToPersonOnLostCard(page: Page, time: Date): Promise<void> {
  await page.clock.install({ time });
  await page.goto('/cards/lost');
  const m = moments(page);
  await expect(m.reassure).toBeVisible({ timeout: 10_000 });
  await m.reassure.locator('button[data-situ="reassure-person"]').click();
}

test.describe('lost card: "Talk to a person"', () => {
  test.use({ timezoneId: 'Europe/Amsterdam' });

  test('on a weekday morning: phone and chat first; phone shows the reference and a tel: link, and "Call" stores the contact under that reference', async ({ page, portal, browser }) => {
    await talkToPersonOnLostCard(page, TUESDAY_MORNING);
    const f = flow(page);
    await expect(f.channels, 'the flow opens at the channels').toBeVisible();
    expect((await channelOrder(page)).slice(0, 2), 'immediate human channels first').toEqual(['phone', 'chat']);
    await expect(f.channel('phone')).toContainText('Open now');
    await f.channel('phone').click();
    await expect(f.send).toHaveAttribute('data-kind', 'phone');
    const reference = await shownReference(page);
    await expect(f.call).toHaveAttribute('href', 'tel:+31201234567');
    // The browser would hand tel: to the phone; here the click stays on the page.
    await page.evaluate(() =>
      window.addEventListener('click', (e) => {
        if (e.composedPath().some((el) => el instanceof HTMLAnchorElement && el.href.startsWith('tel:'))) e.preventDefault();
      }),
    );
    await f.call.click();
    const stored = await agentCase(browser, portal.receiver.agentUrl, reference);
    expect(stored.fields).toMatchObject({ Channel: 'phone', 'Page id': 'lost-card', Urgency: 'high' });
    // The visitor is told the context is shared under the reference they will read out.
    await expect(f.shared, 'the send step says the context is shared').toHaveText(`Shared under reference ${reference}.`);
  });

  test('on a weekday morning, Chat opens the portal\'s own chat with the same reference', async ({ page }) => {
    await talkToPersonOnLostCard(page, TUESDAY_MORNING);
    const f = flow(page);
    await expect(f.channel('chat')).toContainText('Open now');
    await f.channel('chat').click();
    await expect(f.send).toHaveAttribute('data-kind', 'chat');
    const reference = await shownReference(page);
    await f.chat.click();
    await expect(page.locator('#portal-chat'), 'the portal\'s chat').toBeVisible();
    await expect(page.locator('#portal-chat')).toContainText(`I can see reference ${reference}`);
    await expect(page.locator('#portal-chat'), 'with the page the visitor was on').toContainText('Page: Lost or stolen card');
  });

  test('on a Sunday: the phone is shown closed with when it opens, never hidden', async ({ page }) => {
    await talkToPersonOnLostCard(page, SUNDAY_MORNING);
    const f = flow(page);
    await expect(f.channels).toBeVisible();
    expect(await channelOrder(page), 'every channel, once').toEqual(expect.arrayContaining(['phone', 'chat', 'callback', 'form', 'email']));
    await expect(f.channel('phone')).toHaveAttribute('aria-disabled', 'true');
    // Monday is tomorrow on a Sunday: the visitor reads "Opens tomorrow at 08:30" (Amsterdam time, as this browser's).
    await expect(f.channel('phone')).toContainText('Closed · Opens tomorrow at 08:30');
    await expect(f.channel('chat')).toHaveAttribute('aria-disabled', 'true');
    // A visitor may still click it (Playwright would refuse an aria-disabled button): nothing happens.
    await f.channel('phone').click({ force: true });
    await expect(f.channels, 'a closed channel leads nowhere').toBeVisible();
    await expect(f.send).toHaveCount(0);
  });
});
