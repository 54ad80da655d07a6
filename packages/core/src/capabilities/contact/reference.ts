/**
 * Letters and digits a visitor can read out and an agent can type without doubt: no 0/O, 1/I/L,
 * 5/S, 8/B or U/V look-alikes.
 */
const ALPHABET = '234679ACDEFGHJKMNPQRTWXYZ';

/** A short reference such as `K7Q-4PZ`: six characters from 25, about 2.4 × 10^8 of them. */
export function makeReference(random: (n: number) => Uint8Array = randomBytes): string {
  const chars = [...random(6)].map((byte) => ALPHABET[byte % ALPHABET.length]);
  return `${chars.slice(0, 3).join('')}-${chars.slice(3).join('')}`;
}

function randomBytes(n: number): Uint8Array {
  const bytes = new Uint8Array(n);
  if (typeof crypto !== 'undefined' && crypto?.getRandomValues) return crypto.getRandomValues(bytes);
  for (let i = 0; i < n; i++) bytes[i] = Math.floor(Math.random() * 256);
  return bytes;
}
