import type { Queryable, Storage } from './storage';

/** One step of the schema. Append new ones; never edit one that has shipped. */
export interface Migration {
  version: number;
  name: string;
  sql: string[];
}

/** The receiver's schema, the same SQL for PGlite and PostgreSQL. */
export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'contacts, feedback, events, settings',
    sql: [
      `create table situ_contacts (
        id text primary key,
        case_id text not null unique,
        reference text not null,
        site text not null,
        status text not null default 'received',
        payload jsonb not null,
        receipt jsonb not null,
        received_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      )`,
      'create index situ_contacts_reference on situ_contacts (reference)',
      'create index situ_contacts_received_at on situ_contacts (received_at desc)',
      `create table situ_feedback (
        id text primary key,
        site text not null,
        case_id text,
        reference text,
        payload jsonb not null,
        receipt jsonb not null,
        received_at timestamptz not null default now()
      )`,
      'create index situ_feedback_case on situ_feedback (case_id)',
      `create table situ_event_batches (
        id text primary key,
        receipt jsonb not null,
        received_at timestamptz not null default now()
      )`,
      `create table situ_events (
        seq bigserial primary key,
        batch_id text,
        site text not null,
        name text not null,
        at timestamptz not null,
        data jsonb,
        received_at timestamptz not null default now()
      )`,
      'create index situ_events_name_at on situ_events (name, at)',
      'create table situ_settings (key text primary key, value text not null)',
    ],
  },
];

/** Any number, so two receivers starting on one database run the migrations one after the other. */
const LOCK = 7_481_924_117;

/** Brings the schema up to date, each migration in its own transaction, recorded in `situ_migrations`. */
export async function migrate(storage: Storage, migrations: Migration[] = MIGRATIONS): Promise<number[]> {
  await storage.query(
    'create table if not exists situ_migrations (version integer primary key, name text not null, applied_at timestamptz not null default now())',
  );
  const applied: number[] = [];
  for (const migration of migrations) {
    const ran = await storage.transaction(async (tx: Queryable) => {
      await tx.query('select pg_advisory_xact_lock($1)', [LOCK]);
      const { rows } = await tx.query('select 1 from situ_migrations where version = $1', [migration.version]);
      if (rows.length > 0) return false;
      for (const statement of migration.sql) await tx.query(statement);
      await tx.query('insert into situ_migrations (version, name) values ($1, $2)', [migration.version, migration.name]);
      return true;
    });
    if (ran) applied.push(migration.version);
  }
  return applied;
}
