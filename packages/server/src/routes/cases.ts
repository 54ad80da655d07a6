import type { Context } from 'hono';
import { problem } from '../http/problem';
import { caseStatuses } from '../records/contacts';
import type { Storage } from '../storage/storage';

const ID = /^[A-Za-z0-9_-]{8,64}$/;
const MAX_IDS = 50;

/**
 * `GET /cases?ids=a,b`: the status of the visitor's own cases for "My Stuff", by case id or contact
 * id (both unguessable). Never by reference alone: a reference is short enough to guess. Answers
 * only `{ id, caseId, reference, status, updatedAt }` per case, never what was sent.
 */
export const getCases = (storage: Storage) => async (c: Context) => {
  const ids = [...new Set((c.req.query('ids') ?? '').split(',').map((s) => s.trim()).filter(Boolean))];
  if (ids.length === 0) return problem(c, 400, 'invalid_query', 'Name the cases: /cases?ids=<caseId>,<caseId> (case ids or contact ids).');
  if (ids.length > MAX_IDS) return problem(c, 400, 'invalid_query', `Ask for at most ${MAX_IDS} cases at a time (got ${ids.length}).`);
  const bad = ids.find((id) => !ID.test(id));
  if (bad !== undefined) return problem(c, 400, 'invalid_query', `ids: "${bad.slice(0, 80)}" is not an id (8 to 64 letters, digits, "-" or "_").`);
  return c.json({ cases: await caseStatuses(storage, ids) });
};
