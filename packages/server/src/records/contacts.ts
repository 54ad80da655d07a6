import type { ContactPayload, ContactReceipt } from '@situ/core/payload';
import type { Queryable } from '../storage/storage';
import { isoTime, newCaseId, placeholders } from './ids';
import { saveOnce, type SaveOutcome } from './saveOnce';

/** Where a case stands. A new case is `received`. */
export const CASE_STATUSES = ['received', 'in-progress', 'waiting', 'resolved'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** A contact as the agent view lists it. */
export interface ContactSummary {
  caseId: string;
  reference: string;
  site: string;
  status: string;
  receivedAt: string;
  updatedAt: string;
  payload: ContactPayload;
}

/** What a visitor may learn about their own case: never the payload. */
export interface CaseStatusAnswer {
  id: string;
  caseId: string;
  reference: string;
  status: string;
  updatedAt: string;
}

interface ContactRow {
  case_id: string;
  reference: string;
  site: string;
  status: string;
  received_at: unknown;
  updated_at: unknown;
  payload: ContactPayload;
}

const summary = (row: ContactRow): ContactSummary => ({
  caseId: row.case_id,
  reference: row.reference,
  site: row.site,
  status: row.status,
  receivedAt: isoTime(row.received_at),
  updatedAt: isoTime(row.updated_at),
  payload: row.payload,
});

const COLUMNS = 'case_id, reference, site, status, received_at, updated_at, payload';

/** Stores a contact once per id and answers the first receipt (see `saveOnce`). */
export function saveContact(db: Queryable, contact: ContactPayload): Promise<SaveOutcome<ContactReceipt>> {
  const caseId = newCaseId();
  const receipt: ContactReceipt = { caseId, status: 'received', reference: contact.reference };
  return saveOnce<ContactReceipt>(
    db,
    'situ_contacts',
    { id: contact.id, case_id: caseId, reference: contact.reference, site: contact.site, payload: contact, receipt },
    contact,
  );
}

/** The newest contacts first; with `search`, those whose reference (or case id) it is. */
export async function listContacts(db: Queryable, { search, limit = 100 }: { search?: string; limit?: number } = {}): Promise<ContactSummary[]> {
  const { rows } = search
    ? await db.query<ContactRow>(
        `select ${COLUMNS} from situ_contacts where reference = $1 or case_id = $2 or id = $2 order by received_at desc, case_id limit $3`,
        [normaliseReference(search), search.trim(), limit],
      )
    : await db.query<ContactRow>(`select ${COLUMNS} from situ_contacts order by received_at desc, case_id limit $1`, [limit]);
  return rows.map(summary);
}

/** One contact by its case id, or null. */
export async function getContact(db: Queryable, caseId: string): Promise<ContactSummary | null> {
  const { rows } = await db.query<ContactRow>(`select ${COLUMNS} from situ_contacts where case_id = $1`, [caseId]);
  return rows[0] ? summary(rows[0]) : null;
}

/** The status of the cases with these case ids (or contact ids): what "My Stuff" shows. */
export async function caseStatuses(db: Queryable, ids: string[]): Promise<CaseStatusAnswer[]> {
  if (ids.length === 0) return [];
  const { rows } = await db.query<{ id: string; case_id: string; reference: string; status: string; updated_at: unknown }>(
    `select id, case_id, reference, status, updated_at from situ_contacts
      where case_id in (${placeholders(ids.length)}) or id in (${placeholders(ids.length)})
      order by received_at desc`,
    ids,
  );
  return rows.map((r) => ({ id: r.id, caseId: r.case_id, reference: r.reference, status: r.status, updatedAt: isoTime(r.updated_at) }));
}

/** Sets a case's status (the agent view); false when there is no such case. */
export async function setCaseStatus(db: Queryable, caseId: string, status: CaseStatus): Promise<boolean> {
  const { rows } = await db.query('update situ_contacts set status = $2, updated_at = now() where case_id = $1 returning case_id', [caseId, status]);
  return rows.length > 0;
}

/** `k7q 4pz`, `K7Q4PZ` and `K7Q-4PZ` are one reference. */
export function normaliseReference(text: string): string {
  const compact = text.toUpperCase().replace(/[^0-9A-Z]/g, '');
  return compact.length === 6 ? `${compact.slice(0, 3)}-${compact.slice(3)}` : text.trim().toUpperCase();
}
