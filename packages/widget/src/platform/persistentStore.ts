import type { PersistentStore } from '@situ/core';

/**
 * IndexedDB through idb-keyval, as a lazy chunk loaded on first use (the hub opens without it).
 * Null where the page has no IndexedDB (some sandboxed frames).
 */
export function persistentStore(win: Window): PersistentStore | null {
  let idb: IDBFactory | undefined;
  try {
    idb = win.indexedDB;
  } catch {
    return null;
  }
  if (!idb) return null;
  let ready: Promise<{ lib: typeof import('idb-keyval'); store: import('idb-keyval').UseStore }> | undefined;
  const use = () => (ready ??= import('idb-keyval').then((lib) => ({ lib, store: lib.createStore('situ', 'kv') })));
  return {
    get: (key) => use().then(({ lib, store }) => lib.get(key, store)),
    set: (key, value) => use().then(({ lib, store }) => lib.set(key, value, store)),
    delete: (key) => use().then(({ lib, store }) => lib.del(key, store)),
    update: (key, fn) => use().then(({ lib, store }) => lib.update(key, fn, store)),
  };
}
