import { isRecord } from '../util/isRecord';
import { BadArgument, describe } from './expect';

/**
 * Checks a command's options object field by field, so that the error names the field:
 * `target: expected a CSS selector, got "##"`. `example` shows a valid object when the argument
 * is not an object at all (`hint options such as { … }`). Used by the lazy parts (not the hub), so it is a module of its own.
 */
export function checkOptions<T extends object>(
  options: unknown,
  example: string,
  rules: (field: (ok: boolean, name: string, what: string) => void, options: Record<string, unknown>) => void,
): asserts options is T {
  if (!isRecord(options)) throw new BadArgument(`expected ${example}, got ${describe(options)}`);
  rules((ok, name, what) => {
    if (!ok) throw new BadArgument(`${name}: expected ${what}, got ${describe(options[name])}`);
  }, options);
}

/** True when `value` is absent or a string. */
export const optionalString = (value: unknown) => value === undefined || typeof value === 'string';
/** True when `value` is absent or a list of strings. */
export const optionalLines = (value: unknown) => value === undefined || (Array.isArray(value) && value.every((line) => typeof line === 'string'));
