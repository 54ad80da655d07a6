import { createEngine, createMemoryPlatform, type Engine } from '@situ/core';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { HubBody } from './HubBody';

const config = {
  version: 1,
  articles: [
    { id: 'declined', title: 'Why was my card declined?', body: '## Common reasons\n\n- Not enough funds\n- **Expired** card\n\n[Bank](https://bank.example/help)', tags: ['payment'] },
    { id: 'secure', title: 'Paying safely', summary: 'How 3-D Secure protects you.', body: 'Text', tags: ['payment'] },
    { id: 'storm', title: 'Storm damage', body: '<script>alert(1)</script> and [x](javascript:alert(1))' },
  ],
  pages: [{ id: 'pay', match: '/pay', articles: ['secure'], steps: [{ id: 'card', when: '#card', articles: ['declined'] }] }],
};

async function setup() {
  const platform = createMemoryPlatform('https://portal.test/pay');
  const engine = createEngine(platform);
  await engine.commands.init(config);
  engine.commands.open();
  render(<HubBody engine={engine} />);
  return { platform, engine };
}

afterEach(cleanup);

describe('HubBody', () => {
  it("shows the page's help, then the step's first when the step becomes active", async () => {
    const { platform } = await setup();
    const section = () => screen.getByRole('region', { name: /help for this/i });
    expect(screen.getAllByRole('region', { name: /help for this/i })).toHaveLength(1);
    expect(within(section()).getByRole('heading').textContent).toBe('Help for this page');
    expect(within(section()).getAllByRole('button').map((b) => b.dataset.articleId)).toEqual(['secure']);
    platform.setPresent(['#card']);
    // The step's own help first, under its heading; the page's other help under its own.
    const region = (name: string) => screen.getByRole('region', { name });
    await waitFor(() => expect(within(region('Help for this step')).getAllByRole('button').map((b) => b.dataset.articleId)).toEqual(['declined']));
    expect(within(region('Help for this page')).getAllByRole('button').map((b) => b.dataset.articleId)).toEqual(['secure']);
    expect(screen.getByText('How 3-D Secure protects you.')).toBeTruthy();
  });

  it('searches as the visitor types and announces the count', async () => {
    await setup();
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search help articles' }), { target: { value: 'payin' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('1 article found'));
    expect(screen.getByRole('button', { name: /Paying safely/ })).toBeTruthy();
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'zzzz' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/No articles match “zzzz”/));
  });

  it('renders an article from Markdown, safely, and takes a rating', async () => {
    const { engine, platform } = await setup();
    platform.setPresent(['#card']);
    fireEvent.click(await screen.findByRole('button', { name: /Why was my card declined/ }));
    expect(engine.state.view.value).toEqual({ name: 'article', id: 'declined' });
    const article = await screen.findByRole('article');
    await waitFor(() => expect(article.querySelector('li strong')?.textContent).toBe('Expired'));
    // The article's own headings sit below its title (an h2).
    expect(article.querySelector('[data-situ="article-body"] h3')?.textContent).toBe('Common reasons');
    const link = article.querySelector<HTMLAnchorElement>('[data-situ="article-body"] a')!;
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.getAttribute('target')).toBe('_blank');
    fireEvent.click(screen.getByRole('button', { name: 'Yes' }));
    await waitFor(() => expect(screen.getByText('Thank you for your feedback.')).toBeTruthy());
    expect(engine.state.viewed.value.find((v) => v.id === 'declined')?.helpful).toBe(true);
    expect(within(screen.getByRole('region', { name: 'Related articles' })).getByRole('button').dataset.articleId).toBe('secure');
  });

  it('never renders raw HTML or javascript: links from Markdown', async () => {
    const { engine } = await setup();
    engine.commands.article('storm');
    const body = await waitFor(() => {
      const el = document.querySelector('[data-situ="article-body"]')!;
      expect(el.textContent).toContain('and');
      return el;
    });
    expect(body.querySelector('script')).toBeNull();
    expect(body.textContent).toContain('<script>alert(1)</script>');
    expect(body.querySelector('a[href^="javascript"]')).toBeNull();
  });
});
