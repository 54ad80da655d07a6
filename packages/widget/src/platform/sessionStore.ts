import type { KeyValueStore } from '@situ/core';

/** sessionStorage as a KeyValueStore, or null where reading it throws (blocked storage). */
export function sessionStore(win: Window): KeyValueStore | null {
  let storage: Storage;
  try {
    storage = win.sessionStorage;
    storage.getItem('situ:probe');
  } catch {
    return null;
  }
  return {
    get: (key) => storage.getItem(key),
    set: (key, value) => storage.setItem(key, value),
    remove: (key) => storage.removeItem(key),
  };
}
