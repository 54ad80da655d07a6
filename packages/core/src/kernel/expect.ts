import { describe, safeString } from '../util/safeString';
import { SituError } from './errors';

export { describe };

/** Thrown by a command's argument check; the kernel turns it into one console error and an `error` event. */
export class BadArgument extends Error {}

/** Checks a command's argument: throws `BadArgument` ("expected …, got …") when `ok` is false. */
export function expect(ok: boolean, what: string, got: unknown): void {
  if (!ok) throw new BadArgument(`expected ${what}, got ${describe(got)}`);
}

/** True for a non-blank string: an id. */
export const isId = (x: unknown): x is string => typeof x === 'string' && x.trim() !== '';

/** The error a failed command reports: `hint: target: expected a CSS selector, got "##"`. */
export function commandError(name: string, error: unknown): SituError {
  let bad = false;
  try {
    // `instanceof` itself may throw (a Proxy thrown by a getter): then it is no BadArgument.
    bad = error instanceof BadArgument;
  } catch {
    // (an internal error, then)
  }
  return new SituError(bad ? 'command' : 'internal', `${name}: ${safeString(error)}`, name, { cause: error });
}
