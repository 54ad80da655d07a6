import pg from 'pg';
import { SCHEMA_NAME, type Queryable, type Storage } from './storage';

/** The URL without its password, for logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(a DATABASE_URL that is not a URL)';
  }
}

/** `pg`'s `query` in the storage's shape (`pg` types rows as `any`, so the row type is the caller's word). */
const queryOn =
  (target: pg.Pool | pg.PoolClient): Queryable['query'] =>
  <R>(text: string, params?: unknown[]) =>
    target.query<any>(text, params) as Promise<{ rows: R[] }>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Opens a pool on a PostgreSQL server; `schema` (created when missing) holds the receiver's tables. */
export async function openPostgres(databaseUrl: string, schema?: string): Promise<Storage> {
  if (schema && !SCHEMA_NAME.test(schema)) throw new Error(`openStorage: schema "${schema}" must match ${SCHEMA_NAME}`);
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: 10,
    connectionTimeoutMillis: 10_000,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client's error (the server restarted) must not crash the process; the next query reconnects.
  pool.on('error', (error) => console.error(`situ-server: PostgreSQL: ${error.message}`));
  const storage: Storage = {
    kind: 'postgres',
    location: redactUrl(databaseUrl),
    query: queryOn(pool),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await fn({ query: queryOn(client) });
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
  try {
    if (schema) await storage.query(`create schema if not exists ${schema}`);
    else await storage.query('select 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new Error(`openStorage: cannot reach PostgreSQL at ${storage.location}: ${(error as Error).message}`, { cause: error });
  }
  return storage;
}
