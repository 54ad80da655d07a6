/** Runs a storage call; storage may be blocked or full, which must never stop Situ. */
export function safe<T>(fn: () => T): T | null {
  try {
    return fn();
  } catch {
    return null;
  }
}
