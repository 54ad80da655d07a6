import { describe, expect, it } from 'vitest';
import { markdownToHtml } from './markdown';

describe('markdownToHtml', () => {
  it('escapes raw HTML unless allowed', async () => {
    expect(await markdownToHtml('<b style="x">hi</b>', false)).toBe('<p>&lt;b style=&quot;x&quot;&gt;hi&lt;/b&gt;</p>');
  });

  it('keeps allowed raw HTML but drops style and handler attributes from its tags, not from text', async () => {
    const html = await markdownToHtml(
      '<div style="color:red" onclick="alert(1)" class="note">Red <span STYLE=\'x\' onmouseover=go()>text</span></div>\n\nA paragraph about style="this" and <em onclick="x">inline</em>.',
      true,
    );
    expect(html).toBe(
      '<div class="note">Red <span>text</span></div>\n<p>A paragraph about style=&quot;this&quot; and <em>inline</em>.</p>',
    );
  });
});
