import type { Page } from '@playwright/test';
import { holdRequests } from './support/recorders';
import { callSitu, countReady, expectUnharmed, guardPage, panelCount, serveWithCsp, STRICT_CSP, waitForReady } from './support/robust';
import { closePanel, openPanel, situ, typeSearch, waitForLauncher } from './support/situ';
import { expect, test } from './support/test';

// Bad calls stay inside Situ: odd locale codes, hostile values queued before the script loads,
// listeners that throw things that are not Errors, a command name of a megabyte. Under
// `default-src 'self'`.

type W = {
  Situ: (...args: unknown[]) => unknown;
  __second?: number;
};

async function start(page: Page, url: string, waitUntil: 'load' | 'domcontentloaded' = 'load') {
  const guard = await guardPage(page);
  await serveWithCsp(page);
  const response = await page.goto(url, { waitUntil });
  expect(response!.headers()['content-security-policy']).toBe(STRICT_CSP);
  return guard;
}

// 3a. Codes that match a simple pattern but that Intl rejects (a lone singleton, a subtag over
// eight letters, a repeated variant).
for (const code of ['en-x', 'nl-verylongsubtag', 'de-1996-1996']) {
  test(`Situ('locale', '${code}'): no page error; the hub still opens and closes`, async ({ page }) => {
    await countReady(page);
    const guard = await start(page, '/e2e/robust-page.html');
    await waitForReady(page);
    expect(await callSitu(page, 'locale', code)).toBeNull();
    await openPanel(page);
    const s = situ(page);
    await expect(s.search).toBeVisible();
    await expect(s.suggestionLinks.first()).toBeVisible();
    // A search formats a count (plural rules and numbers for the locale).
    await typeSearch(page, 'password');
    await expect(s.resultLinks.first()).toBeVisible();
    await closePanel(page);
    // Switched while the hub is open, too.
    await openPanel(page);
    expect(await callSitu(page, 'locale', code)).toBeNull();
    await expect(s.panel).toBeVisible();
    await closePanel(page);
    await openPanel(page);
    await expect(s.search).toBeVisible();
    await closePanel(page);
    await expectUnharmed(page, guard);
  });
}

// 3b. robust-hostile-queue.js queues, before situ.js loads: a Proxy (every trap throws) as the
// command name, identify() with an id getter that throws, two `open` listeners that throw a
// string and an object whose toString throws; then it replaces console.error with a function
// that throws.
test('hostile calls queued before the script loads: the hub starts, and opens exactly one dialog however it is called', async ({ page }) => {
  const guard = await start(page, '/e2e/robust-hostile-queue.html');
  await waitForLauncher(page);
  const s = situ(page);
  await s.launcher.click();
  await expect(s.panel.first()).toBeVisible({ timeout: 10_000 });
  await page.waitForTimeout(300);
  expect(await panelCount(page), 'dialog[data-situ="panel"] elements after the launcher opened the hub').toBe(1);

  // open, close, toggle ×5: after each call (and two frames), never more than one dialog.
  const counts = await page.evaluate(async () => {
    const w = window as unknown as W;
    const count = () => {
      let n = 0;
      const visit = (root: Document | ShadowRoot) => {
        n += root.querySelectorAll('dialog[data-situ="panel"]').length;
        for (const el of Array.from(root.querySelectorAll('*'))) if (el.shadowRoot) visit(el.shadowRoot);
      };
      visit(document);
      return n;
    };
    const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const out: string[] = [];
    for (const name of ['open', 'close', 'toggle', 'toggle', 'toggle', 'toggle', 'toggle']) {
      try {
        w.Situ(name);
      } catch {
        out.push(`${name}: threw`);
      }
      await frames();
      out.push(`${name}: ${count()}`);
    }
    return out;
  });
  expect(counts.filter((c) => !/: [01]$/.test(c)), `dialogs after each call: ${counts.join(', ')}`).toEqual([]);
  // Seven calls from open: open, closed, open, closed, open, closed, open.
  await expect(s.panel).toBeVisible();
  await page.waitForTimeout(500);
  expect(await panelCount(page)).toBe(1);
  await expectUnharmed(page, guard);
});

// 3c
test('a listener that throws a string does not stop the next listener of the same event', async ({ page }) => {
  await countReady(page);
  const guard = await start(page, '/e2e/robust-page.html');
  await waitForReady(page);
  await page.evaluate(() => {
    const w = window as unknown as W;
    w.__second = 0;
    w.Situ('on', 'open', () => {
      throw 'str';
    });
    w.Situ('on', 'open', () => {
      w.__second! += 1;
    });
  });
  await openPanel(page);
  await expect.poll(() => page.evaluate(() => (window as unknown as W).__second)).toBe(1);
  await expect
    .poll(() => guard.situErrors().filter((e) => e.includes('a listener for "open" threw') && e.includes('str')).length, {
      message: '[situ] a listener for "open" threw: str',
    })
    .toBe(1);
  await expectUnharmed(page, guard);
});

test('a listener that throws an object whose toString throws does not stop the next listener of the same event', async ({ page }) => {
  await countReady(page);
  const guard = await start(page, '/e2e/robust-page.html');
  await waitForReady(page);
  await page.evaluate(() => {
    const w = window as unknown as W;
    w.__second = 0;
    w.Situ('on', 'open', () => {
      throw {
        toString() {
          throw new Error('nested');
        },
      };
    });
    w.Situ('on', 'open', () => {
      w.__second! += 1;
    });
  });
  await openPanel(page);
  await expect.poll(() => page.evaluate(() => (window as unknown as W).__second), { message: 'the second `open` listener ran' }).toBe(1);
  await expect.poll(() => guard.situErrors().filter((e) => e.includes('a listener for "open" threw')).length).toBe(1);
  await expectUnharmed(page, guard);
});

// 3d. robust-nl.html: the stub, <script async src=situ.js data-config=…>, then robust-nl.js with
// Situ('locale', 'nl'), as the README's quick start has it.
async function expectDutchHub(page: Page) {
  await openPanel(page);
  const s = situ(page);
  await expect(s.search, 'the search field in Dutch').toHaveAttribute('placeholder', 'Zoek hulp');
  await expect(s.search).toHaveAccessibleName('Zoek in de hulpartikelen');
  await expect(s.suggestionHeading).toHaveText('Hulp bij deze pagina');
}

test("data-config and Situ('locale', 'nl') right after the script tag: a Dutch hub", async ({ page }) => {
  const guard = await start(page, '/e2e/robust-nl.html');
  await expectDutchHub(page);
  await expectUnharmed(page, guard);
});

test("data-config and Situ('locale', 'nl') queued while situ.js is still loading: a Dutch hub", async ({ page }) => {
  const script = await holdRequests(page, '**/situ/situ.js');
  // The held async script holds back the load event.
  const guard = await start(page, '/e2e/robust-nl.html', 'domcontentloaded');
  await page.waitForFunction(() => ((window as unknown as { Situ?: { q?: unknown[] } }).Situ?.q?.length ?? 0) > 0);
  script.release();
  await expectDutchHub(page);
  await expectUnharmed(page, guard);
});

test("data-config and Situ('locale', 'nl') reaching the loader while the config loads: a Dutch hub", async ({ page }) => {
  // robust-nl.js arrives late, so situ.js has run and is fetching the config when it calls.
  await page.route('**/e2e/robust-nl.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 600));
    await route.continue();
  });
  await page.route('**/e2e/site.json', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    await route.continue();
  });
  const guard = await start(page, '/e2e/robust-nl.html');
  await expectDutchHub(page);
  await expectUnharmed(page, guard);
});

// 3e
test('a 1 MiB command name is logged in at most 300 characters', async ({ page }) => {
  await countReady(page);
  const guard = await start(page, '/e2e/robust-page.html');
  await waitForReady(page);
  const before = guard.situErrors().length;
  const thrown = await page.evaluate(() => {
    try {
      (window as unknown as W).Situ('x'.repeat(1 << 20));
      return null;
    } catch (e) {
      return String(e);
    }
  });
  expect(thrown).toBeNull();
  await expect.poll(() => guard.situErrors().length, { message: 'a [situ] error for the unknown command' }).toBe(before + 1);
  const message = guard.situErrors()[before]!;
  expect(message.length, `the [situ] message is at most 300 characters; it starts: ${message.slice(0, 120)}…`).toBeLessThanOrEqual(300);
  await expectUnharmed(page, guard);
});
