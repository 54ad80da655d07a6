import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import {
  beaconButton,
  describePlacement,
  expectBeside,
  expectShowing,
  focused,
  HINT_GAP,
  hintBox,
  measure,
  openHintsPage,
  openStates,
  SLACK,
  tabTo,
  TEXT,
} from './support/hints';
import { openPanel, recordEvents, recordedEvents, situ, typeKeys, waitForLauncher } from './support/situ';
import { expect, test } from './support/test';

// Hints at the field, on the hints fixture (e2e/fixtures/csp-hints.html, strict CSP): where a
// hint sits, what opens and closes it, how it describes its field, and that its code loads only
// where hints are. Lifecycle (later and removed targets, leaks, bad calls, `once`):
// hints-lifecycle.spec.ts.

/** Checks that the text typed into `selector` earlier in the test is still there. */
const expectTyped = (page: Page, selector: string, text: string) =>
  expect(page.locator(selector), `what the visitor typed into ${selector} is still there`).toHaveValue(text);

test.describe('position', () => {
  for (const width of [1440, 320]) {
    test(`at ${width}px the focus hint of #policy sits beside the field, ${HINT_GAP} px away, inside the viewport`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await openHintsPage(page);
      await page.locator('#policy').click();
      await typeKeys(page.locator('#policy'), 'NW-12');
      const box = hintBox(page, TEXT.policy);
      await expectShowing(box, true, 'the #policy hint after a click into the field');
      const p = await expectBeside(page, '#policy', box, `${width}px`);
      if (width === 1440) {
        // Room on the field's end (right) side: the hint keeps its placement, vertically centred on the field.
        expect(p.side, `data-side at ${width}px: ${describePlacement(p)}`).toBe('right');
        expect(Math.abs(p.box.left - (p.target.right + HINT_GAP)), `hint.left = field.right + ${HINT_GAP}: ${describePlacement(p)}`).toBeLessThanOrEqual(SLACK);
        const centre = (r: { top: number; bottom: number }) => (r.top + r.bottom) / 2;
        expect(Math.abs(centre(p.box) - centre(p.target)), `vertically centred on the field: ${describePlacement(p)}`).toBeLessThanOrEqual(SLACK);
      } else {
        // The field spans the phone's width (16 px margins): no room on either side, so the hint goes below.
        expect(p.side, `data-side at ${width}px: ${describePlacement(p)}`).toBe('bottom');
        expect(Math.abs(p.box.top - (p.target.bottom + HINT_GAP)), `hint.top = field.bottom + ${HINT_GAP}: ${describePlacement(p)}`).toBeLessThanOrEqual(SLACK);
      }
      await expectTyped(page, '#policy', 'NW-12');
    });
  }

  test('scrolling the window (under a sticky header) the hint moves with its field; scrolled out of view it hides, and comes back', async ({ page }) => {
    await openHintsPage(page);
    const field = page.locator('#policy');
    await field.click();
    await typeKeys(field, 'NW-34');
    const box = hintBox(page, TEXT.policy);
    await expectShowing(box, true, 'the #policy hint');
    const before = await expectBeside(page, '#policy', box, 'before scrolling');

    // 100 px down: the field is still below the 64 px sticky header.
    await page.mouse.move(900, 500);
    await page.mouse.wheel(0, 100);
    await expect.poll(() => page.evaluate(() => scrollY), { message: 'the window scrolled 100 px' }).toBe(100);
    await expect
      .poll(async () => (await measure(page, '#policy', box)).target.top, { message: 'the field moved up by the scroll' })
      .toBeCloseTo(before.target.top - 100, 0);
    const after = await expectBeside(page, '#policy', box, 'after scrolling the window 100 px');
    expect(after.target.top, `the field is below the sticky header: ${describePlacement(after)}`).toBeGreaterThan(64);
    expect(Math.abs(after.box.top - (before.box.top - 100)), `the hint moved up with the field: ${describePlacement(after)}`).toBeLessThanOrEqual(SLACK);

    // Far down: the field leaves the viewport and its hint goes with it (focus stays on the field).
    await page.mouse.wheel(0, 900);
    await expect.poll(() => page.evaluate(() => scrollY), { message: 'the window scrolled past the field' }).toBeGreaterThan(500);
    await expectShowing(box, false, 'the #policy hint with its field scrolled out of the viewport');
    expect(await focused(page), 'focus is still on the field').toBe('input#policy');

    // Back up: it shows again, beside the field.
    await page.mouse.wheel(0, -1000);
    await expect.poll(() => page.evaluate(() => scrollY), { message: 'the window scrolled back to the top' }).toBe(0);
    await expectShowing(box, true, 'the #policy hint with its field back in view');
    await expectBeside(page, '#policy', box, 'after scrolling back');
    await expectTyped(page, '#policy', 'NW-34');
  });

  test('inside a scrolling container: the hint of #inner follows it while it scrolls, and hides once the container clips it away', async ({ page }) => {
    await openHintsPage(page);
    const scroller = page.locator('#scroller');
    await scroller.scrollIntoViewIfNeeded();
    const frame = (await scroller.boundingBox())!;
    await page.mouse.move(frame.x + frame.width / 2, frame.y + frame.height / 2);
    // The field is below the container's first 260 px spacer: scroll until it is wholly inside the container.
    await page.mouse.wheel(0, 200);
    const inside = () =>
      page.evaluate(() => {
        const s = document.getElementById('scroller')!.getBoundingClientRect();
        const f = document.getElementById('inner')!.getBoundingClientRect();
        return f.top >= s.top && f.bottom <= s.bottom;
      });
    await expect.poll(inside, { message: '#inner scrolled into the container\'s view' }).toBe(true);
    const field = page.locator('#inner');
    await field.click();
    await typeKeys(field, 'Ada');
    const box = hintBox(page, TEXT.inner);
    await expectShowing(box, true, 'the #inner hint');
    const first = await expectBeside(page, '#inner', box, 'after scrolling the container');

    // A little further: the field moves up in the container; the hint follows.
    await page.mouse.wheel(0, 30);
    await expect
      .poll(async () => (await measure(page, '#inner', box)).target.top, { message: 'the field moved up inside the container' })
      .toBeLessThan(first.target.top - 10);
    await expect.poll(inside, { message: '#inner is still inside the container' }).toBe(true);
    await expectBeside(page, '#inner', box, 'after scrolling the container a little further');

    // Far enough that the container clips the field away (it is still inside the window's viewport).
    await page.mouse.wheel(0, 200);
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const s = document.getElementById('scroller')!.getBoundingClientRect();
            const f = document.getElementById('inner')!.getBoundingClientRect();
            return f.bottom <= s.top && f.bottom > 0;
          }),
        { message: '#inner is clipped away above the container\'s top, though inside the window' },
      )
      .toBe(true);
    await expectShowing(box, false, 'the #inner hint with its field clipped by the scrolling container');
    expect(await focused(page), 'focus is still on #inner').toBe('input#inner');
    await expectTyped(page, '#inner', 'Ada');
  });

  for (const width of [700, 375]) {
    test(`at ${width}px the end-placed hint of #edge, at the right edge, flips to another side and stays inside the viewport`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await openHintsPage(page);
      const field = page.locator('#edge');
      await field.click();
      await typeKeys(field, '1234 AB');
      const box = hintBox(page, TEXT.edge);
      await expectShowing(box, true, 'the #edge hint');
      const p = await expectBeside(page, '#edge', box, `${width}px`);
      // Precondition: no room on the right for the hint, so the test is about the flip.
      expect(p.viewport.width - p.target.right, `room right of #edge is less than the hint needs: ${describePlacement(p)}`).toBeLessThan(
        p.box.width + HINT_GAP,
      );
      expect(p.side, `data-side of the flipped hint: ${describePlacement(p)}`).not.toBe('right');
      await expectTyped(page, '#edge', '1234 AB');
    });
  }

  test('near the bottom of the viewport, the bottom-placed hint of #date flips above the field', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 400 });
    await openHintsPage(page);
    // Scroll until the field's bottom is 40 px above the viewport's: no room below for the hint.
    const start = (await page.locator('#date').boundingBox())!;
    await page.mouse.move(900, 200);
    await page.mouse.wheel(0, start.y + start.height - 360);
    await expect
      .poll(async () => Math.round((await page.locator('#date').boundingBox())!.y + start.height), { message: '#date\'s bottom is 40 px above the viewport\'s' })
      .toBe(360);
    const field = page.locator('#date');
    await field.click();
    await typeKeys(field, '6 July');
    const box = hintBox(page, TEXT.date);
    await expectShowing(box, true, 'the #date hint');
    const p = await expectBeside(page, '#date', box, 'near the bottom');
    expect(p.side, `data-side of the flipped hint: ${describePlacement(p)}`).toBe('top');
    await expectTyped(page, '#date', '6 July');
  });

  test('resizing the window while a hint shows moves it: from beside the field at 1280 px to below it at 320 px', async ({ page }) => {
    await openHintsPage(page);
    const field = page.locator('#policy');
    await field.click();
    await typeKeys(field, 'NW-3');
    const box = hintBox(page, TEXT.policy);
    await expectShowing(box, true, 'the #policy hint');
    expect((await expectBeside(page, '#policy', box, 'at 1280 px')).side, 'at 1280 px').toBe('right');
    await page.setViewportSize({ width: 320, height: 700 });
    await expect.poll(async () => (await measure(page, '#policy', box)).side, { message: 'data-side after narrowing the window to 320 px' }).toBe('bottom');
    await expectBeside(page, '#policy', box, 'at 320 px');
    await expectTyped(page, '#policy', 'NW-3');
  });

  test('under dir="rtl" the end of #policy is its left: the hint sits to the left of the field', async ({ page }) => {
    await openHintsPage(page, '?dir=rtl');
    expect(await page.evaluate(() => document.documentElement.dir), 'the page is right-to-left').toBe('rtl');
    const field = page.locator('#policy');
    await field.click();
    await typeKeys(field, 'NW-56');
    const box = hintBox(page, TEXT.policy);
    await expectShowing(box, true, 'the #policy hint in RTL');
    const p = await expectBeside(page, '#policy', box, 'rtl');
    expect(p.side, `data-side in RTL: ${describePlacement(p)}`).toBe('left');
    expect(Math.abs(p.box.right - (p.target.left - HINT_GAP)), `hint.right = field.left - ${HINT_GAP}: ${describePlacement(p)}`).toBeLessThanOrEqual(SLACK);
    expect(await box.getAttribute('dir'), 'the hint follows its field\'s direction').toBe('rtl');
    await expectTyped(page, '#policy', 'NW-56');
  });
});

test.describe('triggers', () => {
  test('focus: Tab into #policy shows its hint (title and text); Tab away hides it; hint:show says which', async ({ page }) => {
    await openHintsPage(page);
    await recordEvents(page, ['hint:show']);
    const box = hintBox(page, TEXT.policy);
    await expectShowing(box, false, 'the #policy hint before the visitor reaches the field');
    await tabTo(page, 'input#policy');
    await expectShowing(box, true, 'the #policy hint once Tab reached the field');
    await expect(box.locator('[slot="title"]'), 'the hint\'s title').toHaveText(TEXT.policyTitle);
    await expect(box, 'the hint\'s text: title, then body').toHaveText(`${TEXT.policyTitle} ${TEXT.policy}`);
    const rendered = await box.evaluate((el) => !!el.shadowRoot?.querySelector('.box') && !!el.shadowRoot?.querySelector('.arrow'));
    expect(rendered, 'the hint renders its box and arrow in its shadow root').toBe(true);
    await page.keyboard.type('NW-78', { delay: 30 });
    await expect
      .poll(async () => (await recordedEvents(page)).filter(([name]) => name === 'hint:show').map(([, p]) => p), { message: 'hint:show for #policy' })
      .toContainEqual({ id: 'policy', target: '#policy', trigger: 'focus', pageId: 'claim' });

    await page.keyboard.press('Tab');
    expect(await focused(page), 'Tab moved on to #name').toBe('input#name');
    await expectShowing(box, false, 'the #policy hint after Tab left the field');
    await expectTyped(page, '#policy', 'NW-78');
  });

  test('hover: the pointer over #name shows its hint, moving onto the hint keeps it, moving away hides it', async ({ page }) => {
    await openHintsPage(page);
    const field = page.locator('#name');
    const box = hintBox(page, TEXT.name);
    await page.locator('#policy').click();
    await typeKeys(page.locator('#policy'), 'NW-90');
    await expectShowing(box, false, 'the #name hint before the pointer comes');

    const f = (await field.boundingBox())!;
    await page.mouse.move(f.x + f.width / 2, f.y + f.height / 2, { steps: 5 });
    await expectShowing(box, true, 'the #name hint with the pointer over the field');
    await expectBeside(page, '#name', box, 'hover');

    // Across the 10 px gap onto the hint, and rest there longer than the 200 ms the hint waits before closing.
    const b = (await box.boundingBox())!;
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 8 });
    await page.waitForTimeout(600);
    await expectShowing(box, true, 'the #name hint with the pointer resting on the hint itself');

    // Away from both: it closes.
    await page.mouse.move(b.x + b.width + 200, 40, { steps: 5 });
    await expectShowing(box, false, 'the #name hint once the pointer left the field and the hint');
    expect(await focused(page), 'hovering never moved focus').toBe('input#policy');
    await expectTyped(page, '#policy', 'NW-90');
  });

  test('hover hints open on keyboard focus too, and close on blur', async ({ page }) => {
    await openHintsPage(page);
    const box = hintBox(page, TEXT.name);
    await page.locator('#policy').click();
    await page.keyboard.press('Tab');
    expect(await focused(page), 'Tab from #policy').toBe('input#name');
    await expectShowing(box, true, 'the hover hint of #name on keyboard focus');
    await page.keyboard.type('Ada Lovelace', { delay: 30 });
    await page.keyboard.press('Shift+Tab');
    await expectShowing(box, false, 'the hover hint of #name after Shift+Tab left the field');
    await expectTyped(page, '#name', 'Ada Lovelace');
  });

  test('click: clicking #date toggles its hint below the field; a press elsewhere closes it', async ({ page }) => {
    await openHintsPage(page);
    const field = page.locator('#date');
    const box = hintBox(page, TEXT.date);
    await field.focus();
    await expectShowing(box, false, 'the #date click hint when the field only has focus');
    await field.click();
    await expectShowing(box, true, 'the #date hint after a click on the field');
    const p = await expectBeside(page, '#date', box, 'click hint');
    expect(p.side, `placement bottom: ${describePlacement(p)}`).toBe('bottom');
    expect(Math.abs(p.box.top - (p.target.bottom + HINT_GAP)), `hint.top = field.bottom + ${HINT_GAP}: ${describePlacement(p)}`).toBeLessThanOrEqual(SLACK);
    await typeKeys(field, '3 March');
    await expectShowing(box, true, 'the #date hint while the visitor types');

    await field.click();
    await expectShowing(box, false, 'the #date hint after a second click on the field');
    await field.click();
    await expectShowing(box, true, 'the #date hint after a third click on the field');

    await page.locator('h1').click();
    await expectShowing(box, false, 'the #date hint after a click on the heading');
    await expectTyped(page, '#date', '3 March');
  });

  test('beacon: after #photos in the tab order, named "Help with Photos"; Enter and Space toggle its hint; focus never enters the hint', async ({ page }) => {
    await openHintsPage(page);
    const beacon = beaconButton(page);
    const box = hintBox(page, TEXT.photos);
    await expect(beacon, 'one beacon on the page').toHaveCount(1);
    expect(
      await page.evaluate(() => {
        const next = document.getElementById('photos')!.nextElementSibling;
        return next ? `${next.tagName.toLowerCase()}[data-situ="${next.getAttribute('data-situ')}"]` : null;
      }),
      'the beacon comes right after the field in the DOM',
    ).toBe('situ-beacon[data-situ="beacon"]');
    await expect(beacon, 'the beacon shows').toBeVisible();
    await expect(beacon, 'the beacon\'s accessible name').toHaveAccessibleName('Help with Photos');
    await expect(page.getByRole('button', { name: 'Help with Photos' }), 'found by role and name').toHaveCount(1);
    await expect(beacon, 'collapsed at first').toHaveAttribute('aria-expanded', 'false');

    await page.locator('#date').click();
    await typeKeys(page.locator('#date'), '4 May');
    await page.keyboard.press('Tab');
    expect(await focused(page), 'Tab from #date reaches the file field').toBe('input#photos');
    await expectShowing(box, false, 'the beacon hint when its field has focus');
    await page.keyboard.press('Tab');
    expect(await focused(page), 'the next Tab reaches the beacon').toBe('button.beacon');

    await page.keyboard.press('Enter');
    await expect(beacon, 'Enter expands the beacon').toHaveAttribute('aria-expanded', 'true');
    await expectShowing(box, true, 'the beacon hint after Enter');
    await expectBeside(page, '#photos', box, 'beacon hint');
    expect(await focused(page), 'focus stays on the beacon when its hint opens').toBe('button.beacon');
    await page.keyboard.press('Enter');
    await expect(beacon, 'Enter again collapses it').toHaveAttribute('aria-expanded', 'false');
    await expectShowing(box, false, 'the beacon hint after a second Enter');
    await page.keyboard.press('Space');
    await expect(beacon, 'Space expands it').toHaveAttribute('aria-expanded', 'true');
    await expectShowing(box, true, 'the beacon hint after Space');

    // The hint is a manual popover that describes; it is not a stop in the tab order.
    expect(
      await box.evaluate((el) => {
        const focusable = 'a,button,input,select,textarea,[tabindex]';
        return {
          tabIndex: el.tabIndex,
          popover: el.getAttribute('popover'),
          role: el.getAttribute('role'),
          focusables: el.querySelectorAll(focusable).length + (el.shadowRoot?.querySelectorAll(focusable).length ?? 0),
        };
      }),
      'the open hint has no focusable parts',
    ).toEqual({ tabIndex: -1, popover: 'manual', role: 'tooltip', focusables: 0 });
    await page.keyboard.press('Tab');
    expect(await focused(page), 'Tab from the beacon goes on to the next field, not into the hint').toBe('textarea#notes');
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page), 'Shift+Tab returns to the beacon').toBe('button.beacon');
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page), 'Shift+Tab again returns to the file field').toBe('input#photos');

    // The mouse: a press elsewhere closes it; a click on the beacon toggles it.
    await page.locator('h1').click();
    await expectShowing(box, false, 'the beacon hint after a click elsewhere');
    await expect(beacon, 'collapsed after the click elsewhere').toHaveAttribute('aria-expanded', 'false');
    await beacon.click();
    await expectShowing(box, true, 'the beacon hint after a click on the beacon');
    await beacon.click();
    await expectShowing(box, false, 'the beacon hint after a second click on the beacon');
    await expectTyped(page, '#date', '4 May');
  });

  test('beacon: its pulse is animated, and still under prefers-reduced-motion: reduce', async ({ page }) => {
    const pulse = () => beaconButton(page).evaluate((el) => getComputedStyle(el, '::after').animationName);
    await openHintsPage(page);
    await expect(beaconButton(page), 'the beacon shows').toBeVisible();
    expect(await pulse(), 'the pulse animation by default').not.toBe('none');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await expect.poll(pulse, { message: 'the pulse under prefers-reduced-motion: reduce' }).toBe('none');
  });

  test('always: the #notes hint shows without any interaction, beside its field', async ({ page }) => {
    await openHintsPage(page);
    const box = hintBox(page, TEXT.notes);
    await expectShowing(box, true, 'the always hint of #notes on load');
    const p = await expectBeside(page, '#notes', box, 'always hint');
    expect(p.side, `placement end: ${describePlacement(p)}`).toBe('right');
    // Only the always hint shows: the others wait for the visitor.
    for (const text of [TEXT.policy, TEXT.name, TEXT.date, TEXT.photos, TEXT.email, TEXT.edge]) {
      expect(await openStates(hintBox(page, text)), `"${text}" is bound but not shown on load`).toEqual([false]);
    }
    // Scrolled out of view it goes; scrolled back it returns, beside its field.
    await page.mouse.move(900, 400);
    await page.mouse.wheel(0, 1200);
    await expect
      .poll(() => page.evaluate(() => document.getElementById('notes')!.getBoundingClientRect().bottom), { message: '#notes scrolled above the viewport' })
      .toBeLessThan(0);
    await expectShowing(box, false, 'the always hint with #notes scrolled out of view');
    await page.mouse.wheel(0, -1200);
    await expect.poll(() => page.evaluate(() => scrollY), { message: 'the window scrolled back to the top' }).toBe(0);
    await expectShowing(box, true, 'the always hint with #notes back in view');
    await expectBeside(page, '#notes', box, 'always hint, after scrolling back');
  });

  test('always, on a phone: tapping the middle of #email, the field below #notes, puts the caret in #email', async ({ page }) => {
    // #notes' always hint has no room beside the field at 375 px and goes below it, where the
    // next field is. A visitor on a phone has no Escape key to close it.
    await page.setViewportSize({ width: 375, height: 740 });
    await openHintsPage(page);
    const email = page.locator('#email');
    await email.scrollIntoViewIfNeeded();
    await expectShowing(hintBox(page, TEXT.notes), true, 'the always hint of #notes');
    const r = (await email.boundingBox())!;
    const hit = await page.evaluate(([x, y]) => {
      const el = document.elementFromPoint(x!, y!);
      if (!el) return null;
      return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.tagName === 'SITU-HINT' ? ` "${el.textContent!.trim()}"` : ''}`;
    }, [r.x + r.width / 2, r.y + r.height / 2]);
    await page.mouse.click(r.x + r.width / 2, r.y + r.height / 2);
    expect({ hit, focused: await focused(page) }, 'what is at the middle of #email, and what a tap there focuses').toEqual({
      hit: 'input#email',
      focused: 'input#email',
    });
    await page.keyboard.type('ada@example.com', { delay: 30 });
    await expectTyped(page, '#email', 'ada@example.com');
  });

  test('always, on a phone: with #notes\' hint showing, a tap on the launcher opens the hub', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await openHintsPage(page);
    await waitForLauncher(page);
    await expectShowing(hintBox(page, TEXT.notes), true, 'the always hint of #notes');
    const r = (await situ(page).launcher.boundingBox())!;
    const hit = await page.evaluate(([x, y]) => {
      const el = document.elementFromPoint(x!, y!);
      return el ? `${el.tagName.toLowerCase()}${el.tagName === 'SITU-HINT' ? ` "${el.textContent!.trim()}"` : ''}` : null;
    }, [r.x + r.width / 2, r.y + r.height / 2]);
    expect(hit, 'what is at the middle of the launcher (the host of Situ\'s shadow root, or a hint over it)').toBe('situ-root');
    await page.mouse.click(r.x + r.width / 2, r.y + r.height / 2);
    await expect(situ(page).panel, 'the tap on the launcher opened the hub').toBeVisible();
  });

  test('a <situ-hint for="email"> in the page becomes the hint of #email', async ({ page }) => {
    await openHintsPage(page);
    const box = hintBox(page, TEXT.email);
    await expect(box, 'the page\'s own element is the one hint for #email').toHaveCount(1);
    expect(
      await box.evaluate((el) => ({ parent: el.parentElement?.id, popover: el.getAttribute('popover'), role: el.getAttribute('role') })),
      'upgraded in place: a manual popover with role tooltip, still in the form',
    ).toEqual({ parent: 'claim', popover: 'manual', role: 'tooltip' });
    const id = await box.getAttribute('id');
    await expect(page.locator('#email'), '#email is described by it').toHaveAttribute('aria-describedby', new RegExp(`(^|\\s)${id}(\\s|$)`));
    await expectShowing(box, false, 'the markup hint before the field has focus');
    await page.locator('#email').click();
    await typeKeys(page.locator('#email'), 'ada@example.com');
    await expectShowing(box, true, 'the markup hint (focus, its default) once #email has focus');
    await expectBeside(page, '#email', box, 'markup hint');
    await page.keyboard.press('Shift+Tab');
    await expectShowing(box, false, 'the markup hint after focus left #email');
    await expectTyped(page, '#email', 'ada@example.com');
  });

  test('Escape closes the hint of the field being typed in and leaves focus and text where they were', async ({ page }) => {
    await openHintsPage(page);
    const field = page.locator('#policy');
    const box = hintBox(page, TEXT.policy);
    await tabTo(page, 'input#policy');
    await page.keyboard.type('NW-1111', { delay: 30 });
    await expectShowing(box, true, 'the #policy hint while typing');
    await page.keyboard.press('Escape');
    await expectShowing(box, false, 'the #policy hint after Escape');
    expect(await page.evaluate(() => document.activeElement?.id), 'document.activeElement is still the field').toBe('policy');
    await page.keyboard.type('-22', { delay: 30 });
    await expectShowing(box, false, 'the #policy hint stays closed while the visitor goes on typing');
    await expectTyped(page, '#policy', 'NW-1111-22');

    // The click hint of #date, too.
    await page.locator('#date').click();
    await expectShowing(hintBox(page, TEXT.date), true, 'the #date hint after a click');
    await page.keyboard.press('Escape');
    await expectShowing(hintBox(page, TEXT.date), false, 'the #date hint after Escape');
    expect(await page.evaluate(() => document.activeElement?.id), 'focus stays on #date').toBe('date');
    // Leaving the field and coming back shows the focus hint again.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page), 'Shift+Tab twice from #date').toBe('input#policy');
    await expectShowing(box, true, 'the #policy hint when the field gets focus again');
    await expect(field, 'the field keeps its text').toHaveValue('NW-1111-22');
  });
});

test.describe('description', () => {
  test('#policy\'s aria-describedby names the hint, whose text is the hint\'s text, whether it shows or not', async ({ page }) => {
    await openHintsPage(page);
    const field = page.locator('#policy');
    const described = () =>
      page.evaluate(() => {
        const ids = (document.getElementById('policy')!.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
        return ids.map((id) => {
          const el = document.getElementById(id);
          return { id, tag: el?.tagName.toLowerCase() ?? null, text: el?.textContent?.replace(/\s+/g, ' ').trim() ?? null };
        });
      });
    const expected = [{ id: expect.stringMatching(/^situ-hint-\d+$/), tag: 'situ-hint', text: `${TEXT.policyTitle} ${TEXT.policy}` }];
    expect(await described(), 'before the hint shows: aria-describedby resolves to the hint').toEqual(expected);
    await expect(field, 'the accessible description of #policy before its hint shows').toHaveAccessibleDescription(`${TEXT.policyTitle} ${TEXT.policy}`);

    await field.click();
    await typeKeys(field, 'NW-42');
    await expectShowing(hintBox(page, TEXT.policy), true, 'the #policy hint');
    expect(await described(), 'while the hint shows').toEqual(expected);
    await expect(field, 'the accessible description of #policy while its hint shows').toHaveAccessibleDescription(`${TEXT.policyTitle} ${TEXT.policy}`);

    await page.keyboard.press('Escape');
    await expectShowing(hintBox(page, TEXT.policy), false, 'the #policy hint after Escape');
    expect(await described(), 'after Escape closed it').toEqual(expected);
    await expectTyped(page, '#policy', 'NW-42');
  });

  test('every field with a hint is described by its own hint, and a field\'s own description is kept beside it', async ({ page }) => {
    await openHintsPage(page);
    const pairs = await page.evaluate(() =>
      ['policy', 'name', 'date', 'photos', 'notes', 'email', 'edge', 'inner'].map((id) => {
        const ids = (document.getElementById(id)!.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
        return [id, ids.map((d) => document.getElementById(d)?.textContent?.replace(/\s+/g, ' ').trim() ?? `(no #${d})`)];
      }),
    );
    expect(Object.fromEntries(pairs), 'each field\'s aria-describedby resolves to its hint\'s text').toEqual({
      policy: [`${TEXT.policyTitle} ${TEXT.policy}`],
      name: [TEXT.name],
      date: [TEXT.date],
      photos: [TEXT.photos],
      notes: [TEXT.notes],
      email: [TEXT.email],
      edge: [TEXT.edge],
      inner: [TEXT.inner],
    });
    await expect(page.locator('#photos'), 'the file field\'s description').toHaveAccessibleDescription(TEXT.photos);
    await expect(page.locator('#email'), 'the description from the page\'s own <situ-hint>').toHaveAccessibleDescription(TEXT.email);
  });
});

test.describe('with the hub open on a wide screen', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('clicking into #policy shows its hint, uncovered, and the hub stays open', async ({ page }) => {
    await openHintsPage(page);
    await openPanel(page);
    const field = page.locator('#policy');
    await field.click();
    await typeKeys(field, 'NW-7');
    await expect(situ(page).panel, 'the hub stays open beside the page').toBeVisible();
    const box = hintBox(page, TEXT.policy);
    await expectShowing(box, true, 'the #policy hint with the hub open');
    await expectBeside(page, '#policy', box, 'with the hub open');
    // What the visitor sees at the hint's centre and just inside its corners is the hint.
    // (A hint lets taps through to the page, pointer-events: none; for this probe of what is
    // painted on top it takes the pointer for a moment.)
    const hits = await box.evaluate((el) => {
      (el as HTMLElement).style.pointerEvents = 'auto';
      const r = el.getBoundingClientRect();
      const points = [
        [(r.left + r.right) / 2, (r.top + r.bottom) / 2],
        [r.left + 6, r.top + 6],
        [r.right - 6, r.top + 6],
        [r.left + 6, r.bottom - 6],
        [r.right - 6, r.bottom - 6],
      ];
      return points.map(([x, y]) => {
        const hit = document.elementFromPoint(x!, y!);
        return hit === el ? 'the hint' : hit ? `${hit.tagName.toLowerCase()}${hit.id ? `#${hit.id}` : ''}` : null;
      });
    }).finally(() => box.evaluate((el) => (el as HTMLElement).style.removeProperty('pointer-events')));
    expect(hits, 'elementFromPoint at the hint\'s centre and corners').toEqual(Array.from({ length: 5 }, () => 'the hint'));
    expect(await focused(page), 'focus is in the field, not the hub').toBe('input#policy');
    await expectTyped(page, '#policy', 'NW-7');
  });
});

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const width of [1280, 375]) {
  test(`axe at ${width}px: no violations with a focus hint showing and the beacon's hint open`, async ({ page }) => {
    await page.setViewportSize({ width, height: width === 1280 ? 800 : 740 });
    await openHintsPage(page);
    await waitForLauncher(page);
    // The beacon's hint: open with the keyboard, then Shift+Tab back to #policy (the beacon hint
    // stays open until a press elsewhere or Escape), whose focus hint shows too.
    await page.locator('#date').click();
    await typeKeys(page.locator('#date'), '5 June');
    await tabTo(page, 'button.beacon');
    await page.keyboard.press('Enter');
    await tabTo(page, 'input#policy', 'Shift+Tab');
    await page.keyboard.type('NW-9', { delay: 30 });
    await expectShowing(hintBox(page, TEXT.policy), true, 'the focus hint of #policy');
    await expectShowing(hintBox(page, TEXT.photos), true, 'the beacon hint of #photos');
    await expect(beaconButton(page), 'the beacon says its hint is open').toHaveAttribute('aria-expanded', 'true');
    await expectShowing(hintBox(page, TEXT.notes), true, 'the always hint of #notes');
    // Let the hints' short fade-in end, so that axe sees their final colours.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('situ-hint')].every((el) => (el.shadowRoot?.getAnimations() ?? []).every((a) => a.playState !== 'running')),
    );

    const { violations, passes } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    // Guard against an empty analysis: axe reached the beacon's button in its shadow root, and the hint's text.
    const checked = (rule: string) => passes.find((p) => p.id === rule)?.nodes.map((n) => JSON.stringify(n.target)) ?? [];
    expect(checked('button-name').some((t) => t.includes('situ-beacon')), `axe checked the beacon's name: ${checked('button-name').join(', ')}`).toBe(true);
    expect(checked('color-contrast').some((t) => t.includes('situ-hint')), `axe checked the hints' contrast: ${checked('color-contrast').join(', ')}`).toBe(true);
    const summary = violations.map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => `${JSON.stringify(n.target)}: ${n.failureSummary?.replace(/\s+/g, ' ')}`),
    }));
    expect(summary, `axe violations at ${width}px with hints open`).toEqual([]);
    await expectTyped(page, '#policy', 'NW-9');
    await expectTyped(page, '#date', '5 June');
  });
}

test.describe('the hints code loads only where hints are', () => {
  const HINT_CHUNK = /\/situ\/chunks\/hintLayer-[^/]*\.js(\?|$)/;

  test('/e2e/plain.html (no hints): no hintLayer chunk, even with the hub opened; a hint() call then loads it', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => {
      if (HINT_CHUNK.test(new URL(r.url()).pathname)) requested.push(r.url());
    });
    await page.goto('/e2e/plain.html');
    await waitForLauncher(page);
    await openPanel(page);
    await typeKeys(situ(page).search, 'email');
    await page.waitForLoadState('networkidle');
    expect(requested, 'hintLayer chunks requested on a page without hints').toEqual([]);
    expect(await page.locator('situ-hint').count(), 'no <situ-hint> on a page without hints').toBe(0);

    // The page asks for a hint itself: now the chunk comes, and the hint works.
    await page.keyboard.press('Escape');
    await page.evaluate(() =>
      (window as unknown as { Situ: (...a: unknown[]) => void }).Situ('hint', { target: '#email', body: 'Where we write to you.' }),
    );
    await expect.poll(() => requested.length, { message: 'hintLayer chunk requested after hint()' }).toBe(1);
    await page.locator('#email').click();
    await expectShowing(hintBox(page, 'Where we write to you.'), true, 'the hint from hint() on the plain page');
  });

  test('/e2e/csp-hints.html (hints in its config): the hintLayer chunk is requested once', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => {
      if (HINT_CHUNK.test(new URL(r.url()).pathname)) requested.push(r.url());
    });
    await openHintsPage(page);
    await page.waitForLoadState('networkidle');
    expect(requested, 'hintLayer chunks requested on the hints page').toHaveLength(1);
  });
});
