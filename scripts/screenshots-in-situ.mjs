// Screenshots for docs/in-situ.md: hints, reassurance, confirmation and the ask dialog, each at
// 1280 and 375 px wide, taken from the built script on the example portal.
//
// Run from the repository root, after a build (`node scripts/pnpm.mjs run build`):
//
//   node scripts/screenshots-in-situ.mjs                 # all shots
//   node scripts/screenshots-in-situ.mjs hint beacon     # only these shots
//
// It starts the portal's server itself on a free port (with e2e/fixtures under /e2e/), or uses
// a server you already run: SITU_BASE=http://127.0.0.1:4600 node scripts/screenshots-in-situ.mjs
// Chromium: /usr/bin/chromium, or CHROMIUM_PATH. The PNGs go to docs/images/in-situ/
// (<shot>-1280.png and <shot>-375.png); each one's size is printed, and one over 250 KB is
// reported. Motion is reduced and the colour scheme light, so the shots are steady.
//
// Each shot steps through the page as a visitor would: clicks, typing, the form's own buttons.

import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}docs/images/in-situ/`;
const { chromium } = await import(playwrightCore());

/** playwright-core as the workspace installed it (pnpm keeps it under node_modules/.pnpm), or PLAYWRIGHT_CORE. */
function playwrightCore() {
  if (process.env.PLAYWRIGHT_CORE) return process.env.PLAYWRIGHT_CORE;
  const store = `${root}node_modules/.pnpm/`;
  const found = existsSync(store) ? readdirSync(store).filter((name) => name.startsWith('playwright-core@')).sort() : [];
  if (!found.length) throw new Error('playwright-core not found: run `node scripts/pnpm.mjs install`, or set PLAYWRIGHT_CORE');
  return `${store}${found[found.length - 1]}/node_modules/playwright-core/index.mjs`;
}

const WIDTHS = [
  { width: 1280, height: 800 },
  { width: 375, height: 812 },
];
const MAX_BYTES = 250 * 1024;

// ---------- helpers ----------

/** The union of some boxes, padded, kept inside the viewport: the part of the page to keep. */
function clipAround(page, boxes, { pad = 24, fullWidth = false } = {}) {
  const { width, height } = page.viewportSize();
  const list = boxes.filter(Boolean);
  const x0 = fullWidth ? 0 : Math.max(0, Math.min(...list.map((b) => b.x)) - pad);
  const x1 = fullWidth ? width : Math.min(width, Math.max(...list.map((b) => b.x + b.width)) + pad);
  const y0 = Math.max(0, Math.min(...list.map((b) => b.y)) - pad);
  const y1 = Math.min(height, Math.max(...list.map((b) => b.y + b.height)) + pad);
  return { x: Math.floor(x0), y: Math.floor(y0), width: Math.ceil(x1 - x0), height: Math.ceil(y1 - y0) };
}

/** Whether this is the wide (1280 px) shot. */
const wide = (page) => page.viewportSize().width >= 500;

/**
 * On a wide screen, the full-width strip from just above the dock to the bottom of the viewport
 * (the dock in one corner, the launcher in the other); on a phone, the whole viewport.
 */
const bottomStrip = (page, dock) => {
  if (!wide(page)) return null;
  const { width, height } = page.viewportSize();
  const y = Math.max(0, Math.floor(dock.y) - 48);
  return { x: 0, y, width, height: height - y };
};

/** The box of the first element `selector` matches (Playwright's CSS looks into open shadow roots). */
const box = (page, selector) => page.locator(selector).first().boundingBox();

/** Two animation frames and a little more: floating-ui has placed what just opened. */
const settle = (page, ms = 250) =>
  page.evaluate((wait) => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, wait)))), ms);

/** Waits until Situ has bound the hint of `selector` (its aria-describedby names a situ-hint). */
const hintBound = (page, selector) =>
  page.waitForFunction((s) => /situ-hint-\d+/.test(document.querySelector(s)?.getAttribute('aria-describedby') ?? ''), selector, { timeout: 20_000 });

/** The open hint box whose text contains `text`. */
const openHint = (page, text) => page.locator('situ-hint[data-situ="hint"]:popover-open', { hasText: text });

/** Scrolls `selector` to the middle of the viewport. */
const centre = (page, selector) => page.locator(selector).first().evaluate((el) => el.scrollIntoView({ block: 'center', inline: 'nearest' }));

/** Waits until the hub chunk has loaded (commands then run at once, not queued). */
const hubLoaded = (page) =>
  page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => r.name.includes('situ-hub.js')), null, { timeout: 20_000 }).then(() => settle(page, 300));

// ---------- the shots ----------

const shots = {
  /** A focus hint: the policy number of a damage report, clicked into. */
  async hint(page) {
    await page.goto('/claims/new');
    await hintBound(page, '#claim-policy-number');
    await centre(page, '#claim-policy-number');
    await page.locator('#claim-policy-number').click();
    const hint = openHint(page, 'It starts with NW');
    await hint.waitFor();
    await settle(page);
    const field = await box(page, '.field:has(> #claim-policy-number), #claim-policy-number');
    return clipAround(page, [field, await hint.boundingBox()], wide(page) ? { pad: 48 } : { fullWidth: true });
  },

  /** A beacon with its hint open: step 2 of the damage report, the photos field. */
  async beacon(page) {
    await page.goto('/claims/new');
    await hintBound(page, '#claim-policy-number');
    // Step 1, as a visitor fills it in.
    await page.getByLabel('Home contents').check();
    await page.getByLabel('Water damage or leak').check();
    await page.locator('#claim-description').click();
    await page.keyboard.type('A pipe under the kitchen sink burst overnight.');
    await page.getByRole('button', { name: 'Next: when and where' }).click();
    await page.locator('#claim-step-2').waitFor();
    await hintBound(page, '#claim-photos');
    await centre(page, '#claim-photos');
    const beacon = page.locator('situ-beacon button');
    await beacon.waitFor();
    await settle(page);
    await beacon.click();
    const hint = openHint(page, 'One photo of the whole room');
    await hint.waitFor();
    // The pointer away from the beacon, so that it shows as a visitor sees it after the press.
    await page.mouse.move(1, 1);
    await settle(page);
    const field = await box(page, '.field:has(#claim-photos)');
    return clipAround(page, [field, await beacon.boundingBox(), await hint.boundingBox()], wide(page) ? { pad: 48 } : { fullWidth: true });
  },

  /**
   * Reassurance with a target: beside the Pay button on a wide screen. On a phone the same card
   * docks (the whole viewport is shot, with the button in view).
   */
  async 'reassure-anchored'(page) {
    await page.goto('/billing/pay');
    const card = page.locator('[data-situ="reassure-card"]');
    await card.waitFor({ timeout: 20_000 });
    // The button in the middle of the viewport, with room for the card beside it.
    await centre(page, '#pay');
    await settle(page, 400);
    if (!wide(page)) return null;
    return clipAround(page, [await card.boundingBox(), await box(page, '#pay')], { pad: 32 });
  },

  /** Reassurance with no target: docked in the corner away from the launcher. */
  async 'reassure-docked'(page) {
    await page.goto('/cards/lost');
    await page.locator('[data-situ="dock"] [data-situ="reassure"]').waitFor({ timeout: 20_000 });
    await settle(page, 400);
    return bottomStrip(page, await box(page, '[data-situ="dock"]'));
  },

  /** A confirmation after moving house (the portal's single-page app). */
  async confirm(page) {
    await page.goto('/move');
    await page.evaluate(() => sessionStorage.removeItem('northwind.move'));
    await page.reload();
    await page.locator('#move-postcode').click();
    await page.keyboard.type('3511 LK');
    await page.locator('#move-house-number').click();
    await page.keyboard.type('8');
    await page.locator('#move-street').click();
    await page.keyboard.type('Oudegracht');
    await page.locator('#move-city').click();
    await page.keyboard.type('Utrecht');
    await page.getByRole('button', { name: 'Next: moving date' }).click();
    await page.locator('#move-date').waitFor();
    const day = new Date(Date.now() + 21 * 864e5).toISOString().slice(0, 10);
    await page.locator('#move-date').fill(day);
    await page.getByRole('button', { name: 'Confirm my move' }).click();
    await page.locator('[data-situ="confirmation"]').waitFor({ timeout: 20_000 });
    await settle(page, 400);
    return bottomStrip(page, await box(page, '[data-situ="dock"]'));
  },

  /** The ask dialog before cancelling a policy, on the account page. */
  async ask(page) {
    await page.goto('/account');
    await hubLoaded(page);
    await centre(page, '#cancel-policy');
    await page.locator('#cancel-policy').click();
    await page.locator('dialog[data-situ="ask"]').waitFor({ timeout: 20_000 });
    await settle(page, 300);
    return null;
  },
};

// ---------- run ----------

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in shots));
if (unknown.length) {
  console.error(`unknown shot: ${unknown.join(', ')}; the shots are ${Object.keys(shots).join(', ')}`);
  process.exit(2);
}

let server = null;
let base = process.env.SITU_BASE;
if (!base) {
  const { startServer } = await import(`${root}examples/portal/server.mjs`);
  server = await startServer({
    port: 0,
    host: '127.0.0.1',
    mounts: { '/e2e/': `${root}e2e/fixtures` },
    headers: (p) => (p.startsWith('/e2e/csp') ? { 'Content-Security-Policy': "default-src 'self'" } : {}),
  });
  base = server.url;
}

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--headless'] });
let failed = 0;
try {
  for (const name of wanted.length ? wanted : Object.keys(shots)) {
    for (const viewport of WIDTHS) {
      const context = await browser.newContext({ viewport, baseURL: base, reducedMotion: 'reduce', colorScheme: 'light' });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      page.on('console', (m) => m.type() === 'error' && m.text().startsWith('[situ]') && errors.push(m.text()));
      const file = `${out}${name}-${viewport.width}.png`;
      try {
        const clip = await shots[name](page);
        await page.screenshot({ path: file, ...(clip ? { clip } : {}) });
        const bytes = statSync(file).size;
        const over = bytes > MAX_BYTES;
        if (over) failed++;
        console.log(`${name}-${viewport.width}.png  ${(bytes / 1024).toFixed(0)} KB${over ? '  over 250 KB' : ''}${errors.length ? `  (page said: ${errors.join(' | ')})` : ''}`);
      } catch (error) {
        failed++;
        console.error(`${name}-${viewport.width}.png: ${error.message.split('\n')[0]}`);
      } finally {
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await server?.close();
}
process.exit(failed ? 1 : 0);
