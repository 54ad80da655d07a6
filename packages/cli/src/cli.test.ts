import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { main } from './cli';
import { FIXTURES, filesIn, tempDir } from './build/testing';

let printed: string[] = [];
beforeEach(() => {
  printed = [];
  const capture = (...args: unknown[]) => void printed.push(args.join(' '));
  vi.spyOn(console, 'log').mockImplementation(capture);
  vi.spyOn(console, 'error').mockImplementation(capture);
});
afterEach(() => vi.restoreAllMocks());

test('situ build exits 0 and prints a one-line summary', async () => {
  const out = await tempDir();
  const code = await main(['build', path.join(FIXTURES, 'kb'), '--out', path.join(out, 'articles.{locale}.json'), '--config', path.join(FIXTURES, 'situ.json')]);
  expect(code).toBe(0);
  expect(printed).toEqual([`5 articles in 2 locales → ${path.join(out, 'articles.en.json')}, ${path.join(out, 'articles.nl.json')} (+1 file)`]);
  expect(await filesIn(out)).toEqual(['articles.en.json', 'articles.nl.json', 'chart.e25cab61.png']);
});

test('situ build exits 1 on errors, prints them with file and line, and writes nothing', async () => {
  const out = await tempDir();
  const code = await main(['build', path.join(FIXTURES, 'errors', 'dead-related'), '--out', path.join(out, 'a.json')]);
  expect(code).toBe(1);
  expect(printed[0]).toMatch(/dead-related\/guide\.md:4: related article "nope" is not in the build$/);
  expect(printed[1]).toBe('situ build: 1 error, nothing written');
  expect(await filesIn(out)).toEqual([]);
});

test.each([
  [['build'], 'expected the folder of Markdown files'],
  [['build', 'help'], 'expected --out <file.json>'],
  [['build', 'help', '--out', 'a.txt'], '--out: expected a .json file'],
  [['build', 'help', 'more', '--out', 'a.json'], 'expected one folder'],
  [['build', 'help', '--out', 'a.json', '--default-locale', 'English'], '--default-locale: expected a language code'],
  [['build', 'help', '--out', 'a.json', '--minify'], "Unknown option '--minify'"],
  [['publish'], 'situ: unknown command "publish"'],
])('usage error %j exits 2', async (args, message) => {
  expect(await main(args)).toBe(2);
  expect(printed.join('\n')).toContain(message);
  expect(printed.join('\n')).toContain('Usage: situ build <folder> --out <file.json>');
});

test('--help exits 0', async () => {
  expect(await main(['--help'])).toBe(0);
});

test('situ build --watch keeps running until stopped, then exits 0', async () => {
  const dir = await tempDir();
  await mkdir(path.join(dir, 'kb'));
  await writeFile(path.join(dir, 'kb', 'a.md'), '---\ntitle: A\n---\n');
  const stop = new AbortController();
  const running = main(['build', path.join(dir, 'kb'), '--out', path.join(dir, 'a.json'), '--watch'], { signal: stop.signal });
  const start = Date.now();
  while (!printed.some((line) => line.startsWith('situ build: watching'))) {
    if (Date.now() - start > 5000) throw new Error('no build reported');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  expect(JSON.parse(await readFile(path.join(dir, 'a.json'), 'utf8')).articles).toHaveLength(1);
  stop.abort();
  expect(await running).toBe(0);
});

test('situ build --watch on a missing folder exits 1', async () => {
  expect(await main(['build', path.join(FIXTURES, 'nope'), '--out', 'a.json', '--watch'])).toBe(1);
});
