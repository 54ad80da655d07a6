import { describe, expect, it } from 'vitest';
import { formatArticlesFile } from './formatArticlesFile';
import { readArticlesFile } from './readArticlesFile';

const articles = [
  { id: 'refund', title: 'Getting a refund', html: '<p>Refunds take\nfive days.</p>', text: 'Refunds take five days.' },
  { id: 'payments/fees', title: 'Fees: “none”, ever', html: '<p>No fees\u2028at all; 😀</p>', text: 'No fees at all', tags: ['a,b', '[x]'] },
  { id: 'comma', title: 'Ends with a comma,', html: '<p>],}</p>', text: ',' },
];
const file = { checked: 'situ-check:1:abc', articles };

/** `text` in pieces of `size` characters, as a network would hand it over. */
async function* piecesOf(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

/** What reading `text` gives, or the message it throws. */
const read = (text: string, size = 7) =>
  readArticlesFile(piecesOf(text, size)).then(
    (value) => ({ value }),
    (error: Error) => ({ error: `${error.name}: ${error.message}` }),
  );

/** What JSON.parse of the whole text gives, or the message it throws. */
function parse(text: string) {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    return { error: `${(error as Error).name}: ${(error as Error).message}` };
  }
}

describe('readArticlesFile', () => {
  const layouts: Record<string, string> = {
    'the layout situ build writes': formatArticlesFile(file),
    'a bare list, one article per line': `[\n${articles.map((a) => JSON.stringify(a)).join(',\n')}\n]\n`,
    'no articles': formatArticlesFile({ checked: 'x', articles: [] }),
    'Windows line ends': formatArticlesFile(file).replaceAll('\n', '\r\n'),
    'all on one line': JSON.stringify(file),
    'indented by hand': JSON.stringify(file, null, 2),
    '"articles" not the last member': `{"articles":[\n${JSON.stringify(articles[0])}\n],"more":[\n1\n]}`,
    'an article over two lines': formatArticlesFile(file).replace('"title":"Fees', '\n"title":"Fees'),
    'a blank line among the articles': formatArticlesFile(file).replace(',\n', ',\n\n'),
    'text after the closing line': `${formatArticlesFile(file)}  \n`,
  };
  for (const [what, text] of Object.entries(layouts)) {
    it(`gives what JSON.parse gives: ${what}`, async () => {
      expect(parse(text)).toHaveProperty('value');
      for (const size of [1, 7, 64, 1_000, text.length]) expect(await read(text, size), `in pieces of ${size}`).toEqual(parse(text));
    });
  }

  const broken: Record<string, string> = {
    'a comma after the last article': formatArticlesFile(file).replace(/\n\]\}\n$/, ',\n]}\n'),
    'a comma missing between two articles': formatArticlesFile(file).replace(',\n', '\n'),
    'no closing line': formatArticlesFile(file).replace(/\]\}\n$/, ''),
    'a broken article': formatArticlesFile(file).replace('"id":"refund"', '"id":refund'),
    'something after the closing line': `${formatArticlesFile(file)}{}\n`,
    'cut short inside an article': formatArticlesFile(file).slice(0, 120),
  };
  for (const [what, text] of Object.entries(broken)) {
    it(`throws what JSON.parse throws: ${what}`, async () => {
      expect(parse(text)).toHaveProperty('error');
      for (const size of [1, 64, text.length]) expect(await read(text, size), `in pieces of ${size}`).toEqual(parse(text));
    });
  }

  it('lets the page run between slices while it parses a large file in the layout', async () => {
    const body = 'word '.repeat(800);
    const many = Array.from({ length: 3_000 }, (_, i) => ({ id: `a${i}`, title: `Article ${i}`, html: `<p>${body}</p>`, text: body }));
    const text = formatArticlesFile({ checked: 'x', articles: many });
    let ticks = 0;
    let ticking = true;
    const tick = () => {
      ticks++;
      if (ticking) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    const value = await readArticlesFile(piecesOf(text, 65_536));
    ticking = false;
    expect((value as { articles: unknown[] }).articles).toHaveLength(3_000);
    // 24 MB: parsed whole, it is one task of tens of ms; read a line at a time, the page's own
    // timer keeps running while it goes.
    expect(ticks, 'the page\'s timer ran while the file was read').toBeGreaterThan(0);
  });
});
