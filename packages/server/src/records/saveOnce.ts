import type { Queryable } from '../storage/storage';

/** What storing a message by its idempotency key came to. */
export type SaveOutcome<R> =
  /** Stored now (`replayed: false`) or earlier with the same body (`replayed: true`): the first answer. */
  | { kind: 'saved'; receipt: R; replayed: boolean }
  /** The key was used before for a different body: nothing stored, the first answer is not given. */
  | { kind: 'conflict' };

/**
 * Stores a row once per id: `insert … on conflict (id) do nothing returning receipt`, and when the
 * row was already there, the first answer. Safe under concurrent requests with one key: the
 * database's unique index decides which insert wins; the others read the winner's receipt.
 */
export async function saveOnce<R>(
  db: Queryable,
  table: string,
  row: Record<string, unknown>,
  payload: unknown,
): Promise<SaveOutcome<R>> {
  const columns = Object.keys(row);
  const values = Object.values(row).map((v) => (v !== null && typeof v === 'object' ? JSON.stringify(v) : v));
  const params = columns.map((c, i) => (c === 'payload' || c === 'receipt' ? `$${i + 1}::jsonb` : `$${i + 1}`));
  const inserted = await db.query<{ receipt: R }>(
    `insert into ${table} (${columns.join(', ')}) values (${params.join(', ')}) on conflict (id) do nothing returning receipt`,
    values,
  );
  const first = inserted.rows[0];
  if (first) return { kind: 'saved', receipt: first.receipt, replayed: false };
  const existing = await db.query<{ receipt: R; same: boolean }>(
    `select receipt, payload = $2::jsonb as same from ${table} where id = $1`,
    [row.id, JSON.stringify(payload)],
  );
  const stored = existing.rows[0];
  if (!stored) throw new Error(`saveOnce: ${table} has no row ${String(row.id)} after a conflict on it`);
  return stored.same ? { kind: 'saved', receipt: stored.receipt, replayed: true } : { kind: 'conflict' };
}
