import { test as base, expect } from '@playwright/test';

/** Playwright's `test`, pointed at the server e2e/global-setup.ts started. */
export const test = base.extend({
  baseURL: async ({}, use) => {
    const url = process.env.SITU_E2E_URL;
    if (!url) throw new Error('e2e: SITU_E2E_URL is not set; run through playwright.config.ts (global setup)');
    await use(url);
  },
});

export { expect };
