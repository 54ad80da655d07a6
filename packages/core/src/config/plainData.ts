import type { ConfigProblem } from './validate';
import { formatPath } from './validate';

/** How deep a config may nest (a category tree, say); deeper parts are reported and dropped. */
export const MAX_DEPTH = 32;

/** Keys that would reach an object's prototype, never config fields. */
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Copies a config into plain data that the page cannot have tampered with: objects without a
 * prototype (an enumerable property a page added to `Object.prototype` is not inherited), own
 * enumerable keys only, no `toJSON`, getters read once (one that throws drops its field). A key
 * such as `__proto__` or `constructor`, and anything nested past `MAX_DEPTH`, is reported.
 */
export function plainData(input: unknown): { value: unknown; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const seen = new Set<object>();
  const copy = (value: unknown, path: (string | number)[]): unknown => {
    if (value === null || typeof value !== 'object') return typeof value === 'function' || typeof value === 'symbol' ? undefined : value;
    if (path.length > MAX_DEPTH) {
      problems.push({ path: formatPath(path), message: `nested more than ${MAX_DEPTH} levels deep` });
      return undefined;
    }
    if (seen.has(value)) {
      problems.push({ path: formatPath(path), message: 'refers back to itself' });
      return undefined;
    }
    seen.add(value);
    try {
      if (Array.isArray(value)) return Array.from(value, (item, i) => copy(item, [...path, i]));
      const out: Record<string, unknown> = Object.create(null);
      for (const key of Object.keys(value)) {
        if (RESERVED.has(key)) {
          problems.push({ path: formatPath([...path, key]), message: 'a reserved name, not a config field' });
          continue;
        }
        try {
          const item = copy((value as Record<string, unknown>)[key], [...path, key]);
          if (item !== undefined) out[key] = item;
        } catch {
          problems.push({ path: formatPath([...path, key]), message: 'could not be read' });
        }
      }
      return out;
    } finally {
      seen.delete(value);
    }
  };
  try {
    return { value: copy(input, []), problems };
  } catch {
    return { value: undefined, problems: [{ path: '(config)', message: 'could not be read' }] };
  }
}
