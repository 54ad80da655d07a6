/// <reference types="node" />
// (Tests only: Node's own SHA-256 works the stamp out a second, independent way.)
import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { articlesStampOf, isArticlesFileChecked, STAMP_BLOCK } from './articlesStamp';
import { STAMP_SCHEMA, stampOf } from './stamp';

const article = (id: string, title = `Article ${id}`, body = title) => ({ id, title, html: `<p>${body}</p>`, text: body, lang: 'en' });

/** The stamp as defined, done at once with node:crypto: blocks of the whole text, hashed, then their hashes hashed. */
function reference(json: Record<string, unknown>): string {
  const { checked: _, ...rest } = json;
  const bytes = Buffer.from(STAMP_SCHEMA + JSON.stringify(rest));
  const blocks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += STAMP_BLOCK) blocks.push(createHash('sha256').update(bytes.subarray(at, at + STAMP_BLOCK)).digest());
  return `sha256-blocks-${createHash('sha256').update(Buffer.concat(blocks)).digest('base64')}`;
}

describe('articlesStampOf is the SHA-256 of the SHA-256s of the JSON in blocks', () => {
  const big = 'word '.repeat(900);
  const files: Record<string, Record<string, unknown>> = {
    'as situ build writes it': { checked: 'x', articles: [article('a'), article('b')] },
    'no articles': { checked: 'x', articles: [] },
    'members before and after the list': { version: 1, articles: [article('a')], note: { articles: [] } },
    'a list nested elsewhere that looks like it': { meta: { articles: [article('z')] }, articles: [article('a')] },
    'text in several scripts and emoji': { articles: [article('ü', 'Grüße 😀 中文 ĳ'), article('rtl', 'שלום')] },
    'a lone surrogate and escapes': { articles: [article('s', 'half \ud83d here, "quoted", back\\slash, new\nline')] },
    'values JSON writes as null in a list': { articles: [article('a'), undefined, () => 1] as unknown[] },
    'no list at all': { version: 1, site: 'x' },
    'several blocks, the last one partial': { articles: Array.from({ length: 300 }, (_, i) => article(`a${i}`, `Article ${i} 😀`, big)) },
  };
  for (const [what, json] of Object.entries(files)) {
    it(what, async () => {
      expect(await articlesStampOf(json)).toBe(reference(json));
    });
  }

  it('a text that fills its last block exactly', async () => {
    // The body is written twice (html and text), so an odd remainder goes into the title.
    const sized = (body: string, title = 'A') => ({ articles: [article('a', title, body)] });
    const length = (json: Record<string, unknown>) => Buffer.byteLength(STAMP_SCHEMA + JSON.stringify(json));
    const missing = 2 * STAMP_BLOCK - length(sized(''));
    const json = sized('x'.repeat(Math.floor(missing / 2)), missing % 2 ? 'AB' : 'A');
    expect(length(json)).toBe(2 * STAMP_BLOCK);
    expect(await articlesStampOf(json)).toBe(reference(json));
  });

  // A character whose bytes straddle the end of the first block, as the whole text's bytes do.
  // (A lone surrogate never reaches the bytes: JSON.stringify writes it as an escape.)
  for (const [character, before] of [['😀', 2], ['😀', 1], ['😀', 3], ['中', 1], ['中', 2], ['ü', 1]] as const) {
    it(`${JSON.stringify(character)} begins ${before} byte(s) before a block ends`, async () => {
      const at = (padding: number) => ({ articles: [article('a', 'A', `${'x'.repeat(padding)}${character} and more`)] });
      const offset = (json: Record<string, unknown>) => Buffer.from(STAMP_SCHEMA + JSON.stringify(json)).indexOf(Buffer.from(character));
      const json = at(STAMP_BLOCK - before - offset(at(0)));
      expect(offset(json)).toBe(STAMP_BLOCK - before);
      expect(await articlesStampOf(json)).toBe(reference(json));
    });
  }

  it('is not a config\'s stamp: the two never stand in for each other', async () => {
    const json = { articles: [article('a')] };
    expect(await articlesStampOf(json)).not.toBe(await stampOf(json));
    expect(await isArticlesFileChecked({ checked: await stampOf(json), ...json })).toBe(false);
  });
});

describe('isArticlesFileChecked', () => {
  it('accepts a file whose stamp matches and refuses one edited after stamping, or never stamped', async () => {
    const json = { articles: [article('a'), article('b')] };
    const stamped = { checked: await articlesStampOf(json), ...json };
    expect(await isArticlesFileChecked(stamped)).toBe(true);
    expect(await isArticlesFileChecked({ ...stamped, articles: [article('a'), article('b', 'Edited')] })).toBe(false);
    expect(await isArticlesFileChecked(json)).toBe(false);
    expect(await isArticlesFileChecked([article('a')])).toBe(false);
  });

  it('yields to the page while it serialises a large knowledge base', async () => {
    const body = 'word '.repeat(800);
    const json = { articles: Array.from({ length: 3_000 }, (_, i) => article(`a${i}`, `Article ${i}`, body)) };
    const stamped = { checked: await articlesStampOf(json), ...json };
    // Yielding to the page is a zero timer (util/yieldToPage.ts); the hashing never sets one.
    const timers = vi.spyOn(globalThis, 'setTimeout');
    try {
      expect(await isArticlesFileChecked(stamped)).toBe(true);
      // 24 MB of articles take far longer than one slice of 8 ms to serialise on any machine.
      expect(timers.mock.calls.filter(([, ms]) => !ms).length, 'yields to the page').toBeGreaterThan(0);
    } finally {
      timers.mockRestore();
    }
  });
});
