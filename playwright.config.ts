import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests: the built script-tag artifact (packages/embed/dist) on the demo portal and on
 * the fixture pages in e2e/fixtures, in Debian's Chromium (no browser download needed).
 * e2e/global-setup.ts starts the portal server on a free port and hands its URL to the tests.
 */

/** Debian's Chromium, headless. */
const chromium = {
  browserName: 'chromium',
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  },
} as const;

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  globalSetup: './e2e/global-setup.ts',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 30_000,
  globalTimeout: 20 * 60_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['json', { outputFile: process.env.SITU_E2E_REPORT ?? '.reports/e2e.json' }]],
  use: {
    // Also set per test by e2e/support/test.ts, since the URL is only known after global setup.
    baseURL: process.env.SITU_E2E_URL,
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      // The test at scale measures long tasks: it runs as its own project, alone (see below).
      testIgnore: /search-scale\.spec\.ts$/,
      use: chromium,
    },
    {
      // 5,000 articles and "no long task": a test another test's browser must not share the two
      // cores with. `npm test` runs this project on its own, after the others.
      name: 'scale',
      testMatch: /search-scale\.spec\.ts$/,
      // A long task is wall time: on a machine busy with other work a garbage collection of the
      // 5,000 articles' heap can pass 50 ms once (seen: 53 and 62 ms, at load 4 with nothing else
      // of ours running). Two more tries absorb that; a real regression (slices by count gave 20
      // to 45 long tasks a run) fails all three, and a retried pass is reported as flaky.
      retries: 2,
      use: chromium,
    },
  ],
});
