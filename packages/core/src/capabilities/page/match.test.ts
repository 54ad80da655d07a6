import { describe, expect, it } from 'vitest';
import type { Page } from './page';
import { activeStep, stepSelectors } from './activeStep';
import { compilePages, matchPage } from './matchPage';
import { suggest } from '../articles/suggest';
import { loadURLPattern } from './urlPattern';

const pages: Page[] = [
  { id: 'claim', match: '/claims/:id', steps: [{ id: 'what', when: '#s1', articles: ['a'] }, { id: 'when', when: '#s2' }], articles: ['b', 'a'] },
  { id: 'help', match: '/help/*' },
  { id: 'search', match: { pathname: '/find', search: 'q=*' } },
  { id: 'either', match: ['/one', '/two'] },
];

describe('matchPage', async () => {
  const Pattern = await loadURLPattern();
  const compiled = compilePages(Pattern, pages);
  const at = (path: string) => matchPage(compiled, `https://example.test${path}`)?.id ?? null;

  it('matches pathname patterns with params and wildcards', () => {
    expect(at('/claims/88')).toBe('claim');
    expect(at('/claims/88?x=1#top')).toBe('claim');
    expect(at('/help/payments/cards')).toBe('help');
    expect(at('/claims')).toBeNull();
  });
  it('matches search components when given', () => {
    expect(at('/find?q=card')).toBe('search');
    expect(at('/find?other=1')).toBeNull();
  });
  it('accepts a list of patterns', () => {
    expect(at('/two')).toBe('either');
  });
});

describe('activeStep', () => {
  const page = pages[0]!;
  it('is the later matching step in config order', () => {
    expect(activeStep(page, new Set(['#s1']), null)).toBe('what');
    expect(activeStep(page, new Set(['#s1', '#s2']), null)).toBe('when');
    expect(activeStep(page, new Set(), null)).toBeNull();
  });
  it('lets the host override', () => {
    expect(activeStep(page, new Set(['#s1']), 'custom')).toBe('custom');
  });
  it('lists the selectors to watch', () => {
    expect(stepSelectors(page)).toEqual(['#s1', '#s2']);
    expect(stepSelectors(null)).toEqual([]);
  });
});

describe('suggest', () => {
  const page = pages[0]!;
  const listed = (...ids: string[]) => ids.map((id) => ({ id }));
  it("puts the step's articles first, then the page's, without repeats", () => {
    expect(suggest(page, 'what', listed('a', 'b', 'c'))).toMatchObject({ source: 'step', ids: ['a', 'b'] });
    // Each under its own heading: the step's help, then the page's other help.
    expect(suggest(page, 'what', []).groups).toEqual([
      { source: 'step', ids: ['a'] },
      { source: 'page', ids: ['b'] },
    ]);
  });
  it("uses the page's articles for a step without its own", () => {
    expect(suggest(page, 'when', [])).toEqual({ source: 'page', ids: ['b', 'a'], groups: [{ source: 'page', ids: ['b', 'a'] }] });
  });
  it('falls back to popular articles', () => {
    expect(suggest(null, null, listed('1', '2', '3', '4', '5', '6'))).toMatchObject({ source: 'popular', ids: ['1', '2', '3', '4', '5'] });
  });
});

describe('matchPage at scale', async () => {
  const Pattern = await loadURLPattern();
  it('passes over pages whose literal start the URL lacks, without compiling them', () => {
    const many: Page[] = Array.from({ length: 5000 }, (_, i) => ({ id: `p${i}`, match: `/section/${i}/:id` }));
    const compiled = compilePages(Pattern, [...many, { id: 'opt', match: '/colo{u}?r' }, { id: 'hash', match: { hash: '/x/*' } }]);
    expect(matchPage(compiled, 'https://x.test/section/4999/7')?.id).toBe('p4999');
    // Only the page that matched was compiled: the rest were told apart by their prefix.
    let built = 0;
    const counting = class extends Pattern { constructor(...a: ConstructorParameters<typeof Pattern>) { super(...a); built++; } };
    const again = compilePages(counting as typeof Pattern, many);
    expect(matchPage(again, 'https://x.test/section/4999/7')?.id).toBe('p4999');
    expect(built).toBe(1);
    expect(matchPage(compiled, 'https://x.test/color')?.id).toBe('opt');
    expect(matchPage(compiled, 'https://x.test/anything#/x/1')?.id).toBe('hash');
  });
});

describe('URL pattern checks', () => {
  it('accepts plain paths with parameters and wildcards without compiling them, and still rejects broken ones', async () => {
    const { isUrlPattern } = await import('./config');
    await loadURLPattern();
    for (const ok of ['/claims/:id', '/help/*', '/a-b/c_d.json', '/x/:id/edit', { pathname: '/p/(\\d+)' }]) expect(isUrlPattern(ok), JSON.stringify(ok)).toBe(true);
    for (const bad of ['/x/:', '/x/(', { pathname: '/p/(' }]) expect(isUrlPattern(bad), JSON.stringify(bad)).toBe(false);
  });
});
