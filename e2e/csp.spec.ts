import { fixtureConfig } from './support/config';
import { openPanel, searchFor, situ, watchConsole } from './support/situ';
import { expect, test } from './support/test';

const config = fixtureConfig('site.json');

test('under `Content-Security-Policy: default-src \'self\'` nothing is refused', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener(
      'securitypolicyviolation',
      (e) => w.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`),
      true,
    );
  });
  const log = watchConsole(page);
  const response = await page.goto('/e2e/csp.html');
  expect(response!.headers()['content-security-policy'], 'the fixture is really served with the strict CSP').toBe("default-src 'self'");

  await openPanel(page);
  const s = situ(page);
  await expect(s.suggestionLinks.first()).toBeVisible();
  // Styles really apply: the hub looks exactly as on the same page without a CSP.
  const look = () =>
    Promise.all([s.launcher, s.panel, s.search, s.suggestionLinks.first()].map((l) =>
      l.evaluate((el) => {
        const cs = getComputedStyle(el);
        return [cs.fontFamily, cs.fontSize, cs.color, cs.backgroundColor, cs.padding, cs.borderRadius, cs.width, cs.height].join(' | ');
      }),
    ));
  const underCsp = await look();

  await searchFor(page, 'password');
  const article = config.article('reset-password');
  await s.resultLinks.filter({ hasText: article.title }).click();
  await expect(s.articleTitle).toHaveText(article.title);
  await expect(s.articleBody.locator('li').first()).toBeVisible();
  await s.rateYes.click();
  await expect(s.article).toContainText(/thank/i);
  await page.waitForLoadState('networkidle');

  const violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
  expect(violations, 'securitypolicyviolation events').toEqual([]);
  const cspConsole = log.messages
    .map((m) => `${m.type()}: ${m.text()}`)
    .filter((t) => /content security policy|refused to/i.test(t));
  expect(cspConsole, 'console messages about CSP').toEqual([]);
  expect(log.pageErrors.map(String), 'uncaught errors').toEqual([]);
  expect(log.situErrors(), '[situ] errors').toEqual([]);

  await page.goto('/e2e/plain.html');
  await openPanel(page);
  await expect(s.suggestionLinks.first()).toBeVisible();
  expect(underCsp, 'the widget styled the same with and without the CSP').toEqual(await look());
});
