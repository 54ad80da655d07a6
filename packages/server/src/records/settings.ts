import { randomBytes } from 'node:crypto';
import type { Queryable } from '../storage/storage';

/**
 * The agent view's secret kept in the storage: made at the first start, the same ever after.
 * `created` is true only for the start that made it (the one that should print it).
 */
export async function storedAgentSecret(db: Queryable): Promise<{ secret: string; created: boolean }> {
  const candidate = randomBytes(18).toString('base64url');
  const inserted = await db.query<{ value: string }>(
    "insert into situ_settings (key, value) values ('agent_secret', $1) on conflict (key) do nothing returning value",
    [candidate],
  );
  if (inserted.rows[0]) return { secret: inserted.rows[0].value, created: true };
  const { rows } = await db.query<{ value: string }>("select value from situ_settings where key = 'agent_secret'");
  if (!rows[0]) throw new Error('storedAgentSecret: the agent secret vanished between insert and select');
  return { secret: rows[0].value, created: false };
}
