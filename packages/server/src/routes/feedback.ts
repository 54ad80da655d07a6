import type { Context } from 'hono';
import { feedbackPayload } from '@situ/core/payload';
import { answerSaved } from '../http/answerSaved';
import { idempotencyKey, keyMismatch, readPayload } from '../http/readPayload';
import { saveFeedback } from '../records/feedback';
import type { Storage } from '../storage/storage';

/** `POST /feedback`: the two questions after a case, stored once per `Idempotency-Key`; answers `{ id, status }`. */
export const postFeedback = (storage: Storage) => async (c: Context) => {
  const key = idempotencyKey(c);
  if (!key.ok) return key.response;
  const read = await readPayload(c, feedbackPayload, 'feedback');
  if (!read.ok) return read.response;
  const mismatch = keyMismatch(c, key.key, read.value.id);
  if (mismatch) return mismatch;
  return answerSaved(c, await saveFeedback(storage, read.value), 'feedback');
};
