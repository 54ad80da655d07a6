/** A unique id: a UUID where the platform makes one, else time and randomness. */
export const uniqueId = (now: number): string =>
  typeof crypto !== 'undefined' && crypto?.randomUUID ? crypto.randomUUID() : `${now.toString(36)}-${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
