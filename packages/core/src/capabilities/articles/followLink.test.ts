import { describe, expect, it } from 'vitest';
import type { Article } from './articles';
import { followLink, type LinkEvent } from './followLink';

const page = 'https://portal.test/billing/pay?invoice=7#top';
const articles: Article[] = [{ id: 'fees', title: 'Fees', url: '/help/fees' }];

function follow(href: string, take = false) {
  const events: LinkEvent[] = [];
  const action = followLink(href, page, articles, (e) => {
    events.push(e);
    if (take) e.preventDefault();
  });
  return { action, events };
}

describe('followLink', () => {
  it('opens another article in the hub, by its hash or its own URL', () => {
    expect(follow('#situ-article=card%20declined').action).toEqual({ kind: 'article', id: 'card declined' });
    expect(follow('/help/fees').action).toEqual({ kind: 'article', id: 'fees' });
  });

  it('treats the page the visitor is on as an anchor, never a reload', () => {
    expect(follow('/billing/pay?invoice=7').action).toEqual({ kind: 'here', hash: '' });
    expect(follow('#amount').action).toEqual({ kind: 'here', hash: '#amount' });
  });

  it('offers another page of the site to the host first', () => {
    const left = follow('/account');
    expect(left.action).toEqual({ kind: 'leave', url: 'https://portal.test/account' });
    expect(left.events.map((e) => e.url)).toEqual(['https://portal.test/account']);
    expect(follow('/account', true).action).toEqual({ kind: 'taken' });
  });

  it('leaves other sites and other schemes to the browser, and tells the host nothing', () => {
    for (const href of ['https://bank.example/help', 'mailto:help@portal.test', 'tel:+31201234567']) {
      const { action, events } = follow(href);
      expect(action).toEqual({ kind: 'default' });
      expect(events).toEqual([]);
    }
  });
});
