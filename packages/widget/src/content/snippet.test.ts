import { describe, expect, it } from 'vitest';
import { snippet } from './snippet';

describe('snippet', () => {
  it('prefers the summary', () => {
    expect(snippet({ id: 'a', title: 'A', summary: 'One line.', body: 'Long' })).toBe('One line.');
  });
  it('shows the first words without Markdown punctuation or list markers', () => {
    const body = '## Before you start\n\nHave these ready:\n\n- Your **meter** number\n1. Open `Settings`.\n2. Choose [Phone](https://x.test).';
    expect(snippet({ id: 'a', title: 'A', body })).toBe('Before you start Have these ready: Your meter number Open Settings. Choose Phone.');
  });
  it('cuts long text at a word', () => {
    expect(snippet({ id: 'a', title: 'A', body: 'word '.repeat(60) }, 20)).toBe('word word word word…');
  });
});
