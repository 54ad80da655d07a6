/** The longest text Situ puts in one console line or error message. */
export const MAX_MESSAGE = 300;

/** Cuts `text` to `max` characters, with an ellipsis. */
export function clip(text: string, max = MAX_MESSAGE): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * A value as text for a message, whatever it is: a revoked Proxy, an object whose `toString`
 * throws, a Symbol, a 1 MiB string. Never throws.
 */
export function safeString(value: unknown, max = MAX_MESSAGE): string {
  try {
    if (value instanceof Error) return clip(String(value.message), max);
    return clip(typeof value === 'symbol' ? value.toString() : String(value), max);
  } catch {
    return 'a value that cannot be shown';
  }
}

/** A short description of a value for "expected …, got …" messages. Never throws. */
export function describe(value: unknown): string {
  try {
    if (value === undefined) return 'nothing';
    if (value === null) return 'null';
    if (typeof value === 'string') return `"${clip(value, 40)}"`;
    if (typeof value === 'function') return 'a function';
    if (typeof value === 'symbol' || typeof value === 'bigint') return `${typeof value} ${safeString(value, 40)}`;
    if (typeof value !== 'object') return `${typeof value} ${String(value)}`;
    return Array.isArray(value) ? 'an array' : 'an object';
  } catch {
    return 'a value that cannot be inspected';
  }
}
