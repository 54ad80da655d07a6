import { isRecord } from '../util/isRecord';
import { pace } from '../util/yieldToPage';
import { STAMP_SCHEMA, stampFrom } from './stamp';

/*
 * The stamp of a knowledge base (`situ build`'s output), which can be tens of megabytes. A
 * config's stamp (`stampOf`) is one SHA-256 over the whole JSON, but serialising, encoding and
 * hashing 20 MB in one go blocked the page for 60 ms and more: Chromium's `crypto.subtle.digest`
 * hashes on the calling thread, before it returns (34 ms for 20 MB, 114 ms for 80 MB, measured).
 * So this stamp covers the same bytes in blocks: each block of `STAMP_BLOCK` bytes is hashed on
 * its own, and the stamp is the SHA-256 of those hashes, one after the other. The articles are
 * serialised one at a time, yielding to the page between slices (`pace`).
 */

/** The bytes hashed at a time: about half a millisecond of hashing. */
export const STAMP_BLOCK = 262_144;

/** What the stamp of a knowledge base starts with (a config's starts `sha256-`). */
const PREFIX = 'sha256-blocks-';

/** The stamp `situ build` writes into `{ …, articles: [...] }` (its `checked` left out). */
export async function articlesStampOf(json: Record<string, unknown>): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const encoder = new TextEncoder();
  const digests: ArrayBuffer[] = [];
  const block = new Uint8Array(STAMP_BLOCK);
  let filled = 0;
  // (The digest takes a copy of the block when called, so the block can be filled again.)
  const hashBlock = async () => void (digests.push(await subtle.digest('SHA-256', block.subarray(0, filled))), (filled = 0));
  for await (let text of textsOf(json)) {
    // Encoded straight into the block: no copy of the text's bytes (80 MB at 20,000 articles)
    // is left for the garbage collector, and the check takes half the time.
    while (text.length > 0) {
      const { read, written } = encoder.encodeInto(text, block.subarray(filled));
      filled += written;
      text = text.slice(read);
      if (text.length > 0 && filled < STAMP_BLOCK) {
        // The next character's bytes do not all fit: split them across the two blocks, as in
        // the bytes of the whole text.
        const character = String.fromCodePoint(text.codePointAt(0)!);
        const bytes = encoder.encode(character);
        const fits = STAMP_BLOCK - filled;
        block.set(bytes.subarray(0, fits), filled);
        filled = STAMP_BLOCK;
        await hashBlock();
        block.set(bytes.subarray(fits), 0);
        filled = bytes.length - fits;
        text = text.slice(character.length);
      }
      if (filled === STAMP_BLOCK) await hashBlock();
    }
  }
  // (Never empty: the text starts with STAMP_SCHEMA. A text that fills its last block exactly has
  // no partial block after it.)
  if (filled > 0) await hashBlock();
  const all = new Uint8Array(digests.length * 32);
  digests.forEach((digest, i) => all.set(new Uint8Array(digest), i * 32));
  return stampFrom(await subtle.digest('SHA-256', all), PREFIX);
}

/** True when a knowledge base carries a stamp that matches it: `situ build` wrote it, unedited. */
export async function isArticlesFileChecked(json: unknown): Promise<boolean> {
  if (!isRecord(json) || typeof json.checked !== 'string' || !json.checked.startsWith(PREFIX)) return false;
  try {
    return (await articlesStampOf(json)) === json.checked;
  } catch {
    return false;
  }
}

/**
 * The text of `STAMP_SCHEMA` and `JSON.stringify(json)` without `checked`, in parts: the text
 * around the `articles` list, then each article, yielding to the page between slices.
 */
async function* textsOf(json: Record<string, unknown>): AsyncGenerator<string> {
  const { checked: _, ...rest } = json;
  const list = Array.isArray(rest.articles) ? (rest.articles as unknown[]) : null;
  if (!list) {
    yield STAMP_SCHEMA + JSON.stringify(rest);
    return;
  }
  // The text around the list comes from the same call with a marker in the list's place (the
  // key keeps its place among the others).
  const marker = JSON.stringify(`situ-articles-${Math.random()}`);
  const [before, after] = JSON.stringify({ ...rest, articles: JSON.parse(marker) }).split(marker) as [string, string];
  yield `${STAMP_SCHEMA}${before}[`;
  const pause = pace();
  for (let i = 0; i < list.length; i++) {
    // In a list, JSON writes what it cannot hold (undefined, a function) as null.
    yield `${i > 0 ? ',' : ''}${JSON.stringify(list[i]) ?? 'null'}`;
    await pause();
  }
  yield `]${after}`;
}
