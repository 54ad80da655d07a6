import { describe, expect, test } from 'vitest';
import { Assets } from './assets';
import { Problems } from './problems';
import { parseMarkdown, render } from './render';

async function renderBody(markdown: string, allowHtml: boolean) {
  const problems = new Problems();
  const links = { file: '/kb/a.md', shown: 'a.md', articleAt: () => undefined, assets: new Assets(), problems, show: String, used: new Set<string>() };
  return { ...(await render(parseMarkdown(markdown), { allowHtml, links })), problems };
}

const RAW = `Press <kbd>Ctrl</kbd>+<kbd>S</kbd>.

<details open><summary>More</summary>

Hidden *Markdown* text.

</details>

<p style="color:red" onclick="alert(1)" id="x" class="big">Styled</p>
<a href="javascript:alert(1)" target="_blank">bad link</a> <a href="https://example.com" accesskey="s">good link</a>
<img src="https://example.com/a.png" onerror="alert(1)" alt="A">
<script>alert(1)</script><style>body { display: none }</style><iframe src="https://evil.example"></iframe>
<form action="/x"><input name="q"><button>Go</button></form>`;

describe('--allow-html', () => {
  test('keeps allowed raw HTML and removes the dangerous parts', async () => {
    const { html, text } = await renderBody(RAW, true);
    expect(html).toBe(
      [
        '<p>Press <kbd>Ctrl</kbd>+<kbd>S</kbd>.</p>',
        '<details open><summary>More</summary>',
        '<p>Hidden <em>Markdown</em> text.</p>',
        '</details>',
        '<p>Styled</p>',
        '<a>bad link</a> <a href="https://example.com">good link</a>',
        '<img src="https://example.com/a.png" alt="A">',
        '',
        'Go',
      ].join('\n'),
    );
    expect(text).toBe('Press Ctrl+S. More Hidden Markdown text. Styled bad link good link Go');
  });

  test('without it, raw HTML is left out, never kept', async () => {
    const { html } = await renderBody(RAW, false);
    expect(html).not.toMatch(/<(kbd|details|script|style|iframe|form|input)\b/);
    expect(html).toContain('<p>Press Ctrl+S.</p>');
    expect(html).toContain('<p>Hidden <em>Markdown</em> text.</p>');
  });
});

test('task lists keep disabled checkboxes; in-article anchors and ids are dropped', async () => {
  const { html, problems } = await renderBody('# Title\n\n- [x] done\n- [ ] todo\n\nSee [below](#below) and a note[^1].\n\n[^1]: The note.\n', false);
  expect(html).toContain('<li class="task-list-item"><input type="checkbox" checked disabled> done</li>');
  expect(html).toContain('<li class="task-list-item"><input type="checkbox" disabled> todo</li>');
  expect(html).not.toMatch(/\sid=|\sname=|href="#/);
  expect(html).toContain('See <a>below</a>');
  expect(problems.warnings.map((p) => `${p.line}: ${p.message}`)).toEqual([
    '6: link to "#below" inside the article: the help hub cannot scroll to it, so it is shown as plain text',
  ]);
});
