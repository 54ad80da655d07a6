import type { Locator, Page } from '@playwright/test';
import { openPanel, situ, waitForLauncher } from './support/situ';
import { expect, test } from './support/test';

const PROPS = [
  'font-family', 'font-size', 'font-weight', 'line-height', 'letter-spacing', 'text-transform',
  'color', 'background-color',
  'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'border-top-left-radius', 'border-top-right-radius', 'border-bottom-right-radius', 'border-bottom-left-radius',
  'border-top-width', 'box-sizing', 'width', 'height', 'display', 'visibility', 'opacity',
] as const;

async function stylesOf(locator: Locator): Promise<Record<string, string>> {
  return locator.evaluate((el, props) => {
    const cs = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    return Object.fromEntries([...props.map((p) => [p, cs.getPropertyValue(p)]), ['box', `${Math.round(rect.width)}x${Math.round(rect.height)}`]]);
  }, PROPS as unknown as string[]);
}

/** The computed styles of the widget's parts on a page: launcher closed, then the open hub. */
async function widgetStyles(page: Page, path: string) {
  await page.goto(path);
  await waitForLauncher(page);
  const s = situ(page);
  await openPanel(page);
  await expect(s.suggestionLinks.first()).toBeVisible();
  const styles = {
    panel: await stylesOf(s.panel),
    heading: await stylesOf(s.panel.getByRole('heading', { name: 'Need help?' })),
    search: await stylesOf(s.search),
    articleLink: await stylesOf(s.suggestionLinks.first()),
    close: await stylesOf(s.close),
  };
  // The closed launcher once the hub has loaded on both pages (before that its label's colour
  // is CSS's approximation, computed as oklch; after, the hub's exact WCAG value).
  await page.keyboard.press('Escape');
  await expect(s.panel).toBeHidden();
  return { launcher: await stylesOf(s.launcher), ...styles };
}

test('hostile page CSS (Bootstrap, `* { all: revert }`, huge fonts) does not change the widget', async ({ page }) => {
  const plain = await widgetStyles(page, '/e2e/plain.html');
  const hostile = await widgetStyles(page, '/e2e/hostile.html');
  // Sanity: the hostile CSS is really applied to the page itself.
  expect(await page.locator('#intro').evaluate((el) => getComputedStyle(el).fontSize)).toBe('30px');
  for (const part of Object.keys(plain) as (keyof typeof plain)[]) {
    expect(hostile[part], `computed style of the ${part} on hostile.html vs plain.html`).toEqual(plain[part]);
  }
});

test('the launcher is on top of a max-z-index bar covering the bottom of the page', async ({ page }) => {
  await page.goto('/e2e/hostile.html');
  await waitForLauncher(page);
  const { launcher } = situ(page);
  const box = (await launcher.boundingBox())!;
  const cover = (await page.locator('#cover').boundingBox())!;
  expect(box.y + box.height / 2, 'the launcher sits inside the covered band').toBeGreaterThan(cover.y);
  const hit = await page.evaluate(
    ([x, y]) => {
      const outer = document.elementFromPoint(x!, y!);
      const inner = outer?.shadowRoot?.elementFromPoint(x!, y!);
      return { outer: outer?.tagName.toLowerCase(), inner: inner?.closest('[data-situ]')?.getAttribute('data-situ') ?? null };
    },
    [box.x + box.width / 2, box.y + box.height / 2],
  );
  expect(hit).toEqual({ outer: 'situ-root', inner: 'launcher' });
  // A real click (Playwright checks nothing else receives it) opens the hub.
  await launcher.click();
  await expect(situ(page).panel).toBeVisible();
});

test('the open hub is in the top layer, above everything on a hostile page (beside it on a wide screen)', async ({ page }) => {
  await page.goto('/e2e/hostile.html');
  await openPanel(page);
  const { panel } = situ(page);
  // Wide: a manual popover (top layer, not modal), so the page stays usable beside it.
  expect(await panel.evaluate((el) => ({ modal: el.matches(':modal'), popover: el.matches(':popover-open') }))).toEqual({ modal: false, popover: true });
  // The centre of the dialog belongs to the dialog, not to the page's max-z-index elements.
  const box = (await panel.boundingBox())!;
  const hit = await page.evaluate(
    ([x, y]) => {
      const outer = document.elementFromPoint(x!, y!);
      const inner = outer?.shadowRoot?.elementFromPoint(x!, y!);
      return { outer: outer?.tagName.toLowerCase(), inPanel: !!inner?.closest('dialog[data-situ="panel"]') };
    },
    [box.x + box.width / 2, box.y + Math.min(box.height / 2, 200)],
  );
  expect(hit).toEqual({ outer: 'situ-root', inPanel: true });
});

test('the widget’s CSS does not leak into the page', async ({ page }) => {
  const pageStyles = async () => ({
    body: await stylesOf(page.locator('body')),
    h1: await stylesOf(page.locator('h1')),
    h2: await stylesOf(page.locator('main h2')),
    p: await stylesOf(page.locator('#intro')),
    input: await stylesOf(page.locator('#email')),
    button: await stylesOf(page.locator('#save')),
    link: await stylesOf(page.locator('nav a').first()),
    li: await stylesOf(page.locator('#facts li').first()),
  });
  // Without the widget: the loader is never served.
  await page.route('**/situ/situ.js', (route) => route.abort());
  await page.goto('/e2e/plain.html');
  const without = await pageStyles();
  await page.unroute('**/situ/situ.js');

  await page.goto('/e2e/plain.html');
  await openPanel(page);
  await page.keyboard.press('Escape');
  await expect(situ(page).panel).toBeHidden();
  const withWidget = await pageStyles();
  expect(withWidget).toEqual(without);
  expect(await page.evaluate(() => document.adoptedStyleSheets.length), 'no stylesheets adopted by the document').toBe(0);
  expect(await page.evaluate(() => document.styleSheets.length), 'no stylesheets added to the document').toBe(0);
});
