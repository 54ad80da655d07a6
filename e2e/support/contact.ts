import { mkdtemp, rm } from 'node:fs/promises';
import { spawn, type ChildProcess } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { realpathSync } from 'node:fs';
import { test as base, expect, type Browser, type Locator, type Page, type Request } from '@playwright/test';
import { repoPath } from './paths';
import { openPanel, typeKeys } from './situ';

// Helpers for contact-flow.spec.ts and contact-delivery.spec.ts: a portal with its own receiver
// (the agent secret known, so the tests read what was stored the way an agent does), the contact
// flow's DOM contract, the agent view, the standalone receiver, and a recorder of request bodies.

/** The agent secret of the receivers these specs start. */
export const AGENT_SECRET = 'e2e-contact-agent-secret';

/** A portal server with the receiver at /api/situ, as `examples/portal/server.mjs` starts it. */
export interface Portal {
  url: string;
  origin: string;
  receiver: { url: string; agentUrl: string; agentSecret: string; dataDir: string | null };
  close(): Promise<void>;
}

type StartServer = (options: {
  port: number;
  host: string;
  mounts: Record<string, string>;
  receiver: { dataDir?: string; databaseUrl?: string; agentSecret?: string } | false;
}) => Promise<{ url: string; close(): Promise<void>; receiver: Portal['receiver'] | null }>;

/**
 * Starts the demo portal's server (with the e2e fixtures at /e2e/, as global setup mounts them)
 * and its receiver: PGlite in `dataDir` (a new temporary folder when not given), or the
 * PostgreSQL at `databaseUrl`; the agent secret is `AGENT_SECRET`.
 */
export async function startPortal(receiver: { dataDir?: string; databaseUrl?: string; port?: number } = {}): Promise<Portal> {
  const { startServer } = (await import(pathToFileURL(repoPath('examples/portal/server.mjs')).href)) as { startServer: StartServer };
  const temporary = !receiver.dataDir && !receiver.databaseUrl ? await mkdtemp(join(tmpdir(), 'situ-e2e-contact-')) : null;
  const server = await startServer({
    port: receiver.port ?? 0,
    host: '127.0.0.1',
    mounts: { '/e2e/': repoPath('e2e/fixtures'), '/vendor/bootstrap/': realpathSync(repoPath('node_modules/bootstrap/dist/css')) },
    receiver: {
      ...(receiver.databaseUrl ? { databaseUrl: receiver.databaseUrl } : { dataDir: receiver.dataDir ?? temporary! }),
      agentSecret: AGENT_SECRET,
    },
  });
  if (!server.receiver) throw new Error('e2e: the portal server started without its receiver (is packages/server/dist built?)');
  const url = server.url.replace(/\/$/, '');
  return {
    url,
    origin: new URL(url).origin,
    receiver: server.receiver,
    async close() {
      await server.close();
      if (temporary) await rm(temporary, { recursive: true, force: true });
    },
  };
}

/**
 * Playwright's `test` with a portal of the worker's own, whose receiver's agent secret is known
 * (global setup's receiver makes a secret of its own and keeps it), as `baseURL`.
 */
export const test = base.extend<{ portal: Portal }, { workerPortal: Portal }>({
  workerPortal: [
    async ({}, use) => {
      const portal = await startPortal();
      await use(portal);
      await portal.close();
    },
    { scope: 'worker' },
  ],
  portal: async ({ workerPortal }, use) => use(workerPortal),
  baseURL: async ({ workerPortal }, use) => use(workerPortal.url),
});

export { expect };

/** The contact flow's DOM contract inside Situ's shadow root, as locators. */
export function flow(page: Page) {
  const panel = page.locator('dialog[data-situ="panel"]');
  const root = panel.locator('[data-situ="contact"]');
  const send = root.locator('form[data-situ="contact-send"]');
  const done = root.locator('[data-situ="contact-done"]');
  const failed = root.locator('[data-situ="contact-failed"]');
  return {
    panel,
    contactUs: panel.locator('button[data-situ="contact-us"]'),
    root,
    // The hub's Back, in the bar: it goes back a step of the flow first.
    back: panel.locator('button[data-situ="back"]'),
    title: root.locator('[data-situ="flow-title"]'),
    categories: root.locator('[data-situ="contact-categories"]'),
    category: (id: string) => root.locator(`button[data-situ="category"][data-category="${id}"]`),
    articles: root.locator('[data-situ="contact-articles"]'),
    articleLinks: root.locator('[data-situ="contact-articles"] button[data-situ="article-link"]'),
    skip: root.locator('button[data-situ="contact-skip"]'),
    channels: root.locator('[data-situ="contact-channels"]'),
    channelButtons: root.locator('[data-situ="contact-channels"] button[data-situ="channel"]'),
    channel: (id: string) => root.locator(`[data-situ="contact-channels"] button[data-situ="channel"][data-channel="${id}"]`),
    send,
    field: (name: 'name' | 'email' | 'message' | 'phone' | 'when') => send.locator(`[data-situ="field-${name}"]`),
    included: send.locator('fieldset[data-situ="included"]'),
    part: (part: string) => send.locator(`input[data-situ="include-part"][data-part="${part}"]`),
    submit: send.locator('button[data-situ="contact-submit"]'),
    call: send.locator('a[data-situ="contact-call"]'),
    email: send.locator('a[data-situ="contact-email"]'),
    chat: send.locator('button[data-situ="contact-chat"]'),
    shared: send.locator('[data-situ="contact-shared"]'),
    reference: root.locator('[data-situ="reference"] .contact-reference-code'),
    done,
    status: done.locator('[data-situ="contact-status"]'),
    notSaved: done.locator('[data-situ="contact-not-saved"]'),
    failed,
    failedText: failed.locator('[data-situ="contact-text"]'),
    copy: failed.locator('button[data-situ="contact-copy"]'),
    otherChannels: failed.locator('button[data-situ="channel"]'),
  };
}

/** The `data-channel`s of the channel step, in the order shown. */
export const channelOrder = (page: Page) => flow(page).channelButtons.evaluateAll((els) => els.map((el) => el.getAttribute('data-channel') ?? ''));

/** Opens the hub with the launcher, then "Contact us" on its home. */
export async function openContactFromHome(page: Page): Promise<void> {
  await openPanel(page);
  const f = flow(page);
  await f.contactUs.first().click();
  await expect(f.root, 'the contact flow').toBeVisible();
}

/** The reference shown in the flow (done step, or the send step of phone/email/chat). */
export async function shownReference(page: Page): Promise<string> {
  const ref = flow(page).reference;
  await expect(ref).toHaveText(/^[0-9A-Z]{3}-[0-9A-Z]{3}$/);
  return (await ref.textContent())!.trim();
}

/** A visitor's contact form: name, email and message typed key by key, then Send. Returns the reference. */
export async function sendForm(page: Page, text: { name: string; email: string; message: string }): Promise<void> {
  const f = flow(page);
  await expect(f.send).toHaveAttribute('data-kind', 'form');
  for (const name of ['name', 'email', 'message'] as const) {
    await f.field(name).click();
    await typeKeys(f.field(name), text[name]);
  }
  await f.submit.click();
  await expect(f.done, 'the confirmation step').toBeVisible();
}

/**
 * Walks the flow from wherever it starts (categories, a category's articles, or its channels) to
 * the contact form: the category path given (only the steps that show), "None of these helps",
 * then "Contact form".
 */
export async function walkToForm(page: Page, categoryPath: string[]): Promise<void> {
  const f = flow(page);
  for (const id of categoryPath) {
    await expect(f.categories.or(f.articles).or(f.channels).first()).toBeVisible();
    if (await f.categories.isVisible()) await f.category(id).click();
  }
  await expect(f.articles.or(f.channels).first()).toBeVisible();
  if (await f.articles.isVisible()) await f.skip.click();
  await expect(f.channels).toBeVisible();
  await f.channel('form').click();
  await expect(f.send).toBeVisible();
}

/* ------------------------------------------------------------------------------------------ */
/* The agent view: what an agent sees of a stored contact.                                      */
/* ------------------------------------------------------------------------------------------ */

/** A contact as the agent view's case page shows it. */
export interface AgentCase {
  reference: string;
  /** Every `<dt>` → `<dd>` of the page (Status, Channel, Category, Page id, Step, Item id, …). */
  fields: Record<string, string>;
  message: string;
  /** The "Articles read" entries as text: `Title (id) · 12 s · did not help`. */
  articles: string[];
  /** The "Searches" entries as text: `“water damage” · 3 results`. */
  searches: string[];
  journey: string[];
  /** The section headings shown (a part left out still has its section, saying so). */
  sections: Record<string, string>;
}

/** Signs in to the agent view of `receiverAgentUrl` in a context of its own, as an agent does. */
async function agentPage(browser: Browser, agentUrl: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(agentUrl);
  const secret = page.getByLabel('Agent secret');
  await expect(secret, 'the agent view asks for the secret').toBeVisible();
  await typeKeys(secret, AGENT_SECRET);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contacts, newest first');
  return page;
}

/** Finds `reference` with the agent view's search box; the rows found. */
async function findByReference(page: Page, reference: string): Promise<Locator> {
  const q = page.getByLabel('Find by reference');
  await q.click();
  await q.press('ControlOrMeta+a');
  await q.press('Backspace');
  await typeKeys(q, reference);
  await page.getByRole('button', { name: 'Find' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contacts for this reference');
  return page.locator('ul.cases > li');
}

/** How many stored contacts the agent view lists under `reference`. */
export async function agentCount(browser: Browser, agentUrl: string, reference: string): Promise<number> {
  const page = await agentPage(browser, agentUrl);
  try {
    return await (await findByReference(page, reference)).count();
  } finally {
    await page.context().close();
  }
}

/** Polls the agent view until it lists `expected` contacts under `reference` (stays there: checked twice). */
export async function expectStoredCount(browser: Browser, agentUrl: string, reference: string, expected: number, what: string): Promise<void> {
  await expect.poll(() => agentCount(browser, agentUrl, reference), { message: `${what}: contacts stored under ${reference}`, timeout: 20_000 }).toBe(expected);
}

/**
 * Signs in to the agent view, finds `reference` (waiting until it is stored), opens the one
 * contact listed and reads it. Fails when it is listed more than once.
 */
export async function agentCase(browser: Browser, agentUrl: string, reference: string): Promise<AgentCase> {
  const page = await agentPage(browser, agentUrl);
  try {
    let rows = await findByReference(page, reference);
    await expect
      .poll(
        async () => {
          rows = await findByReference(page, reference);
          return rows.count();
        },
        { message: `the agent view lists the contact ${reference}`, timeout: 20_000 },
      )
      .toBeGreaterThan(0);
    await expect(rows, `exactly one contact stored under ${reference}`).toHaveCount(1);
    await rows.first().locator('a').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Reference ${reference}`);
    return await page.evaluate(() => {
      const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
      const fields: Record<string, string> = {};
      for (const dt of document.querySelectorAll('dt')) fields[text(dt)] = text(dt.nextElementSibling);
      const sections: Record<string, string> = {};
      for (const s of document.querySelectorAll('section.card')) {
        const h = s.querySelector('h2');
        if (h) sections[text(h)] = text(s);
      }
      const section = (name: string) => [...document.querySelectorAll('section.card')].find((s) => text(s.querySelector('h2')) === name);
      const items = (name: string) => [...(section(name)?.querySelectorAll('li') ?? [])].map(text);
      return {
        reference: text(document.querySelector('h1 .ref')),
        fields,
        message: text(section('Message')?.querySelector('p.message')),
        articles: items('Articles read'),
        searches: items('Searches'),
        journey: items('Journey'),
        sections,
      };
    });
  } finally {
    await page.context().close();
  }
}

/* ------------------------------------------------------------------------------------------ */
/* What the page sends.                                                                         */
/* ------------------------------------------------------------------------------------------ */

/** One request the page made, as the browser sent it. */
export interface Sent {
  url: string;
  method: string;
  body: string | null;
  headers: Record<string, string>;
  at: number;
}

/** Records every request `page` makes from now on (URL, method, body, headers, time). */
export function recordRequests(page: Page): Sent[] {
  const sent: Sent[] = [];
  const note = (r: Request) => sent.push({ url: r.url(), method: r.method(), body: r.postData(), headers: r.headers(), at: Date.now() });
  page.on('request', note);
  return sent;
}

/** The POSTs to `…/contacts` among `sent`. */
export const contactPosts = (sent: Sent[]) => sent.filter((r) => r.method === 'POST' && /\/contacts$/.test(new URL(r.url).pathname));

/* ------------------------------------------------------------------------------------------ */
/* The standalone receiver (`node packages/server/dist/main.js`).                               */
/* ------------------------------------------------------------------------------------------ */

/** The receiver running on its own, as `situ-server`. */
export interface Standalone {
  url: string;
  agentUrl: string;
  dataDir: string;
  output: () => string;
  close(): Promise<void>;
}

/** Starts `node packages/server/dist/main.js` on a free port with its own PGlite folder. */
export async function startStandalone(env: Record<string, string>): Promise<Standalone> {
  const dataDir = await mkdtemp(join(tmpdir(), 'situ-e2e-standalone-'));
  const child: ChildProcess = spawn(process.execPath, [repoPath('packages/server/dist/main.js')], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', SITU_DATA_DIR: dataDir, SITU_AGENT_SECRET: AGENT_SECRET, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`e2e: the standalone receiver did not start in 20 s:\n${output}`)), 20_000);
    const look = () => {
      const m = /listening on (http:\/\/[^\s]+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!.replace(/\/$/, ''));
      }
    };
    child.stdout!.on('data', look);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`e2e: the standalone receiver exited (${code}):\n${output}`));
    });
  });
  return {
    url,
    agentUrl: `${url}/agent`,
    dataDir,
    output: () => output,
    async close() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}


/** The outbox entries waiting on this origin for `site` (IndexedDB `situ`/`kv`, key `situ:<site>:outbox`), by id. */
export const storedOutbox = (page: Page, site: string) =>
  page.evaluate(async (key) => {
    const dbs = await indexedDB.databases();
    if (!dbs.some((d) => d.name === 'situ')) return {};
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('situ');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      if (!db.objectStoreNames.contains('kv')) return {};
      return await new Promise<Record<string, unknown>>((resolve, reject) => {
        const get = db.transaction('kv', 'readonly').objectStore('kv').get(key);
        get.onsuccess = () => resolve((get.result as Record<string, unknown> | undefined) ?? {});
        get.onerror = () => reject(get.error);
      });
    } finally {
      db.close();
    }
  }, `situ:${site}:outbox`);

/** Presses `key` (Tab or Shift+Tab) until `target` has focus (inside the shadow root too); at most `max` presses. */
export async function tabTo(page: Page, target: Locator, what: string, key: 'Tab' | 'Shift+Tab' = 'Tab', max = 40): Promise<void> {
  const focused = () => target.evaluate((el) => (el.getRootNode() as Document | ShadowRoot).activeElement === el).catch(() => false);
  for (let i = 0; i < max; i++) {
    if (await focused()) return;
    await page.keyboard.press(key);
  }
  if (await focused()) return;
  throw new Error(`e2e: ${max} presses of ${key} did not reach ${what}`);
}
