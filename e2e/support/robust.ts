import type { ConsoleMessage, Locator, Page, Route } from '@playwright/test';
import { expect } from './test';

// Helpers for the robust-*.spec.ts files: pages that change under Situ, hostile environments,
// loading that fails. Each test installs `guardPage` before its first navigation and ends with
// `expectUnharmed`: nothing Situ does may reach the host page.

/** The strict policy the robust-* specs run under unless they say otherwise. */
export const STRICT_CSP = "default-src 'self'";

type RobustWindow = {
  __robust?: { errors: string[]; rejections: string[]; violations: string[] };
  __ticks?: number;
  Situ?: ((...args: unknown[]) => unknown) & { q?: unknown[] };
  __situReadyCount?: number;
};

/**
 * Serves every document the page loads with `csp` as its Content-Security-Policy header (the
 * server's other headers kept): the e2e server only sends a CSP for /e2e/csp*. Other requests
 * fall through to routes registered earlier, or the network. Register it before `page.goto`.
 */
export async function serveWithCsp(page: Page, csp: string = STRICT_CSP): Promise<void> {
  await page.route('**/*', async (route: Route) => {
    if (route.request().resourceType() !== 'document') return route.fallback();
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': csp } });
  });
}

/** What reached the page, as `guardPage` records it. */
export interface PageGuard {
  /** Playwright's `pageerror`s: errors that nothing in the page caught. */
  readonly pageErrors: string[];
  /** Every console message from the start. */
  readonly messages: ConsoleMessage[];
  /** The texts of console errors that start with `[situ]`. */
  situErrors(): string[];
  /** The texts of all console errors. */
  errors(): string[];
}

/**
 * Records, from before the page's first script: uncaught errors (`error` on window) and
 * unhandled rejections in `window.__robust`, and `securitypolicyviolation` events (composed, so
 * those from the shadow root are heard too). Also collects Playwright's `pageerror`s and the
 * console. The recorder never throws, whatever was thrown (a value whose toString throws).
 */
export async function guardPage(page: Page): Promise<PageGuard> {
  await page.addInitScript(() => {
    const describe = (value: unknown): string => {
      try {
        if (value instanceof Error) return `${value.name}: ${value.message}`;
        return `${typeof value}: ${String(value)}`;
      } catch {
        return `${typeof value}: (cannot be shown)`;
      }
    };
    const record = { errors: [] as string[], rejections: [] as string[], violations: [] as string[] };
    (window as unknown as RobustWindow).__robust = record;
    // Not capturing: resource load errors (an <img> that 404s) do not bubble to window.
    addEventListener('error', (e) => record.errors.push(describe((e as ErrorEvent).error ?? (e as ErrorEvent).message)));
    addEventListener('unhandledrejection', (e) => record.rejections.push(describe((e as PromiseRejectionEvent).reason)));
    document.addEventListener(
      'securitypolicyviolation',
      (e) => record.violations.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} (${e.sample || 'no sample'})`),
      true,
    );
  });
  const messages: ConsoleMessage[] = [];
  const pageErrors: string[] = [];
  page.on('console', (m) => messages.push(m));
  page.on('pageerror', (e) => pageErrors.push(`${e.name}: ${e.message}`));
  const errors = () => messages.filter((m) => m.type() === 'error').map((m) => m.text());
  return { pageErrors, messages, errors, situErrors: () => errors().filter((t) => t.startsWith('[situ]')) };
}

/**
 * The page's own record: uncaught errors, unhandled rejections, CSP violations. Read as one
 * string per list (no arrays cross the boundary: a page may have patched Array.prototype.toJSON
 * or Object.prototype).
 */
export async function pageRecord(page: Page): Promise<{ errors: string[]; rejections: string[]; violations: string[] }> {
  const joined = await page.evaluate(() => {
    const r = (window as unknown as RobustWindow).__robust;
    if (!r) return null;
    const sep = '\u0001';
    return [r.errors.join(sep), r.rejections.join(sep), r.violations.join(sep)].join('\u0002');
  });
  if (joined === null) throw new Error('e2e: the page has no __robust record; call guardPage before page.goto');
  const [errors = '', rejections = '', violations = ''] = joined.split('\u0002');
  const list = (s: string) => (s === '' ? [] : s.split('\u0001'));
  return { errors: list(errors), rejections: list(rejections), violations: list(violations) };
}

/** The page's CSP violations so far (see `guardPage`). */
export const violations = async (page: Page) => (await pageRecord(page)).violations;

/** The value of the fixture ticker (e2e/fixtures/robust-ticker.js), or null on a page without it. */
export const ticks = (page: Page) =>
  page.evaluate(() => {
    const t = (window as unknown as RobustWindow).__ticks;
    return typeof t === 'number' ? t : null;
  });

/**
 * Asserts nothing reached the page: no uncaught error (Playwright's `pageerror` and the page's
 * own `error` listener), no unhandled rejection; and, unless `ticking` is false, that the page's
 * own setInterval (robust-ticker.js) still runs.
 */
export async function expectUnharmed(page: Page, guard: PageGuard, { ticking = true }: { ticking?: boolean } = {}): Promise<void> {
  const record = await pageRecord(page);
  expect(guard.pageErrors, 'uncaught errors in the page (pageerror)').toEqual([]);
  expect(record.errors, 'uncaught errors in the page (window error event)').toEqual([]);
  expect(record.rejections, 'unhandled promise rejections in the page').toEqual([]);
  if (!ticking) return;
  const before = await ticks(page);
  expect(before, 'the fixture runs robust-ticker.js').not.toBeNull();
  await expect.poll(() => ticks(page), { message: "the page's own setInterval keeps running", timeout: 2_000 }).toBeGreaterThan(before!);
}

/**
 * Calls `Situ(...args)` in the page; returns what it threw (as text), or null. `args` must be
 * serialisable; build hostile values in the page with `page.evaluate` instead.
 */
export const callSitu = (page: Page, ...args: unknown[]) =>
  page.evaluate((a) => {
    try {
      (window as unknown as RobustWindow).Situ!(...a);
      return null;
    } catch (e) {
      try {
        return `threw ${String(e)}`;
      } catch {
        return 'threw (cannot be shown)';
      }
    }
  }, args);

/**
 * Installs the standard stub before the page's scripts and a `ready` listener that counts in
 * `window.__situReadyCount`, so a test can wait for the hub code to have started (`waitForReady`).
 */
export async function countReady(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as RobustWindow;
    w.__situReadyCount = 0;
    const stub = function (...args: unknown[]) {
      (stub.q = stub.q || []).push(args);
    } as ((...args: unknown[]) => unknown) & { q?: unknown[] };
    w.Situ = w.Situ || stub;
    w.Situ('on', 'ready', () => {
      w.__situReadyCount! += 1;
    });
  });
}

/** Waits until Situ's `ready` fired (see `countReady`): the hub code runs and has its config. */
export async function waitForReady(page: Page, timeout = 10_000): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => (window as unknown as RobustWindow).__situReadyCount ?? 0), {
      message: "Situ's `ready` event (the hub code started with its config)",
      timeout,
    })
    .toBeGreaterThan(0);
}

/**
 * Lets requests for `path` (a URL path such as `/e2e/x.json`) reach the browser and never answers
 * them. `pending()` is the number of such requests neither answered nor failed in the page (a
 * timeout in the page aborts them).
 */
export async function neverAnswer(page: Page, path: string) {
  let requested = 0;
  let failed = 0;
  await page.route(`**${path}`, () => {
    requested += 1;
    return new Promise<void>(() => undefined);
  });
  page.on('requestfailed', (request) => {
    if (new URL(request.url()).pathname === path) failed += 1;
  });
  return { requested: () => requested, pending: () => requested - failed };
}

/** Every `situ:*` key in session and local storage, and what IndexedDB's `situ` database holds. */
export interface SituStorage {
  session: string[];
  local: string[];
  /** Whether a database named `situ` exists. */
  idb: boolean;
  /** The number of records in all its object stores (0 when it has none or does not exist). */
  idbRecords: number;
}

/** Reads what Situ left in the page's storage (see `SituStorage`), without creating anything. */
export const situStorage = (page: Page): Promise<SituStorage> =>
  page.evaluate(async () => {
    const keys = (s: Storage) => {
      const out: string[] = [];
      for (let i = 0; i < s.length; i++) {
        const k = s.key(i);
        if (k !== null && k.startsWith('situ:')) out.push(k);
      }
      return out;
    };
    const dbs = await indexedDB.databases();
    const idb = dbs.some((d) => d.name === 'situ');
    let idbRecords = 0;
    if (idb) {
      idbRecords = await new Promise<number>((resolve) => {
        const req = indexedDB.open('situ');
        // Gone in the meantime: do not create it.
        req.onupgradeneeded = () => req.transaction?.abort();
        req.onerror = () => resolve(0);
        req.onblocked = () => resolve(-1);
        req.onsuccess = () => {
          const db = req.result;
          const names = Array.from(db.objectStoreNames);
          if (names.length === 0) {
            db.close();
            resolve(0);
            return;
          }
          const tx = db.transaction(names, 'readonly');
          let total = 0;
          for (const name of names) {
            const count = tx.objectStore(name).count();
            count.onsuccess = () => (total += count.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(total);
          };
          tx.onerror = () => {
            db.close();
            resolve(-1);
          };
        };
      });
    }
    return { session: keys(sessionStorage), local: keys(localStorage), idb, idbRecords };
  });

/** Every value in sessionStorage and localStorage, as `key=value` lines. */
export const storedValues = (page: Page) =>
  page.evaluate(() => {
    const lines: string[] = [];
    for (const [name, s] of [
      ['session', sessionStorage],
      ['local', localStorage],
    ] as const) {
      for (let i = 0; i < s.length; i++) {
        const k = s.key(i)!;
        lines.push(`${name} ${k}=${s.getItem(k)}`);
      }
    }
    return lines.join('\n');
  });

/**
 * Clicks the first occurrence of `text` inside `within` (a text node, wherever it ended up: a
 * link, a span or a paragraph), at the middle of the word, as a person does.
 */
export async function clickText(page: Page, within: Locator, text: string): Promise<void> {
  const box = await within.evaluate((root, wanted) => {
    const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const range = root.ownerDocument.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const r = range.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2, width: r.width };
    }
    return null;
  }, text);
  if (!box || box.width === 0) throw new Error(`e2e: the text "${text}" is not rendered in the element`);
  await page.mouse.click(box.x, box.y);
}

/** The number of `dialog[data-situ="panel"]` elements in any open shadow root of the page. */
export const panelCount = (page: Page) =>
  page.evaluate(() => {
    let n = 0;
    const visit = (root: Document | ShadowRoot) => {
      n += root.querySelectorAll('dialog[data-situ="panel"]').length;
      for (const el of Array.from(root.querySelectorAll('*'))) if (el.shadowRoot) visit(el.shadowRoot);
    };
    visit(document);
    return n;
  });
