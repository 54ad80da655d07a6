import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStorage } from '../storage/openStorage';
import type { Storage } from '../storage/storage';

/** The PostgreSQL the tests use unless SITU_TEST_DATABASE_URL says otherwise: the one scripts/ensure-postgres.mjs makes. */
export const DEFAULT_TEST_DATABASE_URL = 'postgres://situ_test:situ_test@127.0.0.1:5432/situ_test';

/** A place data can live in: opened, closed and opened again (a restart), then removed. */
export interface Place {
  open(): Promise<Storage>;
  dispose(): Promise<void>;
}

async function pglitePlace(): Promise<Place> {
  const dir = await mkdtemp(join(tmpdir(), 'situ-server-test-'));
  return { open: () => openStorage({ dataDir: dir }), dispose: () => rm(dir, { recursive: true, force: true }) };
}

async function postgresPlace(): Promise<Place> {
  const url = process.env.SITU_TEST_DATABASE_URL || DEFAULT_TEST_DATABASE_URL;
  const schema = `situ_test_${randomBytes(6).toString('hex')}`;
  const open = async () => {
    try {
      return await openStorage({ databaseUrl: url, schema });
    } catch (error) {
      // Not a skip: a missing PostgreSQL is a failure that says how to get one.
      throw new Error(
        [
          `The receiver's PostgreSQL tests cannot reach ${url.replace(/:[^:@/]+@/, ':***@')}: ${(error as Error).message}`,
          'Start the test server with `node scripts/ensure-postgres.mjs` (as root; it installs and starts Debian\'s postgresql),',
          'or point the tests at one you have: SITU_TEST_DATABASE_URL=postgres://user:password@host:5432/db',
        ].join('\n'),
        { cause: error },
      );
    }
  };
  return {
    open,
    async dispose() {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`drop schema if exists ${schema} cascade`);
      } finally {
        await client.end();
      }
    },
  };
}

/** The storages every receiver test runs on: `describe.each(STORAGES)`. */
export const STORAGES: Array<{ name: string; place: () => Promise<Place> }> = [
  { name: 'PGlite', place: pglitePlace },
  { name: 'PostgreSQL', place: postgresPlace },
];

/** Empties the receiver's tables between tests (the agent secret stays). */
export async function truncate(storage: Storage): Promise<void> {
  await storage.query('truncate situ_contacts, situ_feedback, situ_events, situ_event_batches');
}
