import type { Context } from 'hono';
import { contactPayload } from '@situ/core/payload';
import { answerSaved } from '../http/answerSaved';
import { idempotencyKey, keyMismatch, readPayload } from '../http/readPayload';
import { saveContact } from '../records/contacts';
import type { Storage } from '../storage/storage';

/** `POST /contacts`: one contact, stored once per `Idempotency-Key`; answers `{ caseId, status, reference }`. */
export const postContact = (storage: Storage) => async (c: Context) => {
  const key = idempotencyKey(c);
  if (!key.ok) return key.response;
  const read = await readPayload(c, contactPayload, 'contact');
  if (!read.ok) return read.response;
  const mismatch = keyMismatch(c, key.key, read.value.id);
  if (mismatch) return mismatch;
  return answerSaved(c, await saveContact(storage, read.value), 'contact');
};
