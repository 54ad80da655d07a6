import { FETCH_TIMEOUT_MS, httpError, type FetchOptions, type Platform } from '@situ/core';
import { onNavigate } from './navigation';
import { persistentStore } from './persistentStore';
import { sessionStore } from './sessionStore';
import { watchSelectors } from './watchSelectors';

/** The engine's platform in a browser page. */
export function browserPlatform(win: Window = window): Platform {
  const doc = win.document;
  const probe = doc.createDocumentFragment();
  return {
    href: () => win.location.href,
    title: () => doc.title,
    onNavigate: (callback) => onNavigate(win, callback),
    watchSelectors: (selectors, callback) => watchSelectors(doc, selectors, callback),
    async fetchJSON(url, options) {
      const ms = timeoutOf(options);
      return explainTimeout(ms, async () => (await answer(win, url, ms)).json());
    },
    async fetchText(url, options) {
      const ms = timeoutOf(options);
      const response = await explainTimeout(ms, () => answer(win, url, ms));
      // (A 200 with no body at all gives no pieces: an empty text.)
      const reader = response.body?.getReader();
      return (async function* pieces() {
        // Decoded a bounded piece at a time: a cache or a local server may hand over megabytes
        // in one chunk, and decoding them at once would be the long task reading avoids.
        const decoder = new TextDecoder();
        for (let read; reader && !(read = await explainTimeout(ms, () => reader.read())).done; ) {
          for (let i = 0; i < read.value.length; i += TEXT_PIECE) yield decoder.decode(read.value.subarray(i, i + TEXT_PIECE), { stream: true });
        }
        yield decoder.decode();
      })();
    },
    session: sessionStore(win),
    store: persistentStore(win),
    now: () => Date.now(),
    timers: { set: (fn, ms) => win.setTimeout(fn, ms), clear: (handle) => win.clearTimeout(handle as number) },
    isSelector(selector) {
      try {
        probe.querySelector(selector);
        return true;
      } catch {
        return false;
      }
    },
    isColor: (color) => typeof CSS !== 'undefined' && CSS.supports('color', color),
    log: (level, message) => console[level](message),
    delivery: () => import('./delivery').then((m) => m.browserDelivery(win)),
  };
}

const timeoutOf = (options?: FetchOptions) => options?.timeoutMs ?? FETCH_TIMEOUT_MS;

/** The most bytes `fetchText` decodes at once (well under a millisecond's work). */
const TEXT_PIECE = 65_536;

/** The answer to a GET of `url` with the page's credentials, given up after `ms` (body included). */
async function answer(win: Window, url: string, ms: number): Promise<Response> {
  const response = await win.fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' }, signal: AbortSignal.timeout(ms) });
  if (!response.ok) throw httpError(response.status);
  return response;
}

/** Runs `step`, turning the abort of a timeout into an error a developer can read. */
async function explainTimeout<T>(ms: number, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if ((error as Error | null)?.name === 'TimeoutError') throw new Error(`no answer within ${ms / 1000} s`);
    throw error;
  }
}
