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
});
