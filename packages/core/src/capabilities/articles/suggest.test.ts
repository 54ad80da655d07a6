import { describe, expect, it } from 'vitest';
import type { Page } from '../page/page';
import { suggest } from './suggest';

const payment: Page = { id: 'payment', match: '/pay', articles: ['fees'], steps: [{ id: 'card', articles: ['declined'] }, { id: 'review' }] };

describe('suggest with articles that name their pages and steps', () => {
  const kb = [
    { id: 'declined' },
    { id: 'fees' },
    { id: '3ds', steps: ['payment/card'] },
    { id: 'cards', steps: ['card'] },
    { id: 'other-card', steps: ['checkout/card'] },
    { id: 'refunds', pages: ['payment'] },
    { id: 'elsewhere', pages: ['account'] },
  ];

  it("puts the config's lists first, then the articles that name this step or page", () => {
    expect(suggest(payment, 'card', kb).groups).toEqual([
      { source: 'step', ids: ['declined', '3ds', 'cards'] },
      { source: 'page', ids: ['fees', 'refunds'] },
    ]);
  });

  it('matches a step named alone on any page, or qualified by this page only', () => {
    expect(suggest(payment, 'review', kb).groups).toEqual([{ source: 'page', ids: ['fees', 'refunds'] }]);
    const checkout: Page = { id: 'checkout', match: '/checkout', steps: [{ id: 'card' }] };
    expect(suggest(checkout, 'card', kb).ids).toEqual(['cards', 'other-card']);
  });

  it('offers an article that names the page even where the config lists none', () => {
    const account: Page = { id: 'account', match: '/account' };
    expect(suggest(account, null, kb)).toMatchObject({ source: 'page', ids: ['elsewhere'] });
  });
});
