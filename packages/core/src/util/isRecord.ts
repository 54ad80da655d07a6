/** True for a plain object (not null, not an array): the shape of a config section or a command's options. */
export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
