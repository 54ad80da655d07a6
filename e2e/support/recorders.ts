import type { Page, Route } from '@playwright/test';

type W = {
  __statusTexts?: string[];
  __rejections?: string[];
};

/**
 * Records every text the search status (`[data-situ="results-status"]`) takes from now on, in
 * `window.__statusTexts`, consecutive repeats folded ('' while there is no status element or it
 * is empty). A MutationObserver on the whole panel (inside the shadow root) reads the status
 * after each batch of DOM changes, so a status element created, replaced or removed while typing
 * is followed too.
 */
export async function recordStatusTexts(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as W;
    const panel = document.querySelector('situ-root')?.shadowRoot?.querySelector('dialog[data-situ="panel"]');
    if (!panel) throw new Error('e2e: recordStatusTexts needs the panel in the page (open the hub first)');
    const texts: string[] = [];
    w.__statusTexts = texts;
    const read = () => {
      const text = (panel.querySelector('[data-situ="results-status"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (texts[texts.length - 1] !== text) texts.push(text);
    };
    read();
    new MutationObserver(read).observe(panel, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

/** The texts recorded by `recordStatusTexts` so far. */
export const statusTexts = (page: Page) => page.evaluate(() => (window as unknown as W).__statusTexts ?? []);

/** Records unhandled promise rejections in the page from its first script on (`window.__rejections`). */
export async function recordRejections(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as W;
    w.__rejections = [];
    addEventListener('unhandledrejection', (e) => {
      const reason = (e as PromiseRejectionEvent).reason;
      w.__rejections!.push(reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason));
    });
  });
}

/** The unhandled rejections recorded by `recordRejections`. */
export const rejections = (page: Page) => page.evaluate(() => (window as unknown as W).__rejections ?? []);

/**
 * Holds back requests matching `url` until `release()` is called (then they continue to the
 * server). `requested` settles when the first such request reaches the browser's network layer.
 */
export async function holdRequests(page: Page, url: string | RegExp) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let markRequested!: () => void;
  const requested = new Promise<void>((resolve) => (markRequested = resolve));
  let count = 0;
  await page.route(url, async (route: Route) => {
    count += 1;
    markRequested();
    await released;
    await route.continue().catch(() => undefined); // the page may be gone by then
  });
  return { requested, release, count: () => count };
}
