import type { Platform } from '@situ/core';
import { onNavigate } from './navigation';
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
    async fetchJSON(url) {
      const response = await win.fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json();
    },
    session: sessionStore(win),
    now: () => Date.now(),
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
  };
}
