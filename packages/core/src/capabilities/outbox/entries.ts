import type { ActivityEntry } from '../../activity/activity';
import type { PersistentStore } from '../../platform/platform';
import { isRecord } from '../../util/isRecord';

/** A message waiting in the outbox. */
export interface OutboxEntry {
  /** The message's id: its `Idempotency-Key` on every try. */
  id: string;
  /** Where it goes: `{endpoint}/contacts`. */
  url: string;
  /** The JSON body. */
  body: unknown;
  /** When it was written, ms since the epoch. */
  createdAt: number;
  /** Tries so far. */
  attempts: number;
  /** Not sent again before this, ms since the epoch. */
  nextAt: number;
  /** `failed`: the receiver refused it (a 4xx other than 429); it is never sent again. */
  state: 'pending' | 'failed';
  /** The refusal's HTTP status. */
  status?: number;
  /** The refusal's reason, as the receiver gave it. */
  problem?: string;
  /** The case to keep in the activity record once the receiver has it. */
  activity?: ActivityEntry;
}

/** The outbox's entries by id, in the persistent store or, where that fails, in memory. */
export interface Entries {
  /** Every entry, oldest first. */
  list(): Promise<OutboxEntry[]>;
  /** Adds an entry; resolves false when it is kept in memory only (storage blocked or full). */
  add(entry: OutboxEntry): Promise<boolean>;
  /** Replaces an entry with `fn(entry)`, or removes it when `fn` returns undefined. */
  change(id: string, fn: (entry: OutboxEntry) => OutboxEntry | undefined): Promise<void>;
}

/** Opens the entries under `key`: the store holds them; memory holds those it refused. */
export function entriesIn(store: PersistentStore | null, key: string): Entries {
  const memory = new Map<string, OutboxEntry>();
  const read = async () => {
    try {
      return store ? valid(await store.get(key)) : {};
    } catch {
      return {};
    }
  };
  return {
    async list() {
      const all = { ...(await read()), ...Object.fromEntries(memory) };
      return Object.values(all).sort((a, b) => a.createdAt - b.createdAt);
    },
    async add(entry) {
      try {
        if (!store) throw new Error('no store');
        await store.update(key, (old) => ({ ...valid(old), [entry.id]: entry }));
        return true;
      } catch {
        memory.set(entry.id, entry);
        return false;
      }
    },
    async change(id, fn) {
      const inMemory = memory.get(id);
      if (inMemory) {
        const next = fn(inMemory);
        if (next) memory.set(id, next);
        else memory.delete(id);
        return;
      }
      if (!store) return;
      await store.update(key, (old) => {
        const all = valid(old);
        const entry = all[id];
        if (!entry) return all;
        const next = fn(entry);
        if (next) all[id] = next;
        else delete all[id];
        return all;
      });
    },
  };
}

/** The stored entries, read defensively: the store is shared with the host page. */
function valid(stored: unknown): Record<string, OutboxEntry> {
  const out: Record<string, OutboxEntry> = {};
  if (!isRecord(stored)) return out;
  for (const [id, e] of Object.entries(stored)) {
    if (isRecord(e) && e.id === id && typeof e.url === 'string' && typeof e.createdAt === 'number' && typeof e.nextAt === 'number')
      out[id] = e as unknown as OutboxEntry;
  }
  return out;
}
