import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { PayloadProblem } from '@situ/core/payload';

/** The closed set of error codes the receiver answers with, in `{ error, message }`. */
export type ErrorCode =
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'malformed_json'
  | 'invalid_payload'
  | 'missing_idempotency_key'
  | 'idempotency_key_mismatch'
  | 'idempotency_key_reused'
  | 'invalid_query'
  | 'not_found'
  | 'internal_error';

/** A JSON error answer: a code for programs, a sentence for people, and the problems by path when there are any. */
export function problem(c: Context, status: ContentfulStatusCode, error: ErrorCode, message: string, problems?: PayloadProblem[]): Response {
  return c.json(problems ? { error, message, problems } : { error, message }, status);
}
