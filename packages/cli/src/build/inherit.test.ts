import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from 'vitest';
import { build } from './build';
import { tempDir } from './testing';

test("a translation shows on its original's pages and steps, with its related articles, unless it names its own", async () => {
  const dir = await tempDir();
  const kb = path.join(dir, 'kb');
  await mkdir(kb);
  await writeFile(path.join(kb, 'fees.md'), '---\ntitle: Fees\npages: [payment]\nsteps: [payment/card]\nrelated: [refund]\n---\nNo fees.\n');
  await writeFile(path.join(kb, 'fees.nl.md'), '---\ntitle: Kosten\n---\nGeen kosten.\n');
  await writeFile(path.join(kb, 'refund.md'), '---\ntitle: Refund\npages: [account]\n---\nFive days.\n');
  await writeFile(path.join(kb, 'refund.nl.md'), '---\ntitle: Terugbetaling\npages: [home]\n---\nVijf dagen.\n');
  const result = await build({ folder: 'kb', out: 'articles.{locale}.json', cwd: dir });
  expect(result.errors).toEqual([]);
  const nl = JSON.parse(await readFile(path.join(dir, 'articles.nl.json'), 'utf8')).articles;
  expect(nl.find((a: { id: string }) => a.id === 'fees')).toMatchObject({ title: 'Kosten', pages: ['payment'], steps: ['payment/card'], related: ['refund'] });
  expect(nl.find((a: { id: string }) => a.id === 'refund')).toMatchObject({ title: 'Terugbetaling', pages: ['home'] });
  const en = JSON.parse(await readFile(path.join(dir, 'articles.en.json'), 'utf8')).articles;
  expect(en.find((a: { id: string }) => a.id === 'refund').pages).toEqual(['account']);
});
