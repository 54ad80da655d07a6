import { isRecord } from '../util/isRecord';

/**
 * What a stamp covers besides the JSON: the schema it was checked against. Change it whenever a
 * change to any capability's schema could make a stamped config invalid, so old stamps lapse.
 */
export const STAMP_SCHEMA = 'situ-config-3';

/**
 * The stamp `situ check --stamp` writes into a config it found valid: SHA-256 over the schema
 * version and the JSON without its `checked` field. Null where the platform has no Web Crypto
 * (`crypto.subtle` needs a secure context): the config is then validated in the page.
 */
export async function stampOf(json: Record<string, unknown>): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const { checked: _, ...rest } = json;
  return stampFrom(await subtle.digest('SHA-256', new TextEncoder().encode(STAMP_SCHEMA + JSON.stringify(rest))));
}

/** A stamp as written: its kind (`sha256-`) and the digest in base64. */
export const stampFrom = (digest: ArrayBuffer, kind = 'sha256-'): string => `${kind}${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;

/**
 * True when `json` carries a stamp that matches it: checked ahead of time, in Node, so the page
 * need not load the schema (valibot and every capability's fragment, a lazy chunk) to trust it.
 */
export async function isChecked(json: unknown): Promise<boolean> {
  if (!isRecord(json) || typeof json.checked !== 'string') return false;
  try {
    return (await stampOf(json)) === json.checked;
  } catch {
    return false;
  }
}
