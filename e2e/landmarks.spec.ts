import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { openPanel, settleAnimations, situ, typeKeys, typeSearch } from './support/situ';
import { expect, test } from './support/test';

// The hub adds no landmark that competes with the host page's own: on a page with its own
// banner, navigation, main and contentinfo, axe finds nothing to report in any view of the open
// hub. The rules run are a11y.spec.ts's WCAG tags plus axe's best practices (where the landmark
// rules live: landmark-no-duplicate-banner, landmark-unique, landmark-one-main, region, …), over
// the whole page, the widget's shadow tree included.

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const PAGE = '/e2e/landmarks.html';
const EMAIL = 'ada.lovelace@example.com';

type Result = Awaited<ReturnType<AxeBuilder['analyze']>>;

/** The violations of an axe run, one line per node, for a readable failure. */
const summarise = (violations: Result['violations']) =>
  violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => `${JSON.stringify(n.target)}: ${n.failureSummary?.replace(/\s+/g, ' ')}`),
  }));

/** Whether axe checked any node inside <situ-root>'s shadow tree (targets like [["situ-root", "…"]]). */
const reachedShadow = (result: Result) =>
  [...result.passes, ...result.violations, ...result.incomplete]
    .flatMap((r) => r.nodes)
    .some((n) => n.target.some((t) => Array.isArray(t) && t[0] === 'situ-root' && t.length > 1));

const analyze = (page: Page) => new AxeBuilder({ page }).withTags(TAGS).analyze();

const views: { name: string; show: (page: Page) => Promise<void> }[] = [
  {
    name: 'home',
    show: async (page) => {
      await expect(situ(page).suggestionLinks.first()).toBeVisible();
    },
  },
  {
    name: 'search with results',
    show: async (page) => {
      await typeSearch(page, 'password');
      await expect(situ(page).resultsStatus).toHaveText(/\d+ articles? found/);
      await expect(situ(page).resultLinks.first()).toBeVisible();
    },
  },
  {
    name: 'search with no results',
    show: async (page) => {
      await typeSearch(page, 'zqxjvwk');
      await expect(situ(page).resultsStatus).toHaveText(/no articles/i);
    },
  },
  {
    name: 'article',
    show: async (page) => {
      await situ(page).suggestionLinks.first().click();
      await expect(situ(page).articleBody).toContainText(/\w{3,}/);
      await expect(situ(page).rateYes).toBeVisible();
    },
  },
];

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 375, height: 667 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    for (const view of views) {
      test(`the open hub's ${view.name} view adds no landmark violation to a page with its own landmarks`, async ({ page }) => {
        await page.goto(PAGE);
        await expect(situ(page).launcher).toBeVisible({ timeout: 10_000 });
        // The host page's own field, typed into, stays as typed.
        const email = page.locator('#email');
        await email.click();
        await email.press('ControlOrMeta+a');
        await typeKeys(email, EMAIL);

        // Precondition: the fixture page itself, with the hub closed, is clean.
        const closed = await analyze(page);
        expect(summarise(closed.violations), 'axe violations with the hub closed (the fixture page itself)').toEqual([]);

        await openPanel(page);
        await view.show(page);
        await settleAnimations(page);
        const open = await analyze(page);
        expect(reachedShadow(open), 'axe checked nodes inside <situ-root>').toBe(true);
        expect(summarise(open.violations), `axe violations with the hub open at ${view.name}`).toEqual([]);

        await expect(email).toHaveValue(EMAIL);
      });
    }
  });
}
