import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from 'vitest';
import { isArticlesFileChecked, validateArticles } from '@situ/core';
import { build } from './build';
import { FIXTURES, filesIn, tempDir } from './testing';

/** The output with the temporary folder taken out, pretty-printed so a reviewer can read the golden file. */
async function readOutput(file: string): Promise<{ json: { checked: string; articles: Record<string, unknown>[] }; pretty: string }> {
  const json = JSON.parse(await readFile(file, 'utf8'));
  return { json, pretty: `${JSON.stringify(json, null, 2)}\n` };
}

test('the fixture knowledge base renders to the golden output, one file per locale', async () => {
  const out = await tempDir();
  const result = await build({ folder: 'kb', config: 'situ.json', out: path.join(out, 'articles.{locale}.json'), cwd: FIXTURES });
  expect(result.errors).toEqual([]);
  expect(result.warnings).toEqual([]);
  expect(result.locales).toEqual(['en', 'nl']);
  expect(await filesIn(out)).toEqual(['articles.en.json', 'articles.nl.json', 'chart.e25cab61.png']);
  for (const locale of ['en', 'nl']) {
    const file = path.join(out, `articles.${locale}.json`);
    const { json, pretty } = await readOutput(file);
    await expect(pretty).toMatchFileSnapshot(`fixtures/golden/articles.${locale}.json`);
    // One article per line, so that a browser parses it as it arrives.
    const lines = (await readFile(file, 'utf8')).split('\n');
    expect(lines[0]).toBe(`{"checked":${JSON.stringify(json.checked)},"articles":[`);
    expect(lines.slice(1, -2)).toEqual(json.articles.map((a, i) => `${JSON.stringify(a)}${i < json.articles.length - 1 ? ',' : ''}`));
    expect(lines.slice(-2)).toEqual([']}', '']);
    // The stamp lets the browser skip validation, so the file must be what validation accepts.
    expect(await isArticlesFileChecked(json)).toBe(true);
    expect(validateArticles(json.articles).problems).toEqual([]);
  }
});

test('without {locale}, one file holds every locale, each article once per locale', async () => {
  const out = await tempDir();
  const result = await build({ folder: 'kb', out: path.join(out, 'help', 'articles.json'), cwd: FIXTURES });
  expect(result.errors).toEqual([]);
  expect(result.articles).toBe(5);
  expect(await filesIn(out)).toEqual(['help/articles.json', 'help/chart.e25cab61.png']);
  const { json, pretty } = await readOutput(path.join(out, 'help', 'articles.json'));
  expect(json.articles.map((a) => `${a.id} ${a.lang}`)).toEqual([
    'account/refund en',
    'account/refund nl',
    'close-account en',
    'payments/fees en',
    'payments/fees nl',
  ]);
  await expect(pretty).toMatchFileSnapshot('fixtures/golden/articles.json');
  expect(await isArticlesFileChecked(json)).toBe(true);
});

test('a locale with its own articles gets the default locale\'s untranslated ones, in their own language', async () => {
  const out = await tempDir();
  await build({ folder: 'kb', out: path.join(out, 'articles.{locale}.json'), cwd: FIXTURES });
  const en = (await readOutput(path.join(out, 'articles.en.json'))).json.articles;
  const nl = (await readOutput(path.join(out, 'articles.nl.json'))).json.articles;
  expect(en.map((a) => `${a.id} ${a.lang}`)).toEqual(['account/refund en', 'close-account en', 'payments/fees en']);
  expect(nl.map((a) => `${a.id} ${a.lang}`)).toEqual(['account/refund nl', 'close-account en', 'payments/fees nl']);
});

test('{locale} in the folder part: each locale\'s folder gets the images its articles use', async () => {
  const out = await tempDir();
  const result = await build({ folder: 'kb', out: path.join(out, '{locale}', 'articles.json'), cwd: FIXTURES });
  expect(result.errors).toEqual([]);
  expect(await filesIn(out)).toEqual(['en/articles.json', 'en/chart.e25cab61.png', 'nl/articles.json', 'nl/chart.e25cab61.png']);
});

test('the default locale comes from --default-locale, else the config, else en', async () => {
  const out = await tempDir();
  const kb = path.join(out, 'kb');
  const { mkdir, writeFile } = await import('node:fs/promises');
  await mkdir(kb);
  await writeFile(path.join(kb, 'a.md'), '---\ntitle: A\n---\n');
  await writeFile(path.join(kb, 'b.md'), '---\ntitle: B\nlocale: de\n---\n');
  await writeFile(path.join(out, 'situ.json'), '{ "version": 1, "locale": "fr" }');
  const langs = async (options: { config?: string; defaultLocale?: string }) => {
    const result = await build({ folder: 'kb', out: 'out.json', cwd: out, ...options });
    expect(result.errors).toEqual([]);
    return (await readOutput(path.join(out, 'out.json'))).json.articles.map((a) => `${a.id} ${a.lang}`);
  };
  expect(await langs({})).toEqual(['a en', 'b de']);
  expect(await langs({ config: 'situ.json' })).toEqual(['a fr', 'b de']);
  expect(await langs({ config: 'situ.json', defaultLocale: 'nl-BE' })).toEqual(['a nl-BE', 'b de']);
});
