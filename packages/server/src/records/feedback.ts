import type { FeedbackPayload } from '@situ/core/payload';
import type { Queryable } from '../storage/storage';
import { isoTime } from './ids';
import { saveOnce, type SaveOutcome } from './saveOnce';

/** What the receiver answers to feedback. */
export interface FeedbackReceipt {
  id: string;
  status: 'received';
}

/** Stores feedback once per id and answers the first receipt. */
export function saveFeedback(db: Queryable, feedback: FeedbackPayload): Promise<SaveOutcome<FeedbackReceipt>> {
  const receipt: FeedbackReceipt = { id: feedback.id, status: 'received' };
  return saveOnce<FeedbackReceipt>(
    db,
    'situ_feedback',
    { id: feedback.id, site: feedback.site, case_id: feedback.caseId ?? null, reference: feedback.reference ?? null, payload: feedback, receipt },
    feedback,
  );
}

/** The feedback given on a case (by its case id or reference), newest first. */
export async function feedbackFor(db: Queryable, caseId: string, reference: string): Promise<Array<FeedbackPayload & { receivedAt: string }>> {
  const { rows } = await db.query<{ payload: FeedbackPayload; received_at: unknown }>(
    'select payload, received_at from situ_feedback where case_id = $1 or (case_id is null and reference = $2) order by received_at desc',
    [caseId, reference],
  );
  return rows.map((r) => ({ ...r.payload, receivedAt: isoTime(r.received_at) }));
}
