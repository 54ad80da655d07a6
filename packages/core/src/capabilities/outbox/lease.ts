import type { PersistentStore } from '../../platform/platform';
import { isRecord } from '../../util/isRecord';

/** How long a lease lasts unless renewed, in ms: a tab closed mid-send frees the outbox after this. */
export const LEASE_MS = 30_000;

/**
 * The outbox's lock between tabs where Web Locks are missing: a lease in the persistent store,
 * taken in one read-modify-write transaction, so two tabs never both send (which once duplicated
 * events by the thousand: segmentio/localstorage-retry#27).
 */
export function lease(store: PersistentStore, key: string, owner: string, now: () => number) {
  const held = (value: unknown) => isRecord(value) && typeof value.owner === 'string' && typeof value.until === 'number' && value.until > now();
  return {
    /** Takes or renews the lease; resolves true when this owner holds it. */
    async take(): Promise<boolean> {
      let mine = false;
      await store.update(key, (old) => {
        mine = !held(old) || (old as { owner: string }).owner === owner;
        return mine ? { owner, until: now() + LEASE_MS } : old;
      });
      return mine;
    },
    /** Gives the lease back, if this owner holds it. */
    async release(): Promise<void> {
      await store.update(key, (old) => (isRecord(old) && old.owner === owner ? undefined : old));
    },
  };
}
