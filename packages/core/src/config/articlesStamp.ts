import { isRecord } from '../util/isRecord';
import { SLICE_MS, yieldToPage } from '../util/yieldToPage';
import { STAMP_SCHEMA, stampFrom } from './stamp';

/*
 * The stamp of a knowledge base (`situ build`'s output), which can be tens of megabytes. A
 * config's stamp (`stampOf`) is one SHA-256 over the whole JSON, but serialising, encoding and
 * hashing 20 MB in one go blocked the page for 60 ms and more: Chromium's `crypto.subtle.digest`
 * hashes on the calling thread, before it returns (34 ms for 20 MB, 114 ms for 80 MB, measured).
 * So this stamp covers the same bytes in blocks: each block of `STAMP_BLOCK` bytes is hashed on
 * its own, and the stamp is the SHA-256 of those hashes, one after the other. The articles are
 * serialised one at a time, yielding to the page every `SLICE_MS`.
 */

/** The bytes hashed at a time: about half a millisecond of hashing. */
export const STAMP_BLOCK = 262_144;

/** What the stamp of a knowledge base starts with (a config's starts `sha256-`). */
const PREFIX = 'sha256-blocks-';

/** The stamp `situ build` writes into `{ …, articles: [...] }` (its `checked` left out). */
export async function articlesStampOf(json: Record<string, unknown>): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const digests: ArrayBuffer[] = [];
  const block = new Uint8Array(STAMP_BLOCK);
  let filled = 0;
  for await (const part of bytesOf(json)) {
    for (let from = 0; from < part.length; ) {
      const taken = Math.min(part.length - from, STAMP_BLOCK - filled);
      block.set(part.subarray(from, from + taken), filled);
      (filled += taken), (from += taken);
      // (The digest takes a copy of the block when called, so the block can be filled again.)
      if (filled === STAMP_BLOCK) digests.push(await subtle.digest('SHA-256', block)), (filled = 0);
    }
  }
  // (Never empty: the text starts with STAMP_SCHEMA. A text that fills its last block exactly has
  // no partial block after it.)
  if (filled > 0) digests.push(await subtle.digest('SHA-256', block.subarray(0, filled)));
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
 * The bytes of `STAMP_SCHEMA` and `JSON.stringify(json)` without `checked`, as UTF-8, in parts:
 * the text around the `articles` list, then each article, yielding to the page between slices.
 */
async function* bytesOf(json: Record<string, unknown>): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  const { checked: _, ...rest } = json;
  const list = Array.isArray(rest.articles) ? (rest.articles as unknown[]) : null;
  if (!list) {
    yield encoder.encode(STAMP_SCHEMA + JSON.stringify(rest));
    return;
  }
  // The text around the list comes from the same call with a marker in the list's place (the
  // key keeps its place among the others).
  const marker = JSON.stringify(`situ-articles-${Math.random()}`);
  const [before, after] = JSON.stringify({ ...rest, articles: JSON.parse(marker) }).split(marker) as [string, string];
  yield encoder.encode(`${STAMP_SCHEMA}${before}[`);
  let start = Date.now();
  for (let i = 0; i < list.length; i++) {
    // In a list, JSON writes what it cannot hold (undefined, a function) as null.
    yield encoder.encode(`${i > 0 ? ',' : ''}${JSON.stringify(list[i]) ?? 'null'}`);
    if (Date.now() - start >= SLICE_MS) {
      await yieldToPage();
      start = Date.now();
    }
  }
  yield encoder.encode(`]${after}`);
}
