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

  it('where no sanitiser can check raw HTML, keeps its words as text and leaves out every tag', async () => {
    const html = await markdownToHtml('<p style="x" onclick="y()">Red & <b>bold</b></p>\n\nSee <img src=x onerror=alert(1)> here <script>alert(1)</script>.', 'drop');
    expect(html).not.toMatch(/<(p style|b>|img|script)/);
    expect(html).toContain('Red &amp; bold');
    expect(html).toContain('<p>See  here alert(1).</p>');
  });
});
