/** Something SQL can be sent to: a storage, or a transaction on it. The shape PGlite and `pg` share. */
export interface Queryable {
  /** Runs one statement with `$1`-style parameters. */
  query<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: R[] }>;
}

/** Where the receiver keeps contacts, feedback and events: PGlite or a PostgreSQL server, one SQL. */
export interface Storage extends Queryable {
  /** Which implementation this is, for logs: `pglite` or `postgres`. */
  readonly kind: 'pglite' | 'postgres';
  /** Where the data lives, for logs: a folder or a URL without its password. */
  readonly location: string;
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Closes the storage; pending queries finish first. */
  close(): Promise<void>;
}

/** A schema name that needs no quoting: the receiver's tables can live in their own schema. */
export const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
