import type { ConsoleMessage, Locator, Page } from '@playwright/test';
import { expect } from './test';
import type { Article, ExpectedHelp, LoadedConfig } from './config';

/** The widget's DOM contract, as locators (CSS locators pierce the open shadow root). */
export function situ(page: Page) {
  const panel = page.locator('dialog[data-situ="panel"]');
  const suggestions = panel.locator('section[data-situ="suggestions"]');
  const results = panel.locator('section[data-situ="results"]');
  const article = panel.locator('article[data-situ="article"]');
  return {
    host: page.locator('situ-root'),
    launcher: page.locator('button[data-situ="launcher"]'),
    panel,
    close: panel.locator('button[data-situ="close"]'),
    search: panel.locator('input[data-situ="search"]'),
    suggestions,
    suggestionHeading: suggestions.locator('h3'),
    suggestionLinks: suggestions.locator('button[data-situ="article-link"]'),
    results,
    resultsStatus: results.locator('[data-situ="results-status"]'),
    resultLinks: results.locator('button[data-situ="article-link"]'),
    article,
    articleTitle: article.locator('h2').first(),
    articleBody: article.locator('[data-situ="article-body"]'),
    back: panel.locator('button[data-situ="back"]'),
    rateYes: article.locator('button[data-situ="rate-yes"]'),
    rateNo: article.locator('button[data-situ="rate-no"]'),
    related: article.locator('section[data-situ="related"]'),
    relatedLinks: article.locator('section[data-situ="related"] button[data-situ="article-link"]'),
  };
}

/** A RegExp for text that starts with `text`. */
export const startsWith = (text: string) => new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

/** Waits for the launcher (the loader's first and only paint). */
export async function waitForLauncher(page: Page): Promise<void> {
  await expect(situ(page).launcher).toBeVisible({ timeout: 10_000 });
}

/** Waits (at most 2 s) for running transitions and animations in the page and the widget to finish. */
export const settleAnimations = (page: Page) =>
  page.evaluate(() => {
    const shadow = document.querySelector('situ-root')?.shadowRoot;
    const running = [...document.getAnimations(), ...(shadow?.getAnimations() ?? [])].filter(
      (a) => a.playState === 'running' && a.effect?.getComputedTiming().iterations !== Infinity,
    );
    return Promise.race([
      Promise.all(running.map((a) => a.finished.catch(() => undefined))),
      new Promise((resolve) => setTimeout(resolve, 2_000)),
    ]);
  });

/** Opens the hub with the launcher and waits until the dialog shows, at rest (its opening transition done). */
export async function openPanel(page: Page): Promise<void> {
  const s = situ(page);
  await waitForLauncher(page);
  await s.launcher.click();
  await expect(s.panel).toBeVisible({ timeout: 10_000 });
  await expect(s.launcher).toHaveAttribute('aria-expanded', 'true');
  await settleAnimations(page);
}

/** Closes the hub with Escape and waits until it is gone. */
export async function closePanel(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await expect(situ(page).panel).toBeHidden();
}

/** Asserts the home view shows exactly `expected`: its heading, then the titles in order. */
export async function expectSuggestions(page: Page, expected: ExpectedHelp): Promise<void> {
  const s = situ(page);
  await expect(s.suggestions).toBeVisible();
  await expect(s.suggestionHeading).toHaveText(expected.heading);
  // Each link starts with the article's title (a one-line summary may follow it).
  await expect(s.suggestionLinks).toHaveText(expected.articles.map((a) => startsWith(a.title)));
  const ids = await s.suggestionLinks.evaluateAll((els) => els.map((el) => el.getAttribute('data-article-id')));
  expect(ids).toEqual(expected.articles.map((a) => a.id));
  // The page's other help, under its own heading, or no such section at all.
  const more = s.panel.locator('section[data-situ="suggestions-page"]');
  if (!expected.more) {
    await expect(more).toHaveCount(0);
    return;
  }
  await expect(more.locator('h3')).toHaveText(expected.more.heading);
  await expect(more.locator('button[data-situ="article-link"]')).toHaveText(expected.more.articles.map((a) => startsWith(a.title)));
}

/**
 * The configured page and step the visitor is on, computed in the browser the way the spec says:
 * the page whose pathname matches, and the last step, in config order, whose `when` selector
 * matches a rendered element.
 */
export async function currentHelp(page: Page, config: LoadedConfig): Promise<ExpectedHelp & { pageId: string; stepId: string | null }> {
  const pathname = new URL(page.url()).pathname;
  const pageConfig = config.pageAt(pathname);
  const whens = (pageConfig.steps ?? []).map((s) => s.when ?? null);
  const index = await page.evaluate((selectors) => {
    let found = -1;
    selectors.forEach((sel, i) => {
      if (!sel) return;
      const els = Array.from(document.querySelectorAll(sel));
      if (els.some((el) => el.checkVisibility())) found = i;
    });
    return found;
  }, whens);
  const stepId = index >= 0 ? pageConfig.steps![index]!.id : null;
  return { pageId: pageConfig.id, stepId, ...config.expectedHelp(pageConfig.id, stepId) };
}

/** Types into the hub's search field and waits for the results section. */
export async function searchFor(page: Page, query: string): Promise<void> {
  const s = situ(page);
  await s.search.pressSequentially(query, { delay: 20 });
  await expect(s.results).toBeVisible();
  await expect(s.resultsStatus).not.toHaveText(/^\s*$|…/);
}

/** The `data-article-id`s of a list of article links. */
export const articleIds = (links: Locator) =>
  links.evaluateAll((els) => els.map((el) => el.getAttribute('data-article-id') ?? ''));

/**
 * Registers listeners for Situ events once the launcher shows (so the loader has its config and
 * its host; calls made earlier are covered by robustness.spec.ts). Payloads land in `window.__situEvents`.
 */
export async function recordEvents(page: Page, events: string[]): Promise<void> {
  await waitForLauncher(page);
  await page.waitForFunction(() => typeof (window as unknown as { Situ?: unknown }).Situ === 'function');
  await page.evaluate((names) => {
    const w = window as unknown as { __situEvents?: [string, unknown][]; Situ: (...args: unknown[]) => void };
    w.__situEvents ??= [];
    for (const name of names) {
      w.Situ('on', name, (payload: unknown) => {
        let copy: unknown;
        try {
          copy = JSON.parse(JSON.stringify(payload ?? null));
        } catch {
          copy = String(payload);
        }
        w.__situEvents!.push([name, copy]);
      });
    }
  }, events);
}

/** The events recorded so far by `recordEvents`. */
export const recordedEvents = (page: Page) =>
  page.evaluate(() => (window as unknown as { __situEvents?: [string, unknown][] }).__situEvents ?? []);

/** Collects console messages and uncaught page errors from the moment it is called. */
export function watchConsole(page: Page) {
  const messages: ConsoleMessage[] = [];
  const pageErrors: Error[] = [];
  page.on('console', (m) => messages.push(m));
  page.on('pageerror', (e) => pageErrors.push(e));
  return {
    messages,
    pageErrors,
    errors: () => messages.filter((m) => m.type() === 'error').map((m) => m.text()),
    situErrors: () => messages.filter((m) => m.type() === 'error' && m.text().startsWith('[situ]')).map((m) => m.text()),
  };
}

/** The element focused inside the widget's shadow root, described by its `data-situ` (or tag). */
export async function focusedInSitu(page: Page): Promise<{ inSitu: boolean; situ: string | null; tag: string | null; inPanel: boolean }> {
  return page.evaluate(() => {
    const host = document.querySelector('situ-root');
    const outer = document.activeElement;
    if (!host || outer !== host) return { inSitu: false, situ: null, tag: outer?.tagName.toLowerCase() ?? null, inPanel: false };
    let el: Element | null = host.shadowRoot?.activeElement ?? null;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const panel = host.shadowRoot?.querySelector('dialog[data-situ="panel"]');
    return {
      inSitu: true,
      situ: el?.getAttribute('data-situ') ?? null,
      tag: el?.tagName.toLowerCase() ?? null,
      inPanel: !!(el && panel?.contains(el)),
    };
  });
}

export type { Article };

/* ------------------------------------------------------------------------------------------ */
/* Helpers for the visitor-behaviour specs (hub-*.spec.ts, landmarks.spec.ts).                  */
/* ------------------------------------------------------------------------------------------ */

/** How long a person's keystrokes are apart in these specs, in ms. */
export const KEY_DELAY = 30;

/** Types `text` into `field` key by key, as a person does (focuses it first). */
export const typeKeys = (field: Locator, text: string) => field.pressSequentially(text, { delay: KEY_DELAY });

/**
 * Types `query` into the hub's search field key by key and waits for the results section to
 * settle (its status line says something other than "searching").
 */
export async function typeSearch(page: Page, query: string): Promise<void> {
  const s = situ(page);
  await typeKeys(s.search, query);
  await expect(s.results).toBeVisible();
  await expect(s.resultsStatus).not.toHaveText(/^\s*$|…/);
}

/** An article link, by article id, in the home view's suggestions. */
export const suggestionLink = (page: Page, id: string) =>
  situ(page).panel.locator(`section[data-situ^="suggestions"] button[data-situ="article-link"][data-article-id="${id}"]`);

/** An article link, by article id, in the search results. */
export const resultLink = (page: Page, id: string) =>
  situ(page).results.locator(`button[data-situ="article-link"][data-article-id="${id}"]`);

/** Marks the document (`window.__marker = 1`); the mark survives only if no reload or navigation happens. */
export const markPage = (page: Page) => page.evaluate(() => ((window as unknown as { __marker?: number }).__marker = 1));

/** The mark `markPage` set, or undefined in a new document. */
export const pageMark = (page: Page) => page.evaluate(() => (window as unknown as { __marker?: number }).__marker);

/** Whether the element matches `:modal` (a dialog opened with showModal(), which makes the page inert). */
export const isModal = (locator: Locator) => locator.evaluate((el) => el.matches(':modal'));

/** Where the hub's scrolling container is and how far it is scrolled. */
export interface HubScroll {
  /** What the container is, for messages: its tag, class and data-situ. */
  what: string;
  top: number;
  max: number;
  /** Its box in the viewport. */
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The hub's scrolling container for the view on screen, found by inspection rather than by class:
 * the innermost element of the panel (the panel included) whose `overflow-y` is `auto` or `scroll`,
 * that is rendered and that holds the view on screen (the article, the results or the suggestions,
 * whichever shows first in that order). Throws when there is none.
 */
export async function hubScroll(page: Page): Promise<HubScroll> {
  const found = await page.evaluate(() => {
    const panel = document.querySelector('situ-root')?.shadowRoot?.querySelector('dialog[data-situ="panel"]');
    if (!panel) return null;
    const shown = (el: Element) => el.checkVisibility() && el.getClientRects().length > 0;
    const view = ['article[data-situ="article"]', 'section[data-situ="results"]', 'section[data-situ="suggestions"]']
      .flatMap((sel) => Array.from(panel.querySelectorAll(sel)))
      .find(shown);
    if (!view) return null;
    const scrollers = [panel, ...Array.from(panel.querySelectorAll('*'))].filter(
      (el) => /^(auto|scroll)$/.test(getComputedStyle(el).overflowY) && shown(el) && el.clientHeight > 0 && el.contains(view),
    );
    // Innermost: the last in document order among those that contain the view.
    const el = scrollers[scrollers.length - 1];
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return {
      what: `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).trim().split(/\s+/).join('.')}` : ''}${el.getAttribute('data-situ') ? `[data-situ="${el.getAttribute('data-situ')}"]` : ''}`,
      top: el.scrollTop,
      max: el.scrollHeight - el.clientHeight,
      x: r.x,
      y: r.y,
      width: r.width,
      height: r.height,
    };
  });
  if (!found) throw new Error('e2e: no scrolling container (overflow-y auto/scroll) holding the current view in the hub');
  return found;
}

/**
 * Scrolls the hub's content with the mouse wheel over its middle, as a person does, and waits
 * until the scroll position has settled. Returns the container's state after.
 */
export async function wheelHub(page: Page, deltaY: number): Promise<HubScroll> {
  const before = await hubScroll(page);
  await page.mouse.move(before.x + before.width / 2, before.y + before.height / 2);
  await page.mouse.wheel(0, deltaY);
  let last = -1;
  let now = before;
  // Settled: the same position twice in a row, 100 ms apart (smooth scrolling may be on).
  for (let i = 0; i < 30; i++) {
    await page.waitForTimeout(100);
    now = await hubScroll(page);
    if (now.top === last && now.top !== before.top) break;
    last = now.top;
  }
  return now;
}

/**
 * Whether the element under the point (x, y) of the viewport is Situ's host or inside it: the
 * document's hit is the host (shadow content is retargeted to it).
 */
export const hitsSitu = (page: Page, x: number, y: number) =>
  page.evaluate(
    ([px, py]) => {
      const hit = document.elementFromPoint(px!, py!);
      return { situ: !!hit?.closest('situ-root'), hit: hit ? `${hit.tagName.toLowerCase()}${hit.id ? `#${hit.id}` : ''}` : null };
    },
    [x, y],
  );

/**
 * Types an ISO date (yyyy-mm-dd) into a native date field as a person does: month, day and
 * year, key by key, in the browser's en-US segment order.
 */
export async function typeDate(field: Locator, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-');
  // Where a person starts: the month, the field's first segment.
  const box = (await field.boundingBox())!;
  await field.click({ position: { x: 12, y: box.height / 2 } });
  await field.pressSequentially(`${month}${day}${year}`, { delay: 20 });
}

/** Empties a text field as a person does: select all, then Backspace. */
export async function clearByKeyboard(field: Locator): Promise<void> {
  await field.click();
  await field.press('ControlOrMeta+a');
  await field.press('Backspace');
}

/** The demo portal's move form, first step: the new address (Oudegracht 7, Utrecht), typed key by key. */
export async function typeMoveAddress(page: Page): Promise<void> {
  for (const [selector, text] of [
    ['#move-postcode', '3511 LK'],
    ['#move-house-number', '7'],
    ['#move-street', 'Oudegracht'],
    ['#move-city', 'Utrecht'],
  ] as const) {
    await page.locator(selector).click();
    await typeKeys(page.locator(selector), text);
  }
}
