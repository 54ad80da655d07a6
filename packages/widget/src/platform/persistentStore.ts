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
  // Each operation is idb-keyval's own, on Situ's database: `call('del')(key)` is `del(key, store)`.
  const call =
    (name: 'get' | 'set' | 'del' | 'update') =>
    (...args: unknown[]) =>
      use().then(({ lib, store }) => (lib[name] as (...a: unknown[]) => Promise<never>)(...args, store));
  return { get: call('get'), set: call('set'), delete: call('del'), update: call('update') };
}
