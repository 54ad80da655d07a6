import type { CDPSession, Page } from '@playwright/test';
import {
  callSitu,
  domCounters,
  expectBeside,
  expectShowing,
  focused,
  hintBox,
  openHintsPage,
  openStates,
  TEXT,
} from './support/hints';
import { typeKeys, watchConsole } from './support/situ';
import { expect, test } from './support/test';

// Hints at the field over time, on the hints fixture (e2e/fixtures/csp-hints.html, strict CSP):
// targets that come and go, hint() and hide(), what many shows, hides and navigations leave
// behind, bad calls, and hints shown once. Where hints sit and what opens them: hints.spec.ts.

/** Checks that the text typed into `selector` earlier in the test is still there. */
const expectTyped = (page: Page, selector: string, text: string) =>
  expect(page.locator(selector), `what the visitor typed into ${selector} is still there`).toHaveValue(text);

/** The ids in `selector`'s aria-describedby. */
const describedBy = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean));

test('a field added later gets its hint; a removed field takes its hint away', async ({ page }) => {
  await openHintsPage(page);
  await page.locator('#name').click();
  await typeKeys(page.locator('#name'), 'Ada');
  await expect(page.locator('#late'), 'no #late before the button').toHaveCount(0);
  await expect(hintBox(page, TEXT.late), 'no hint for a field that is not there yet').toHaveCount(0);

  await page.locator('#add-late').click();
  const late = page.locator('#late');
  await expect(late, 'the button added #late').toHaveCount(1);
  await expect(late, '#late is described by its configured hint once it appears').toHaveAttribute('aria-describedby', /situ-hint-\d+/);
  await late.click();
  await typeKeys(late, 'CL-2024');
  const box = hintBox(page, TEXT.late);
  await expectShowing(box, true, 'the configured hint of the field added later');
  await expectBeside(page, '#late', box, 'the later field');
  expect(await describedBy(page, '#late'), '#late\'s aria-describedby is its hint\'s id').toEqual([await box.getAttribute('id')]);

  await expect(hintBox(page, TEXT.policy), 'the #policy hint is in the DOM before its field is removed').toHaveCount(1);
  await page.locator('#remove-policy').click();
  await expect(page.locator('#policy'), 'the button removed #policy').toHaveCount(0);
  await expect(hintBox(page, TEXT.policy), 'the #policy hint element is gone from the DOM').toHaveCount(0);
  expect(
    await page.evaluate(() => [...document.querySelectorAll('situ-hint')].some((el) => el.textContent!.includes('NW-1234-5678'))),
    'no <situ-hint> with the policy text anywhere (not just unmarked)',
  ).toBe(false);

  // The others still work.
  await late.click();
  await expectShowing(box, true, 'the #late hint after #policy went');
  await page.locator('#name').focus();
  await expectShowing(hintBox(page, TEXT.name), true, 'the #name hint (hover, opens on focus) after #policy went');
  await expectTyped(page, '#late', 'CL-2024');
  await expectTyped(page, '#name', 'Ada');
});

test('hint() adds or replaces a hint by id, hide() takes it (and a configured one) away, with aria-describedby', async ({ page }) => {
  await openHintsPage(page);
  const edge = page.locator('#edge');
  const edgeIds = await describedBy(page, '#edge');
  expect(edgeIds, '#edge has its configured hint').toHaveLength(1);

  await callSitu(page, 'hint', { id: 'postcode-more', target: '#edge', body: 'Or leave it empty abroad.', trigger: 'click' });
  const added = hintBox(page, 'Or leave it empty abroad.');
  await expect(added, 'the hint from hint() is in the page').toHaveCount(1);
  const addedId = await added.getAttribute('id');
  await expect.poll(() => describedBy(page, '#edge'), { message: '#edge is described by both hints' }).toEqual([...edgeIds, addedId]);

  // The same id again replaces it.
  await callSitu(page, 'hint', { id: 'postcode-more', target: '#edge', body: 'Leave it empty if you live abroad.', trigger: 'click' });
  await expect(hintBox(page, 'Leave it empty if you live abroad.'), 'the replacement is in the page').toHaveCount(1);
  await expect(added, 'the replaced hint is gone').toHaveCount(0);
  await edge.click();
  await typeKeys(edge, '1017');
  await expectShowing(hintBox(page, 'Leave it empty if you live abroad.'), true, 'the replacement (click) after a click on #edge');

  await callSitu(page, 'hide', 'postcode-more');
  await expect(hintBox(page, 'Leave it empty if you live abroad.'), 'hide() removed the hint element').toHaveCount(0);
  await expect.poll(() => describedBy(page, '#edge'), { message: '#edge is described by its configured hint only' }).toEqual(edgeIds);

  // A configured hint: hide('policy') removes it and the field's description.
  await callSitu(page, 'hide', 'policy');
  await expect(hintBox(page, TEXT.policy), 'hide("policy") removed the configured hint').toHaveCount(0);
  await expect(page.locator('#policy'), 'no aria-describedby left on #policy').not.toHaveAttribute('aria-describedby', /.*/);
  await page.locator('#policy').click();
  await typeKeys(page.locator('#policy'), 'NW-5');
  await page.keyboard.press('Tab');
  await expectShowing(hintBox(page, TEXT.name), true, 'the next field\'s hint still works');
  await expectTyped(page, '#policy', 'NW-5');
  await expectTyped(page, '#edge', '1017');
});

test('Situ(\'destroy\') takes every hint, beacon and aria-describedby away and gives the page\'s own <situ-hint> its text back', async ({ page }) => {
  await openHintsPage(page);
  await page.locator('#policy').click();
  await typeKeys(page.locator('#policy'), 'NW-6');
  await expectShowing(hintBox(page, TEXT.policy), true, 'the #policy hint before destroy');
  await callSitu(page, 'destroy');
  await expect(page.locator('situ-hint[data-situ="hint"]'), 'no hint boxes after destroy').toHaveCount(0);
  await expect(page.locator('situ-beacon'), 'no beacon after destroy').toHaveCount(0);
  await expect(page.locator('[aria-describedby]'), 'no aria-describedby left on any field').toHaveCount(0);
  const markup = page.locator('situ-hint[for="email"]');
  await expect(markup, 'the page\'s own <situ-hint> is still there').toHaveCount(1);
  expect(
    await markup.evaluate((el) => ({ text: el.textContent?.trim(), popover: el.getAttribute('popover'), role: el.getAttribute('role'), id: el.getAttribute('id') })),
    'the page\'s <situ-hint> as it was written',
  ).toEqual({ text: TEXT.email, popover: null, role: null, id: null });
  // The page itself still works: focus and typing, and Escape reaches the page.
  await page.locator('#name').click();
  await typeKeys(page.locator('#name'), 'Ada');
  await expectTyped(page, '#name', 'Ada');
  await expectTyped(page, '#policy', 'NW-6');
});

test('the beacon goes when its field is scrolled out of view, and comes back on the field\'s corner', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 600 });
  await openHintsPage(page);
  const beacon = page.locator('situ-beacon[data-situ="beacon"]');
  const corner = async () => {
    const [b, f] = [await beacon.boundingBox(), await page.locator('#photos').boundingBox()];
    if (!b || !f) return 'not rendered';
    // On the top edge (its centre within 3 px of it), its box inside the field's width, at the end (right) half.
    const cy = b.y + b.height / 2;
    const onCorner = Math.abs(cy - f.y) <= 3 && b.x >= f.x && b.x + b.width <= f.x + f.width && b.x > f.x + f.width / 2;
    return onCorner ? 'on the top-end corner' : `beacon ${JSON.stringify(b)}, field ${JSON.stringify(f)}`;
  };
  await page.locator('#photos').scrollIntoViewIfNeeded();
  await expect.poll(corner, { message: 'the beacon sits on #photos\' top-end corner' }).toBe('on the top-end corner');
  await page.mouse.move(900, 300);
  await page.mouse.wheel(0, 1500);
  await expect
    .poll(() => page.evaluate(() => document.getElementById('photos')!.getBoundingClientRect().bottom), { message: '#photos scrolled above the viewport' })
    .toBeLessThan(0);
  await expect(beacon, 'the beacon is hidden with its field out of view').toBeHidden();
  await page.mouse.wheel(0, -1500);
  await expect.poll(() => page.evaluate(() => scrollY), { message: 'the window scrolled back to the top' }).toBe(0);
  await expect(beacon, 'the beacon shows again').toBeVisible();
  await expect.poll(corner, { message: 'back on #photos\' top-end corner' }).toBe('on the top-end corner');
});

test.describe('leaks (Chrome DevTools Protocol DOM counters after garbage collection)', () => {
  // Tolerance. After one warm-up round, these counters come back to exactly the same numbers
  // round after round (measured: 0 drift over 30 rounds of each kind below); what a leak leaves
  // is far more: one <situ-hint> that stays is at least 8 nodes (the element, its text, its
  // shadow root, .box, .title, two slots, .arrow) and one binding whose listeners stay is at
  // least 2 listeners (focusin and focusout on the field). So the counters may drift by less
  // than a single leaked hint or binding, and no more: 100 rounds that each leaked would be off
  // by hundreds.
  const NODE_SLACK = 4;
  const LISTENER_SLACK = 1;

  const expectNoGrowth = (before: { nodes: number; jsEventListeners: number; documents: number }, after: typeof before, what: string) => {
    // Fewer is no leak: documents made before the first reading (inert ones a parser used) were collected.
    expect(after.documents, `${what}: documents (before ${before.documents})`).toBeLessThanOrEqual(before.documents);
    expect(after.nodes - before.nodes, `${what}: DOM nodes added (before ${before.nodes}, after ${after.nodes})`).toBeLessThanOrEqual(NODE_SLACK);
    expect(
      after.jsEventListeners - before.jsEventListeners,
      `${what}: JS event listeners added (before ${before.jsEventListeners}, after ${after.jsEventListeners})`,
    ).toBeLessThanOrEqual(LISTENER_SLACK);
  };

  const grew = (before: { nodes: number; jsEventListeners: number; documents: number }, after: typeof before) =>
    after.documents > before.documents || after.nodes - before.nodes > NODE_SLACK || after.jsEventListeners - before.jsEventListeners > LISTENER_SLACK;
  /**
   * The counters once the page's pending work has run (a frame, a timer, a collection on a
   * loaded machine): measured again, for up to 5 s, while they are above `before`. A real leak
   * stays above it.
   */
  const settledCounters = async (cdp: CDPSession, before: { nodes: number; jsEventListeners: number; documents: number }) => {
    let after = await domCounters(cdp);
    for (let i = 0; i < 10 && grew(before, after); i++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      after = await domCounters(cdp);
    }
    return after;
  };

  const countHintElements = (page: Page) =>
    page.evaluate(() => ({ hints: document.querySelectorAll('situ-hint').length, beacons: document.querySelectorAll('situ-beacon').length }));

  test('100 focus and blur rounds on #policy and #name leave no extra DOM nodes or listeners', async ({ page }) => {
    test.setTimeout(120_000);
    await openHintsPage(page);
    const cdp = await page.context().newCDPSession(page);
    const policy = hintBox(page, TEXT.policy);
    const name = hintBox(page, TEXT.name);
    await page.locator('#policy').click();
    await typeKeys(page.locator('#policy'), 'NW-100');
    // One round, Tab to #name (its hover hint opens on focus) and Shift+Tab back.
    const round = async () => {
      await page.keyboard.press('Tab');
      await expectShowing(name, true, 'the #name hint after Tab');
      await expectShowing(policy, false, 'the #policy hint after Tab');
      await page.keyboard.press('Shift+Tab');
      await expectShowing(policy, true, 'the #policy hint after Shift+Tab');
      await expectShowing(name, false, 'the #name hint after Shift+Tab');
    };
    await round(); // warm-up: first-time work (floating-ui, style recalc) is not a leak
    const elements = await countHintElements(page);
    const before = await domCounters(cdp);
    for (let i = 0; i < 100; i++) await round();
    const after = await settledCounters(cdp, before);
    expect(await countHintElements(page), '<situ-hint> and <situ-beacon> elements after 100 rounds').toEqual(elements);
    expectNoGrowth(before, after, '100 focus/blur rounds');
    expect(await focused(page), 'focus ends on #policy').toBe('input#policy');
    await expectTyped(page, '#policy', 'NW-100');
  });

  test('100 hint() and hide() rounds on a field without a hint (always and beacon) leave nothing behind', async ({ page }) => {
    test.setTimeout(120_000);
    await openHintsPage(page);
    const cdp = await page.context().newCDPSession(page);
    await page.locator('#name').click();
    await typeKeys(page.locator('#name'), 'Grace');
    // The button #add-late has no hint of its own; scrolled into view, so that an always hint shows.
    await page.locator('#add-late').scrollIntoViewIfNeeded();
    const box = hintBox(page, 'Adds the claim reference field.');
    const beacon = page.locator('#add-late + situ-beacon[data-situ="beacon"]');
    const round = async (i: number) => {
      const trigger = i % 2 ? 'beacon' : 'always';
      await callSitu(page, 'hint', { id: 'cycle', target: '#add-late', body: 'Adds the claim reference field.', trigger });
      if (trigger === 'always') await expectShowing(box, true, `round ${i}: the always hint from hint()`);
      else {
        await expect(box, `round ${i}: the beacon hint from hint() is bound`).toHaveCount(1);
        await expect(beacon, `round ${i}: its beacon, right after the button`).toHaveCount(1);
      }
      await expect.poll(() => describedBy(page, '#add-late'), { message: `round ${i}: the button is described by the hint` }).toHaveLength(1);
      await callSitu(page, 'hide', 'cycle');
      await expect(box, `round ${i}: hide() removed the hint`).toHaveCount(0);
      await expect(beacon, `round ${i}: and its beacon`).toHaveCount(0);
      await expect(page.locator('#add-late'), `round ${i}: and the button's aria-describedby`).not.toHaveAttribute('aria-describedby', /.*/);
    };
    await round(0);
    await round(1);
    const elements = await countHintElements(page);
    const before = await domCounters(cdp);
    for (let i = 0; i < 100; i++) await round(i);
    const after = await settledCounters(cdp, before);
    expect(await countHintElements(page), '<situ-hint> and <situ-beacon> elements after 100 rounds').toEqual(elements);
    expectNoGrowth(before, after, '100 hint()/hide() rounds');
    await expectTyped(page, '#name', 'Grace');
  });

  test('50 SPA navigations between the hints page, the same page with a query, and a page without hints leave nothing behind', async ({ page }) => {
    test.setTimeout(120_000);
    await openHintsPage(page);
    const cdp = await page.context().newCDPSession(page);
    await page.locator('#name').click();
    await typeKeys(page.locator('#name'), 'Alan');
    const push = (url: string) => page.evaluate((u) => history.pushState(null, '', u), url);
    const policy = page.locator('#policy');
    // csp-hints.json matches /e2e/csp-hints.html (query strings are not part of a match); /e2e/other matches no page.
    const round = async (i: number) => {
      await push('/e2e/other');
      await expect(policy, `navigation ${i}a: off the page its hints go`).not.toHaveAttribute('aria-describedby', /.*/);
      await expect(hintBox(page, TEXT.policy), `navigation ${i}a: no #policy hint element`).toHaveCount(0);
      await push(i % 2 ? '/e2e/csp-hints.html?x' : '/e2e/csp-hints.html');
      await expect(policy, `navigation ${i}b: back on the page its hints come back`).toHaveAttribute('aria-describedby', /situ-hint-\d+/);
      await expect(hintBox(page, TEXT.policy), `navigation ${i}b: one #policy hint element`).toHaveCount(1);
    };
    await round(0);
    await round(1);
    const elements = await countHintElements(page);
    const before = await domCounters(cdp);
    // 25 rounds of 2 navigations each: 50 navigations.
    for (let i = 0; i < 25; i++) await round(i);
    const after = await settledCounters(cdp, before);
    expect(await countHintElements(page), '<situ-hint> and <situ-beacon> elements after 50 navigations').toEqual(elements);
    expectNoGrowth(before, after, '50 SPA navigations');
    // The hints still work.
    await policy.click();
    await expectShowing(hintBox(page, TEXT.policy), true, 'the #policy hint after the navigations');
    await expectTyped(page, '#name', 'Alan');
  });
});

test.describe('bad hint() calls', () => {
  const cases: { call: unknown; error: string }[] = [
    { call: { target: '>>', body: 'x' }, error: '[situ] hint: target: expected a CSS selector, got ">>"' },
    { call: { target: '#nope', body: 'x' }, error: '[situ] hint: target: "#nope" matches no element on this page; the hint shows when one appears' },
    { call: 'nonsense', error: '[situ] hint: expected hint options such as { target: "#cvc", body: "The three digits on the back." }, got "nonsense"' },
    { call: { target: '#name', body: '' }, error: '[situ] hint: body: expected the hint text, got ""' },
    { call: { target: '#name', body: 'x', trigger: 'shake' }, error: '[situ] hint: trigger: expected "focus", "hover", "click", "beacon", "always", got "shake"' },
  ];
  for (const { call, error } of cases) {
    test(`Situ('hint', ${JSON.stringify(call)}) logs exactly one error naming the field; the other hints still work`, async ({ page }) => {
      const console = watchConsole(page);
      await openHintsPage(page);
      await page.locator('#policy').click();
      await typeKeys(page.locator('#policy'), 'NW-8');
      expect(console.situErrors(), 'no [situ] errors before the call').toEqual([]);
      const hintsBefore = await page.locator('situ-hint').count();

      expect(await callSitu(page, 'hint', call), 'Situ() returns nothing and does not throw').toBeUndefined();
      await expect.poll(() => console.situErrors(), { message: 'the one [situ] error of the bad call' }).toEqual([error]);
      // More DOM changes (each makes the hints bind again) and a few frames: still one error.
      await page.locator('#add-late').click();
      await expect(page.locator('#late'), 'the page added #late').toHaveCount(1);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 200)))));
      expect(console.situErrors(), 'still exactly one [situ] error').toEqual([error]);
      expect(console.pageErrors.map(String), 'no uncaught page errors').toEqual([]);
      expect(await page.locator('situ-hint').count(), 'no hint element added for the bad call (one for #late)').toBe(hintsBefore + 1);

      // The page and the other hints keep working.
      await page.locator('#policy').click();
      await page.keyboard.press('Tab');
      expect(await focused(page), 'Tab still moves on').toBe('input#name');
      await expectShowing(hintBox(page, TEXT.name), true, 'the #name hint after the bad call');
      await page.locator('#late').click();
      await expectShowing(hintBox(page, TEXT.late), true, 'the #late hint after the bad call');
      await page.locator('#date').click();
      await expectShowing(hintBox(page, TEXT.date), true, 'the #date click hint after the bad call');
      await expectTyped(page, '#policy', 'NW-8');
    });
  }

  test('a hint() whose target appears later shows then, without a second error', async ({ page }) => {
    const console = watchConsole(page);
    await openHintsPage(page);
    await callSitu(page, 'hint', { target: '#nope', body: 'Shows once the field is there.' });
    await expect.poll(() => console.situErrors(), { message: 'one error for the missing target' }).toHaveLength(1);
    // The page's own script adds the element (as an app renders a field later).
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.id = 'nope';
      input.setAttribute('aria-label', 'Later field');
      document.getElementById('late-slot')!.append(input);
    });
    const box = hintBox(page, 'Shows once the field is there.');
    await expect(box, 'the hint is bound once its target exists').toHaveCount(1);
    await page.locator('#nope').click();
    await typeKeys(page.locator('#nope'), 'now');
    await expectShowing(box, true, 'the hint of the field that came later');
    expect(console.situErrors(), 'still one error').toHaveLength(1);
    await expectTyped(page, '#nope', 'now');
  });
});

// `once`, on three pages: the hints fixture, which has a <situ-hint> in its markup (so the hints
// load as soon as the page is scanned); the once fixture (no markup: they load with the config)
// with hint() called once the page has loaded; and the once fixture with hint() queued before
// situ.js loads (the README's stub).
const ONCE = { id: 'o', target: '#name', body: 'once', trigger: 'focus', once: true };
const oncePages: { name: string; url: string; queued: boolean; ready: (page: Page) => Promise<void> }[] = [
  { name: 'the hints fixture (with <situ-hint> markup), hint() after load', url: '/e2e/csp-hints.html', queued: false, ready: (page) => openHintsPage(page) },
  { name: 'a page without hint markup, hint() after load', url: '/e2e/csp-hints-once.html', queued: false, ready: onceFixtureReady },
  { name: 'a page without hint markup, hint() queued before situ.js loads', url: '/e2e/csp-hints-once.html?queue', queued: true, ready: onceFixtureReady },
];

/** Waits until the once fixture's configured hint is bound to #name and Situ() is the loaded one. */
async function onceFixtureReady(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const s = (window as unknown as { Situ?: ((...args: unknown[]) => unknown) & { loaded?: boolean } }).Situ;
    return typeof s === 'function' && s.loaded === true;
  });
  await expect(page.locator('#name'), '#name is described by its configured hint').toHaveAttribute('aria-describedby', /situ-hint-\d+/, { timeout: 10_000 });
}

for (const { name, url, queued, ready } of oncePages) {
  test(`once, on ${name}: closed once, the hint does not show again, even after a reload (the field's other hint does)`, async ({ page }) => {
    await page.goto(url);
    await ready(page);
    if (!queued) await callSitu(page, 'hint', ONCE);
    const box = page.locator('situ-hint[data-situ="hint"]').filter({ hasText: /^\s*once\s*$/ });
    await expect(box, 'the once hint is bound').toHaveCount(1);

    await page.locator('#policy').click();
    await typeKeys(page.locator('#policy'), 'NW-0');
    await page.keyboard.press('Tab');
    expect(await focused(page), 'Tab reached #name').toBe('input#name');
    await expectShowing(box, true, 'the once hint the first time #name has focus');
    await expectShowing(hintBox(page, TEXT.name), true, 'the configured hover hint of #name on focus');
    await page.keyboard.type('Ada', { delay: 30 });
    // The visitor closes it: focus leaves the field.
    await page.keyboard.press('Shift+Tab');
    await expect(box, 'closed once, the once hint is taken away').toHaveCount(0);

    // Within the visit: back to the field, it does not show.
    await page.keyboard.press('Tab');
    await expectShowing(hintBox(page, TEXT.name), true, 'the hover hint of #name, focused again');
    expect(await openStates(box), 'the once hint on the second focus in the same visit').toEqual([]);
    await expectTyped(page, '#name', 'Ada');

    // A person reads on for a moment, then reloads.
    await page.waitForTimeout(500);
    await page.reload();
    await ready(page);
    if (!queued) await callSitu(page, 'hint', ONCE);
    await page.locator('#policy').click();
    await typeKeys(page.locator('#policy'), 'NW-1');
    await page.keyboard.press('Tab');
    expect(await focused(page), 'Tab reached #name after the reload').toBe('input#name');
    await expectShowing(hintBox(page, TEXT.name), true, 'the configured hover hint of #name after the reload (so focus got there)');
    expect(await openStates(box), 'the once hint after the reload: not shown (not even bound)').toEqual([]);
    await page.keyboard.type('Lovelace', { delay: 30 });
    await expectTyped(page, '#name', 'Lovelace');
    await expectTyped(page, '#policy', 'NW-1');
  });
}
