import type { Context } from 'hono';
import type { SaveOutcome } from '../records/saveOnce';
import { problem } from './problem';
import { IDEMPOTENCY_KEY, REPLAYED } from './readPayload';

/** 201 with the receipt the first time; 200 with the same receipt and `Idempotent-Replayed: true` after; 422 for a reused key. */
export function answerSaved<R>(c: Context, outcome: SaveOutcome<R>, what: string): Response {
  if (outcome.kind === 'conflict') {
    return problem(c, 422, 'idempotency_key_reused', `This ${IDEMPOTENCY_KEY} was used before for a different ${what}: make a new id for a new ${what}.`);
  }
  if (outcome.replayed) c.header(REPLAYED, 'true');
  return c.json(outcome.receipt as object, outcome.replayed ? 200 : 201);
}
