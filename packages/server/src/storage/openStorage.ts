import { migrate } from './migrations';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';
import type { Storage } from './storage';

/** Where to keep the data. */
export interface StorageOptions {
  /** A PostgreSQL server (`postgres://user:password@host:5432/db`); when set, `dataDir` is ignored. */
  databaseUrl?: string;
  /**
   * PGlite's data folder, created when missing; `memory://` keeps nothing.
   * @default './.situ-data'
   */
  dataDir?: string;
  /** A schema for the receiver's tables (created when missing); by default the database's search path. */
  schema?: string;
}

/** The PGlite folder when neither `databaseUrl` nor `dataDir` is given. */
export const DEFAULT_DATA_DIR = './.situ-data';

/** Opens the storage (PostgreSQL by URL, else PGlite in a folder) and runs the migrations. */
export async function openStorage(options: StorageOptions = {}): Promise<Storage> {
  const storage = options.databaseUrl
    ? await openPostgres(options.databaseUrl, options.schema)
    : await openPglite(options.dataDir ?? DEFAULT_DATA_DIR, options.schema);
  try {
    await migrate(storage);
  } catch (error) {
    await storage.close().catch(() => undefined);
    throw error;
  }
  return storage;
}
