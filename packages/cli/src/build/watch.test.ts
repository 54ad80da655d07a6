import { readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from 'vitest';
import type { BuildResult } from './build';
import { tempDir } from './testing';
import { watch } from './watch';

/** Polls until `check` holds, for at most `ms`. */
async function until(check: () => boolean, ms = 5000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

test('--watch rebuilds after an edit, keeps going after a failed build, and stops on close()', async () => {
  const dir = await tempDir();
  const kb = path.join(dir, 'kb');
  await mkdir(path.join(kb, 'sub'), { recursive: true });
  await writeFile(path.join(kb, 'sub', 'a.md'), '---\ntitle: First\n---\n\nOne.\n');
  const out = path.join(dir, 'out', 'articles.json');
  const results: BuildResult[] = [];
  const watcher = watch({ folder: kb, out, cwd: dir }, (result) => results.push(result), { debounceMs: 30 });
  try {
    await until(() => results.length === 1);
    expect(results[0]!.errors).toEqual([]);
    const titles = async () => (JSON.parse(await readFile(out, 'utf8')) as { articles: { title: string }[] }).articles.map((a) => a.title);
    expect(await titles()).toEqual(['First']);
    const titlesNow = () => {
      try {
        return (JSON.parse(readFileSync(out, 'utf8')) as { articles: { title: string }[] }).articles.map((a) => a.title);
      } catch {
        return undefined;
      }
    };

    // An editor's save can be several events: wait for the build that saw the change, not a count.
    await writeFile(path.join(kb, 'sub', 'a.md'), '---\ntitle: Second\n---\n\nTwo.\n');
    await until(() => results.length >= 2);
    await until(() => results.at(-1)!.errors.length === 0 && (titlesNow() ?? []).includes('Second'));

    await writeFile(path.join(kb, 'sub', 'a.md'), '---\nsummary: no title\n---\n');
    await until(() => results.at(-1)!.errors.length > 0);
    expect(results.at(-1)!.errors.map((e) => e.message)).toEqual(['front matter has no "title"']);
    expect(await titles()).toEqual(['Second']);

    await writeFile(path.join(kb, 'b.md'), '---\ntitle: Third\n---\n');
    await writeFile(path.join(kb, 'sub', 'a.md'), '---\ntitle: Fixed\n---\n');
    await until(() => results.at(-1)!.errors.length === 0 && results.at(-1)!.articles === 2);
  } finally {
    watcher.close();
  }
  expect(await (async () => (JSON.parse(await readFile(out, 'utf8')) as { articles: { title: string }[] }).articles.map((a) => a.title))()).toEqual(['Third', 'Fixed']);
  const count = results.length;
  await writeFile(path.join(kb, 'b.md'), '---\ntitle: After close\n---\n');
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(results.length).toBe(count);
});
