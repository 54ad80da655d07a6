import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { SCHEMA_NAME, type Storage } from './storage';

/** Opens embedded PostgreSQL (PGlite) in `dataDir`, created when missing; `memory://` keeps nothing. */
export async function openPglite(dataDir: string, schema?: string): Promise<Storage> {
  if (!dataDir.startsWith('memory://')) await mkdir(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  if (schema) {
    if (!SCHEMA_NAME.test(schema)) throw new Error(`openStorage: schema "${schema}" must match ${SCHEMA_NAME}`);
    // PGlite is one connection, so the search path set here holds for every later query.
    await db.exec(`create schema if not exists ${schema}; set search_path to ${schema}`);
  }
  return {
    kind: 'pglite',
    location: dataDir,
    query: (text, params) => db.query(text, params),
    transaction: (fn) => db.transaction((tx) => fn({ query: (text, params) => tx.query(text, params) })),
    close: () => db.close(),
  };
}
