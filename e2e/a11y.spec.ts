import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { portalConfig, uniqueTitleWord } from './support/config';
import { repoPath } from './support/paths';
import { openPanel, settleAnimations, situ } from './support/situ';
import { expect, test } from './support/test';

const config = portalConfig();
const { word } = uniqueTitleWord(config.articles);
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SHOTS = repoPath('e2e/screenshots');
mkdirSync(SHOTS, { recursive: true });

/** Runs axe over everything Situ renders (the host and its shadow tree) and expects no violation. */
async function expectNoViolations(page: Page, view: string) {
  const { violations, passes } = await new AxeBuilder({ page }).withTags(TAGS).include('situ-root').analyze();
  // Guard against an empty analysis: axe must have reached the buttons inside the shadow root.
  const buttons = passes.find((p) => p.id === 'button-name')?.nodes.length ?? 0;
  expect(buttons, 'buttons axe checked inside <situ-root>').toBeGreaterThan(0);
  const summary = violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => `${JSON.stringify(n.target)}: ${n.failureSummary?.replace(/\s+/g, ' ')}`),
  }));
  expect(summary, `axe violations in the ${view} view`).toEqual([]);
}

const views: { name: string; show: (page: Page) => Promise<void> }[] = [
  {
    name: 'home',
    show: async (page) => {
      await expect(situ(page).suggestionLinks.first()).toBeVisible();
    },
  },
  {
    name: 'search-results',
    show: async (page) => {
      await situ(page).search.pressSequentially(word.slice(0, 5), { delay: 20 });
      await expect(situ(page).resultLinks.first()).toBeVisible();
      await expect(situ(page).resultsStatus).toHaveText(/\d+ articles? found/);
    },
  },
  {
    name: 'no-results',
    show: async (page) => {
      await situ(page).search.pressSequentially('zqxjvwk', { delay: 20 });
      await expect(situ(page).resultsStatus).toHaveText(/no articles/i);
    },
  },
  {
    name: 'article',
    show: async (page) => {
      await situ(page).suggestionLinks.first().click();
      await expect(situ(page).articleBody).toBeVisible();
      await expect(situ(page).rateYes).toBeVisible();
    },
  },
];

for (const width of [1280, 375]) {
  test.describe(`at ${width}px`, () => {
    test.use({ viewport: width === 1280 ? { width: 1280, height: 800 } : { width: 375, height: 740 } });

    test('the closed launcher has no violations', async ({ page }) => {
      await page.goto('/account');
      await expect(situ(page).launcher).toBeVisible();
      await expectNoViolations(page, 'launcher');
      await page.screenshot({ path: `${SHOTS}/launcher-${width}.png` });
    });

    for (const view of views) {
      test(`the ${view.name} view has no violations`, async ({ page }) => {
        await page.goto('/account');
        await openPanel(page);
        await view.show(page);
        await settleAnimations(page);
        await expectNoViolations(page, view.name);
        await page.screenshot({ path: `${SHOTS}/${view.name}-${width}.png` });
      });
    }
  });
}
