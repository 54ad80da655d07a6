import type { Context } from 'hono';
import type * as v from 'valibot';
import { checkPayload } from '@situ/core/payload';
import { problem } from './problem';

/** The header that carries a message's id, so a retried request is stored once. */
export const IDEMPOTENCY_KEY = 'Idempotency-Key';
/** Set to `true` on an answer repeated for a key seen before. */
export const REPLAYED = 'Idempotent-Replayed';

/**
 * Reads a JSON body and checks it against `schema`. Answers with the value, or with the error
 * response to send: 415 not JSON, 400 malformed JSON, 422 a schema problem (each by its path).
 * (The size is limited before, by `bodyLimit`.)
 */
export async function readPayload<S extends v.GenericSchema>(
  c: Context,
  schema: S,
  what: string,
): Promise<{ ok: true; value: v.InferOutput<S> } | { ok: false; response: Response }> {
  const type = c.req.header('Content-Type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    return { ok: false, response: problem(c, 415, 'unsupported_media_type', `Send ${what} as JSON with "Content-Type: application/json" (got ${type ? `"${type}"` : 'none'}).`) };
  }
  let body: unknown;
  try {
    body = JSON.parse(await c.req.text());
  } catch (error) {
    return { ok: false, response: problem(c, 400, 'malformed_json', `The body is not valid JSON: ${(error as Error).message}.`) };
  }
  const checked = checkPayload(schema, body);
  if (!checked.ok) {
    const first = checked.problems[0];
    const summary = first ? `${first.path}: ${first.message}` : 'it does not match';
    const more = checked.problems.length > 1 ? ` (and ${checked.problems.length - 1} more)` : '';
    return { ok: false, response: problem(c, 422, 'invalid_payload', `The ${what} does not match the schema: ${summary}${more}.`, checked.problems) };
  }
  return { ok: true, value: checked.value };
}

/** The `Idempotency-Key` a message must carry, equal to its `id`; or the 400 answer to send. */
export function idempotencyKey(c: Context): { ok: true; key: string } | { ok: false; response: Response } {
  const key = c.req.header(IDEMPOTENCY_KEY)?.trim();
  if (!key) {
    return { ok: false, response: problem(c, 400, 'missing_idempotency_key', `The ${IDEMPOTENCY_KEY} header is missing: send the message's "id" in it, the same on every retry.`) };
  }
  return { ok: true, key };
}

/** The 400 answer when the key and the body's `id` differ, else null. */
export function keyMismatch(c: Context, key: string, id: string): Response | null {
  if (key === id) return null;
  return problem(c, 400, 'idempotency_key_mismatch', `The ${IDEMPOTENCY_KEY} header ("${key}") differs from the body's "id" ("${id}"): send the id as the key.`);
}
