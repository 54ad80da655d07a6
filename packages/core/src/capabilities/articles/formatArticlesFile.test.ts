import { describe, expect, it } from 'vitest';
import { formatArticlesFile } from './formatArticlesFile';

const articles = [
  { id: 'refund', title: 'Getting a refund', html: '<p>Refunds take\nfive days.</p>', text: 'Refunds take five days.' },
  { id: 'payments/fees', title: 'Fees: “none”, ever', html: '<p>No fees\u2028at all; 😀</p>', text: 'No fees at all', tags: ['a,b', '[x]'] },
  { id: 'comma', title: 'Ends with a comma,', html: '<p>],}</p>', text: ',' },
];
const file = { checked: 'situ-check:1:abc', articles };

describe('formatArticlesFile', () => {
  it('writes the opening line, one article per line and the closing line, and is the same JSON', () => {
    const text = formatArticlesFile(file);
    const lines = text.split('\n');
    expect(lines[0]).toBe('{"checked":"situ-check:1:abc","articles":[');
    expect(lines.slice(1, 4)).toEqual(articles.map((a, i) => `${JSON.stringify(a)}${i < 2 ? ',' : ''}`));
    expect(lines.slice(4)).toEqual([']}', '']);
    expect(JSON.parse(text)).toEqual(file);
  });

  it('writes an empty list as the opening and the closing line', () => {
    expect(formatArticlesFile({ articles: [] })).toBe('{"articles":[\n]}\n');
  });
});
