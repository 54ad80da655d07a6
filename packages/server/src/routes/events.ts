import type { Context } from 'hono';
import { eventsPayload } from '@situ/core/payload';
import { IDEMPOTENCY_KEY, REPLAYED, readPayload } from '../http/readPayload';
import { problem } from '../http/problem';
import { saveEvents } from '../records/events';
import type { Storage } from '../storage/storage';

const KEY = /^[A-Za-z0-9_-]{8,64}$/;

/**
 * `POST /events`: a batch for the reports; answers 202 `{ accepted }`. The `Idempotency-Key` is
 * optional here (events are not kept in the visitor's outbox); with one, a batch is stored once.
 */
export const postEvents = (storage: Storage) => async (c: Context) => {
  const key = c.req.header(IDEMPOTENCY_KEY)?.trim() || null;
  if (key && !KEY.test(key)) {
    return problem(c, 400, 'invalid_query', `The ${IDEMPOTENCY_KEY} header must be 8 to 64 letters, digits, "-" or "_".`);
  }
  const read = await readPayload(c, eventsPayload, 'batch of events');
  if (!read.ok) return read.response;
  const { receipt, replayed } = await saveEvents(storage, read.value, key);
  if (replayed) c.header(REPLAYED, 'true');
  return c.json(receipt, replayed ? 200 : 202);
};
