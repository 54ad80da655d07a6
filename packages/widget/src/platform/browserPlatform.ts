import { FETCH_TIMEOUT_MS, httpError, type Platform } from '@situ/core';
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
      const ms = options?.timeoutMs ?? FETCH_TIMEOUT_MS;
      try {
        const response = await win.fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' }, signal: AbortSignal.timeout(ms) });
        if (!response.ok) throw httpError(response.status);
        return await response.json();
      } catch (error) {
        if ((error as Error | null)?.name === 'TimeoutError') throw new Error(`no answer within ${ms / 1000} s`);
        throw error;
      }
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
