/** Thrown by a command's argument check; the kernel turns it into one console error and an `error` event. */
export class BadArgument extends Error {}

/** A short description of a value for an error message (long strings cut). */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

/** Checks a command's argument: throws `BadArgument` ("expected …, got …") when `ok` is false. */
export function expect(ok: boolean, what: string, got: unknown): void {
  if (!ok) throw new BadArgument(`expected ${what}, got ${describe(got)}`);
}

/** True for a non-blank string: an id. */
export const isId = (x: unknown): x is string => typeof x === 'string' && x.trim() !== '';
