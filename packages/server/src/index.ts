/**
 * `@situ/server`: Situ's reference receiver. `openStorage()` opens PGlite (a folder) or a
 * PostgreSQL server (`databaseUrl`) and runs the migrations; `createReceiver()` makes the Hono app.
 */
export { createReceiver, MAX_BODY_BYTES, type ReceiverOptions } from './app';
export { agentSecret } from './agentSecret';
export { serveReceiver, toNodeListener, type RunningReceiver } from './serveReceiver';
export { openStorage, DEFAULT_DATA_DIR, type StorageOptions } from './storage/openStorage';
export { MIGRATIONS, migrate, type Migration } from './storage/migrations';
export type { Storage, Queryable } from './storage/storage';
export { IDEMPOTENCY_KEY, REPLAYED } from './http/readPayload';
export type { ErrorCode } from './http/problem';
export { CASE_STATUSES, type CaseStatus, type CaseStatusAnswer } from './records/contacts';
export type { FeedbackReceipt } from './records/feedback';
export type { EventsReceipt } from './records/events';
