import type { PersistentStore } from '../platform/platform';
import { isRecord } from '../util/isRecord';

/** One thing the visitor did on the site, kept on their device for My Stuff to list. */
export interface ActivityEntry {
  /** Unique id. */
  id: string;
  /** What it is: a confirmation after an action, or a contact (a case). */
  kind: 'confirmation' | 'case';
  /** What was done: "Your new address is saved". */
  title: string;
  /** When, in milliseconds since the epoch. */
  at: number;
  /** A reference the visitor can quote. */
  reference?: string;
  /** More about what was done. */
  body?: string;
  /** What happens next, one line each. */
  next?: string[];
  /** How the visitor will hear ("We emailed you a copy"). */
  followUp?: string;
  /** The page it happened on (its config id), if any. */
  pageId?: string;
  /** A case: the receiver's id for it, once it has it. */
  caseId?: string;
  /** A case: `queued` (on this device, not delivered yet), `received` (or the receiver's word), `failed`. */
  status?: string;
  /** A case: its category's id. */
  category?: string;
  /** A case: the item it is about, by id. */
  item?: string;
  /** A case: the channel it came through. */
  channel?: string;
}

/** The visitor's activity on one site, in the platform's persistent store. */
export interface ActivityRecord {
  /** Every entry, newest first; empty where storage is unavailable. */
  list(): Promise<ActivityEntry[]>;
  /** Adds an entry; resolves to false when it could not be kept (storage blocked or full). */
  add(entry: ActivityEntry): Promise<boolean>;
}

/** The most entries kept; the oldest go first. */
export const ACTIVITY_LIMIT = 200;

/** The store key of a site's activity: sites sharing an origin keep theirs apart. */
export const activityKey = (site: string) => `situ:${site}:activity`;

/** Opens the activity record of `site` in `store` (null: nothing is kept, nothing fails). */
export function activityRecord(store: PersistentStore | null, site: string): ActivityRecord {
  const key = activityKey(site);
  return {
    async list() {
      try {
        return entriesOf(await store?.get(key));
      } catch {
        return [];
      }
    },
    async add(entry) {
      if (!store) return false;
      try {
        // One read-modify-write transaction: two tabs adding at once both keep theirs.
        await store.update(key, (old) => [entry, ...entriesOf(old).filter((e) => e.id !== entry.id)].slice(0, ACTIVITY_LIMIT));
        return true;
      } catch {
        return false;
      }
    },
  };
}

/** The entries in a stored value, skipping anything malformed (the store is shared with the page). */
function entriesOf(stored: unknown): ActivityEntry[] {
  if (!Array.isArray(stored)) return [];
  return stored.filter(
    (e): e is ActivityEntry => isRecord(e) && typeof e.id === 'string' && typeof e.title === 'string' && typeof e.at === 'number',
  );
}
