import { randomBytes } from 'node:crypto';

/** A case id nobody can guess: 128 random bits, base64url (22 characters). */
export function newCaseId(): string {
  return randomBytes(16).toString('base64url');
}

/** `$1, $2, …` for a list of parameters starting after `offset`. */
export function placeholders(count: number, offset = 0): string {
  return Array.from({ length: count }, (_, i) => `$${i + offset + 1}`).join(', ');
}

/** A timestamp as PostgreSQL hands it over (a Date, or a string), as ISO 8601. */
export function isoTime(value: unknown): string {
  return value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString();
}
