import { readFileSync } from 'node:fs';
import { fixtureConfig } from './support/config';
import { repoPath } from './support/paths';
import { expectSuggestions, openPanel, situ, waitForLauncher, watchConsole } from './support/situ';
import { expect, test } from './support/test';

const invalid = fixtureConfig('invalid.json');
const invalidExpect = JSON.parse(readFileSync(repoPath('e2e/fixtures/invalid.expect.json'), 'utf8')) as {
  paths: string[];
  page: string;
};
const site = fixtureConfig('site.json');
const queue = fixtureConfig('queue.json');

type W = {
  Situ: (...args: unknown[]) => unknown;
  __situErrors: string[];
  __situReady: boolean;
  __log: string[];
};

test('an invalid config: one console error listing every problem by path; the valid parts still work', async ({ page }) => {
  const log = watchConsole(page);
  await page.goto('/e2e/invalid.html');
  await waitForLauncher(page);
  await expect.poll(() => log.situErrors().length, { message: 'a [situ] error is logged' }).toBeGreaterThan(0);

  const configErrors = log.errors().filter((t) => t.startsWith('[situ] config:'));
  expect(configErrors, `console errors: ${JSON.stringify(log.errors())}`).toHaveLength(1);
  const lines = configErrors[0]!.split('\n');
  for (const path of invalidExpect.paths) {
    expect(
      lines.filter((l) => l.startsWith(`  ${path}: `)),
      `a line "  ${path}: <message>" in:\n${configErrors[0]}`,
    ).toHaveLength(1);
  }
  expect(log.situErrors(), 'no other [situ] errors').toEqual(configErrors);

  await openPanel(page);
  await expectSuggestions(page, invalid.expectedHelp(invalidExpect.page, null));
  expect(log.pageErrors.map(String)).toEqual([]);
});

test('bad calls never break the host page: each logs one [situ] error naming the command', async ({ page }) => {
  const log = watchConsole(page);
  await page.goto('/e2e/robust.html');
  await waitForLauncher(page);
  await page.waitForFunction(() => (window as unknown as W).__situReady === true);

  // The page's own script ran to the end after its bad calls: its counter works.
  await page.locator('#counter').click();
  await page.locator('#counter').click();
  await expect(page.locator('#count')).toHaveText('2');

  // The queued calls Situ('nonsense'), Situ('step', 42) and Situ() each logged exactly one error.
  await expect.poll(() => log.situErrors().length).toBeGreaterThanOrEqual(3);
  // The part of a message before any list of valid commands names the command at fault.
  const errors = log.situErrors();
  const naming = (name: string) => errors.filter((e) => new RegExp(`\\b${name}\\b`).test(e.replace(/expected one of.*/s, '')));
  expect(naming('nonsense'), JSON.stringify(errors)).toHaveLength(1);
  expect(naming('step'), JSON.stringify(errors)).toHaveLength(1);
  expect(errors, 'one error per bad call (3)').toHaveLength(3);
  // ...and each was emitted as an `error` event with a message.
  await expect.poll(() => page.evaluate(() => (window as unknown as W).__situErrors.length)).toBe(3);

  // Live bad calls after load return normally too.
  const thrown = await page.evaluate(() => {
    const w = window as unknown as W;
    const out: string[] = [];
    const calls: unknown[][] = [['open', 'no-such-view'], ['on', 'no-such-event', () => {}], ['article'], ['identify', 'x']];
    for (const args of calls) {
      try {
        w.Situ(...args);
      } catch (e) {
        out.push(`${JSON.stringify(args)} threw ${String(e)}`);
      }
    }
    return out;
  });
  expect(thrown).toEqual([]);
  await expect.poll(() => log.situErrors().length).toBe(7);
  const late = log.situErrors().slice(3);
  ['open', 'on', 'article', 'identify'].forEach((name, i) => {
    expect(late[i]!.replace(/expected one of.*/s, ''), `the error for the bad "${name}" call names it`).toMatch(new RegExp(`\\b${name}\\b`));
  });

  // A listener that throws ('open' -> boom) does not stop the hub from opening.
  await openPanel(page);
  await expect(situ(page).suggestionLinks.first()).toBeVisible();
  await expect.poll(() => log.situErrors().filter((e) => e.includes('boom')).length).toBe(1);
  await page.keyboard.press('Escape');
  await expect(situ(page).panel).toBeHidden();

  await page.locator('#counter').click();
  await expect(page.locator('#count')).toHaveText('3');
  expect(log.pageErrors.map(String), 'uncaught errors in the page').toEqual([]);
});

test('the script included twice makes one widget', async ({ page }) => {
  const log = watchConsole(page);
  await page.goto('/e2e/twice.html');
  await page.waitForLoadState('load'); // both async scripts have run
  await waitForLauncher(page);
  await page.waitForLoadState('networkidle');
  await expect(situ(page).host).toHaveCount(1);
  await expect(situ(page).launcher).toHaveCount(1);
  await openPanel(page);
  await expect(situ(page).panel).toHaveCount(1);
  await expectSuggestions(page, site.expectedHelp('fixture', null));
  expect(log.pageErrors.map(String)).toEqual([]);
});

test('a call made while the config is still loading does not create a second widget', async ({ page }) => {
  // A slow config: the loader has run (window.Situ is live) but has not mounted the launcher yet.
  await page.route('**/e2e/site.json', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 700));
    await route.continue();
  });
  await page.goto('/e2e/plain.html');
  await page.waitForFunction(() => typeof (window as unknown as W).Situ === 'function');
  await page.evaluate(() => (window as unknown as W).Situ('on', 'ready', () => {}));
  await expect(situ(page).launcher.first()).toBeVisible({ timeout: 10_000 });
  await page.waitForLoadState('networkidle');
  await expect(situ(page).host).toHaveCount(1);
  await expect(situ(page).launcher).toHaveCount(1);
});

// queue.js queues: on(step), on(open), on(close), step('one'), step('two'), open(), close(), open().
test('calls queued before the script loads are replayed in order', async ({ page }) => {
  await page.goto('/e2e/queue.html');
  await expect(situ(page).panel).toBeVisible({ timeout: 10_000 });
  await expect.poll(() => page.evaluate(() => (window as unknown as W).__log.filter((e) => !e.startsWith('step:')))).toEqual([
    'open',
    'close',
    'open',
  ]);
  // The hub left open by the last call shows the help of the step set by the queued step('two').
  await expectSuggestions(page, queue.expectedHelp('queue', 'two'));
});

test('queued step() calls emit `step` events, in order, before the hub opens', async ({ page }) => {
  await page.goto('/e2e/queue.html');
  await expect(situ(page).panel).toBeVisible({ timeout: 10_000 });
  await expect
    .poll(() => page.evaluate(() => (window as unknown as W).__log.filter((e) => e.startsWith('step:'))), {
      message: 'step events from the queued step calls',
    })
    .toEqual(['step:one', 'step:two']);
  const log = await page.evaluate(() => (window as unknown as W).__log);
  expect(log.indexOf('step:two'), JSON.stringify(log)).toBeLessThan(log.indexOf('open'));
});

test("Situ('destroy') removes the widget and leaves the page as it was", async ({ page }) => {
  const log = watchConsole(page);
  await page.goto('/e2e/plain.html');
  await waitForLauncher(page);
  const snapshot = () =>
    page.evaluate(() => {
      const body = document.body.cloneNode(true) as HTMLElement;
      body.querySelectorAll('situ-root').forEach((el) => el.remove());
      return {
        body: body.outerHTML,
        html: [...document.documentElement.attributes].map((a) => `${a.name}=${a.value}`).join(' '),
        bodyStyle: getComputedStyle(document.body).overflow,
      };
    });
  const before = await snapshot();

  await openPanel(page);
  await page.evaluate(() => (window as unknown as W).Situ('destroy'));
  await expect(page.locator('situ-root')).toHaveCount(0);
  await expect(page.locator('dialog[data-situ="panel"]')).toHaveCount(0);
  expect(await snapshot()).toEqual(before);
  expect(await page.evaluate(() => document.activeElement === document.body || document.activeElement === null), 'focus is not left on a removed node').toBe(true);
  // Calls after destroy do not throw into the page.
  const afterDestroy = await page.evaluate(() => {
    try {
      (window as unknown as W).Situ('close');
      return 'ok';
    } catch (e) {
      return String(e);
    }
  });
  expect(afterDestroy).toBe('ok');
  expect(log.pageErrors.map(String)).toEqual([]);
});
