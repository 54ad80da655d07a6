import { describe } from '../util/safeString';

export { describe };

/** Thrown by a command's argument check; the kernel turns it into one console error and an `error` event. */
export class BadArgument extends Error {}

/** Checks a command's argument: throws `BadArgument` ("expected …, got …") when `ok` is false. */
export function expect(ok: boolean, what: string, got: unknown): void {
  if (!ok) throw new BadArgument(`expected ${what}, got ${describe(got)}`);
}

/** True for a non-blank string: an id. */
export const isId = (x: unknown): x is string => typeof x === 'string' && x.trim() !== '';
