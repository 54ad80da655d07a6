import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { build } from './build';
import { formatProblem } from './problems';
import { FIXTURES, filesIn, tempDir } from './testing';

const ERRORS = path.join(FIXTURES, 'errors');

/** Builds a fixture from the errors folder and asserts it failed without writing anything. */
async function failing(folder: string, options: { config?: string } = {}) {
  const out = await tempDir();
  const result = await build({ folder, out: path.join(out, 'help', 'articles.json'), cwd: ERRORS, ...options });
  expect(result.errors.length).toBeGreaterThan(0);
  expect(result.written).toEqual([]);
  expect(await filesIn(out)).toEqual([]);
  return result.errors.map(formatProblem);
}

describe('a build with an error writes nothing and names the file and line', () => {
  test('malformed YAML front matter: the line of the YAML error', async () => {
    const errors = await failing('yaml');
    expect(errors[0]).toMatch(/^yaml\/broken\.md:4: front matter: Flow sequence/);
  });

  test('no title: the front matter block', async () => {
    expect(await failing('no-title')).toEqual(['no-title/untitled.md:1: front matter has no "title"']);
  });

  test('an empty title: its line', async () => {
    expect(await failing('empty-title')).toEqual(['empty-title/empty.md:3: front matter "title": expected a title, not an empty string']);
  });

  test('a duplicate id in one locale: both files', async () => {
    expect(await failing('duplicate')).toEqual(['duplicate/second.md:3: duplicate id "shared" in locale "en": duplicate/first.md:2 has it too']);
  });

  test('a link to a Markdown file that is not in the build (an image beside it is not copied either)', async () => {
    expect(await failing('dead-link')).toEqual(['dead-link/guide.md:7: link to "../elsewhere/nope.md#part": no such article in the build']);
  });

  test('a missing image', async () => {
    expect(await failing('missing-image')).toEqual([
      `missing-image/guide.md:7: image "img/missing.png" not found (looked for missing-image/img/missing.png)`,
    ]);
  });

  test('a missing linked file', async () => {
    expect((await failing('missing-file'))[0]).toMatch(/^missing-file\/guide\.md:5: linked file "files\/prices\.pdf" not found/);
  });

  test('an invalid id in front matter', async () => {
    expect((await failing('invalid-id'))[0]).toMatch(/^invalid-id\/guide\.md:3: front matter "id": expected an article id .*not "has spaces"/);
  });

  test('an invalid id from the file name', async () => {
    expect((await failing('invalid-name'))[0]).toMatch(/^invalid-name\/my guide\.md:1: id "my guide" \(from the file name\) is not a valid article id/);
  });

  test('a locale field that contradicts the file name', async () => {
    expect(await failing('locale-conflict')).toEqual(['locale-conflict/refund.nl.md:3: locale "de" contradicts the file name, which says "nl"']);
  });

  test('a related article that is not in the build', async () => {
    expect(await failing('dead-related')).toEqual(['dead-related/guide.md:4: related article "nope" is not in the build']);
  });

  test('with --config: unknown pages and steps, and listed articles no file provides', async () => {
    expect(await failing('config/kb', { config: 'config/situ.json' })).toEqual([
      'config/kb/guide.md:3: page "nowhere" is not in config/situ.json',
      'config/kb/guide.md:6: step "payment/cvc": page "payment" has no step "cvc" in config/situ.json',
      'config/kb/guide.md:8: step "lost" is not on any page in config/situ.json',
      'config/kb/guide.md:9: step "nowhere/card": page "nowhere" is not in config/situ.json',
      'config/situ.json:5: article "ghost" is listed here, but no Markdown file provides it',
    ]);
  });

  test('a folder that does not exist', async () => {
    expect(await failing('no-such-folder')).toEqual(['no-such-folder: no such folder']);
  });
});

test('warnings do not fail the build: unknown front matter keys, an article nothing uses', async () => {
  const out = await tempDir();
  const result = await build({ folder: 'warnings/kb', config: 'warnings/situ.json', out: path.join(out, 'a.json'), cwd: ERRORS });
  expect(result.errors).toEqual([]);
  expect(result.warnings.map(formatProblem)).toEqual([
    'warnings/kb/guide.md:3: front matter: unknown key "layout" ignored (Situ reads id, title, summary, locale, tags, related, pages, steps)',
    'warnings/kb/guide.md:4: front matter: unknown key "sidebar_position" ignored (Situ reads id, title, summary, locale, tags, related, pages, steps)',
    'warnings/kb/lonely.md:1: article "lonely" is on no page or step (neither warnings/situ.json nor its front matter names one): only search finds it',
  ]);
  expect(await filesIn(out)).toEqual(['a.json']);
});
