// Screenshots for docs/contact.md: Contact us on the example portal (the channels for a lost card,
// the phone's reference, the form, the confirmation) and the receiver's agent view, each at 1280
// and 375 px wide, from the built script.
//
// Run from the repository root, after a build (`node scripts/pnpm.mjs run build`):
//
//   node scripts/screenshots-contact.mjs
//
// It starts the portal's server (with a receiver on a temporary PGlite folder) on a free port.
// Chromium: /usr/bin/chromium, or CHROMIUM_PATH. The PNGs go to docs/images/contact/
// (<shot>-1280.png and <shot>-375.png). The clock is a Tuesday morning in Amsterdam, so the
// phone and the chat are open; motion is reduced and the colour scheme light.

import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}docs/images/contact/`;
const store = `${root}node_modules/.pnpm/`;
const core = readdirSync(store).filter((name) => name.startsWith('playwright-core@')).sort().at(-1);
if (!core) throw new Error('playwright-core not found: run `node scripts/pnpm.mjs install`');
const { chromium } = await import(`${store}${core}/node_modules/playwright-core/index.mjs`);
const { startServer } = await import(`${root}examples/portal/server.mjs`);

const SECRET = 'screenshots';
const server = await startServer({ port: 0, receiver: { agentSecret: SECRET } });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium' });
mkdirSync(out, { recursive: true });

const panel = (page) => page.locator('[data-situ="panel"]');
const shot = async (page, name, width) => {
  const file = `${out}${name}-${width}.png`;
  await page.screenshot({ path: file });
  console.log(`${name}-${width}.png  ${Math.round(statSync(file).size / 1024)} KB`);
};
/** Types as a person does, key by key. */
const type = (locator, text) => locator.pressSequentially(text, { delay: 15 });

try {
  for (const { width, height } of [
    { width: 1280, height: 800 },
    { width: 375, height: 812 },
  ]) {
    const context = await browser.newContext({ viewport: { width, height }, reducedMotion: 'reduce', colorScheme: 'light' });
    const page = await context.newPage();
    await page.clock.install({ time: new Date('2026-12-01T10:00:00+01:00') });

    // Lost card: "Talk to a person" on the reassurance card opens the channels, people first.
    await page.goto(new URL('/cards/lost', server.url).href);
    await page.locator('[data-situ="reassure-person"]').first().click();
    await panel(page).locator('[data-situ="contact-channels"]').waitFor();
    await shot(page, 'channels', width);
    await panel(page).locator('[data-situ="channel"][data-channel="phone"]').click();
    await panel(page).locator('[data-situ="reference"]').waitFor();
    await shot(page, 'phone', width);

    // Move house: Contact us from the hub, the form, sent.
    await page.goto(new URL('/move', server.url).href);
    await page.locator('situ-root, [data-situ-host]').first().waitFor({ state: 'attached' }).catch(() => {});
    await page.getByRole('button', { name: /help/i }).first().click();
    await panel(page).locator('[data-situ="contact-us"]').click();
    await panel(page).locator('[data-situ="contact-skip"]').click();
    await panel(page).locator('[data-situ="channel"][data-channel="form"]').click();
    await type(panel(page).getByLabel('Your name'), 'Sanne de Vries');
    await type(panel(page).getByLabel('Your email address'), 'sanne@example.nl');
    await type(panel(page).getByLabel('Your message'), 'We move on 1 February. Do I need to read the meter myself?');
    await shot(page, 'form', width);
    await panel(page).locator('[data-situ="contact-submit"]').click();
    await panel(page).locator('[data-situ="contact-done"][data-state="sent"]').waitFor({ timeout: 15_000 });
    await shot(page, 'sent', width);
    const reference = await panel(page).locator('[data-situ="reference"] .contact-reference-code').textContent();

    // The agent view: sign in, find the contact by its reference, open it.
    const agent = await context.newPage();
    await agent.goto(server.receiver.agentUrl);
    await agent.getByLabel(/secret/i).pressSequentially(SECRET);
    await agent.keyboard.press('Enter');
    await agent.getByRole('searchbox').or(agent.getByLabel(/reference/i)).first().pressSequentially(reference ?? '');
    await agent.keyboard.press('Enter');
    await agent.locator('a[href*="/agent/cases/"]').first().click();
    await agent.waitForLoadState();
    await shot(agent, 'agent', width);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
if (!existsSync(`${out}agent-375.png`)) process.exitCode = 1;
