import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINISEARCH_UNUSED, stripUnusedMethods, type Unused } from './stripUnusedMethods';

type Transform = (code: string, id: string) => { code: string } | null;
const transformOf = (unused: Unused) => stripUnusedMethods(unused).transform as unknown as Transform;

const LIB = `export class Index {
  add(x) { this.items.push(x); }
  /** Removes x. */
  drop(x) { this.items = this.items.filter((y) => y !== x); }
  static load(json) { return new Index(json); }
  find(x) { return this.items.includes(x); }
}`;

describe('stripUnusedMethods', () => {
  it('leaves out the listed methods and keeps the others', () => {
    const out = transformOf({ file: /lib\.js$/, className: 'Index', methods: ['drop', 'load'] })(LIB, '/x/lib.js')!;
    expect(out.code).toContain('add(x)');
    expect(out.code).toContain('find(x)');
    expect(out.code).not.toMatch(/drop\(x\) \{|static load/);
  });

  it('leaves other files alone', () => {
    expect(transformOf({ file: /lib\.js$/, className: 'Index', methods: ['drop'] })(LIB, '/x/other.js')).toBeNull();
  });

  it('fails the build when a listed method is not there any more', () => {
    expect(() => transformOf({ file: /lib\.js$/, className: 'Index', methods: ['vacuum'] })(LIB, '/x/lib.js')).toThrow(
      'Index has no method "vacuum" any more',
    );
  });

  it('fails the build when the code left still calls a method that went', () => {
    const calls = LIB.replace('find(x) {', 'find(x) { this.drop(x);');
    expect(() => transformOf({ file: /lib\.js$/, className: 'Index', methods: ['drop'] })(calls, '/x/lib.js')).toThrow(
      'Index.drop was left out, but /x/lib.js still uses it',
    );
  });

  it("minisearch without the hub's unused methods still indexes and searches as the hub does", async () => {
    const require = createRequire(path.resolve('packages/core/package.json'));
    const file = require.resolve('minisearch').replace(/[\\/]dist[\\/].*$/, '/dist/es/index.js');
    const before = await readFile(file, 'utf8');
    const out = transformOf(MINISEARCH_UNUSED)(before, file)!;
    // Inside the project (the test runner loads modules from it only), in a folder git ignores.
    const cache = path.resolve('packages/embed/node_modules/.cache');
    await mkdir(cache, { recursive: true });
    const dir = await mkdtemp(path.join(cache, 'situ-strip-'));
    await writeFile(path.join(dir, 'minisearch.mjs'), out.code);
    const { default: MiniSearch } = await import(/* @vite-ignore */ path.join(dir, 'minisearch.mjs'));
    const index = new MiniSearch({ fields: ['title', 'text'] });
    index.add({ id: 'customs', title: 'Customs charges', text: 'Import VAT on parcels from abroad' });
    index.add({ id: 'refund', title: 'Refunds', text: 'Money back within five days' });
    expect(index.search('custms', { fuzzy: 1 }).map((h: { id: string }) => h.id)).toEqual(['customs']);
    expect(index.search('mon', { prefix: true }).map((h: { id: string }) => h.id)).toEqual(['refund']);
    expect(index.search('parcels OR days', { combineWith: 'OR' })).toHaveLength(2);
    for (const name of ['autoSuggest', 'remove', 'vacuum', 'toJSON']) expect(name in index, name).toBe(false);
    expect('loadJSON' in MiniSearch).toBe(false);
    await rm(dir, { recursive: true, force: true });
  });
});
