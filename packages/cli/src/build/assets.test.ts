import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from 'vitest';
import { build } from './build';
import { summarize } from './summary';
import { FIXTURES, filesIn, tempDir } from './testing';

// A writer changes an image, then drops it: each rebuild leaves one copy of what the articles
// use, and never touches what the site keeps in the same folder.

test('a changed or dropped image leaves no old hashed copy; the site\'s own files stay', async () => {
  const work = await tempDir();
  const kb = path.join(work, 'kb');
  await cp(path.join(FIXTURES, 'kb'), kb, { recursive: true });
  const out = path.join(work, 'public', 'help');
  const run = () => build({ folder: kb, out: path.join(out, 'articles.{locale}.json'), cwd: work });

  // The site's own files beside the output, one of them named like a hashed copy.
  await run();
  await writeFile(path.join(out, 'logo.0123abcd.png'), 'the site\'s logo');
  await writeFile(path.join(out, 'situ.json'), '{}');
  const site = ['logo.0123abcd.png', 'situ.json'];
  const json = ['articles.en.json', 'articles.nl.json'];
  expect(await filesIn(out)).toEqual([...json, 'chart.e25cab61.png', ...site].sort());

  // The image changes: the new copy replaces the old one.
  await writeFile(path.join(kb, 'payments', 'img', 'chart.png'), 'a new chart');
  const changed = await run();
  expect(changed.errors).toEqual([]);
  const copies = (await filesIn(out)).filter((f) => f.startsWith('chart.'));
  expect(copies, 'one copy of the chart').toHaveLength(1);
  expect(copies[0]).not.toBe('chart.e25cab61.png');
  expect(changed.removed).toEqual([path.join('public', 'help', 'chart.e25cab61.png')]);
  expect(summarize(changed).summary).toContain(', 1 unused copy removed');
  expect(await readFile(path.join(out, 'articles.en.json'), 'utf8')).toContain(copies[0]);

  // A build with an error removes nothing (and writes nothing).
  await writeFile(path.join(kb, 'broken.md'), '---\ntitle: [unclosed\n---\n');
  expect((await run()).errors).not.toEqual([]);
  expect(await filesIn(out)).toEqual([...json, copies[0]!, ...site].sort());
  await rm(path.join(kb, 'broken.md'));

  // No article shows the image any more: its copy goes.
  for (const file of ['fees.md', 'fees.nl.md']) {
    const md = path.join(kb, 'payments', file);
    await writeFile(md, (await readFile(md, 'utf8')).replace(/!\[[^\]]*\]\([^)]*\)/g, ''));
  }
  const dropped = await run();
  expect(dropped.removed).toEqual([path.join('public', 'help', copies[0]!)]);
  expect(await filesIn(out)).toEqual([...json, ...site].sort());
});
