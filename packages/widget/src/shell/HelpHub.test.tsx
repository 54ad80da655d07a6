import { createMemoryPlatform } from '@situ/core';
import { cleanup, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createSitu } from '../createSitu';
import { HelpHub } from './HelpHub';

afterEach(cleanup);

describe('HelpHub', () => {
  it("renders the hub inline, in its own shadow root, with the page's help", async () => {
    const situ = createSitu(undefined, { platform: createMemoryPlatform('https://app.test/billing') });
    await situ.init({
      version: 1,
      articles: [{ id: 'bill', title: 'Reading your bill' }, { id: 'other', title: 'Other' }],
      pages: [{ id: 'billing', match: '/billing', articles: ['bill'] }],
    });
    const { container } = render(<HelpHub situ={situ} />);
    const shadow = container.querySelector('[data-situ="help-hub"]')!.shadowRoot!;
    await waitFor(() => expect(shadow.querySelector('[data-situ="article-link"]')?.textContent).toContain('Reading your bill'));
    expect(shadow.querySelector('h3')?.textContent).toBe('Help for this page');
    expect(shadow.querySelector('[data-situ="search"]')).toBeTruthy();
    situ.destroy();
  });

  it("opens an article in place, never the floating panel, and follows the theme's scheme", async () => {
    const situ = createSitu(undefined, { platform: createMemoryPlatform('https://app.test/billing') });
    await situ.init({
      version: 1,
      theme: { scheme: 'dark' },
      articles: [{ id: 'bill', title: 'Reading your bill', body: 'Each line explained.' }],
      pages: [{ id: 'billing', match: '/billing', articles: ['bill'] }],
    });
    const { container } = render(<HelpHub situ={situ} nonce="n0nce" />);
    const host = container.querySelector<HTMLElement>('[data-situ="help-hub"]')!;
    const shadow = host.shadowRoot!;
    const link = await waitFor(() => shadow.querySelector<HTMLButtonElement>('[data-situ="article-link"]')!);
    link.click();
    await waitFor(() => expect(shadow.querySelector('[data-situ="article"] h2')?.textContent).toBe('Reading your bill'));
    expect(situ.engine.isOpen.value).toBe(false);
    expect(document.querySelector('situ-root')!.shadowRoot!.querySelector('dialog')!.open).toBe(false);
    expect(host.dataset.scheme).toBe('dark');
    situ.destroy();
  });
});
