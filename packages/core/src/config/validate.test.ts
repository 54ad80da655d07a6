import { describe, expect, it } from 'vitest';
import { formatPath } from './validate';
import { validateConfig as validateWith } from './schema';
import { capabilities } from '../capabilities';
import { validateArticles } from '../capabilities/articles/config';
import { createMemoryPlatform } from '../platform/memoryPlatform';
import type { SchemaChecks } from './fields';

const platform = createMemoryPlatform();
const checks: SchemaChecks = {
  isSelector: platform.isSelector,
  isColor: platform.isColor,
  isUrlPattern: (p: unknown) => typeof p === 'object' || (typeof p === 'string' && p.startsWith('/')),
};

const validateConfig = (input: unknown, c: SchemaChecks) => validateWith(capabilities, input, c);

const good = {
  version: 1,
  site: 'northwind',
  articles: [
    { id: 'card-declined', title: 'Why was my card declined?', body: 'Text', tags: ['payment'] },
    { id: 'secure', title: 'Paying safely', body: 'Text' },
  ],
  pages: [
    { id: 'pay', match: '/checkout/payment', articles: ['secure'], steps: [{ id: 'card', when: '#card-form', articles: ['card-declined'] }] },
  ],
};

describe('validateConfig', () => {
  it('accepts a valid config unchanged and reports nothing', async () => {
    const result = await validateConfig(good, checks);
    expect(result.problems).toEqual([]);
    expect(result.config.pages?.[0]?.steps?.[0]?.id).toBe('card');
  });

  it('reports every problem by path and keeps the valid parts', async () => {
    const bad = {
      ...good,
      theme: { accent: 'not a colour!', position: 'bottom-left' },
      articles: [...good.articles, { id: 'no-title', body: 'x' }],
      pages: [
        ...good.pages,
        { id: 'broken', match: 42 },
        { id: 'hints', match: '/x', hints: [{ id: 'h', target: '>>', body: 'b' }, { id: 'ok', target: '#ok', body: 'b' }] },
      ],
      unknownField: true,
    };
    const { config, problems } = await validateConfig(bad, checks);
    const paths = problems.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining(['theme.accent', 'articles[2].title', 'pages[1].match', 'pages[2].hints[0].target', 'unknownField']),
    );
    expect(problems.find((p) => p.path === 'pages[2].hints[0].target')?.message).toBe('expected a CSS selector');
    // Valid parts survive: the other articles, the good page, the good hint, the good theme field.
    expect(config.articles?.map((a) => a.id)).toEqual(['card-declined', 'secure']);
    expect(config.pages?.map((p) => p.id)).toEqual(['pay', 'hints']);
    expect(config.pages?.[1]?.hints?.map((h) => h.id)).toEqual(['ok']);
    expect(config.theme).toEqual({ position: 'bottom-left' });
    expect(problems.find((p) => p.path === 'unknownField')?.message).toBe('unknown field; check its spelling');
    expect(problems.find((p) => p.path === 'articles[2].title')?.message).toBe('required, but missing');
  });

  it('drops an invalid optional field without its entry', async () => {
    const { config, problems } = await validateConfig(
      { version: 1, articles: [{ id: 'a', title: 'A', lang: 'Dutch!' }], pages: [{ id: 'p', match: '/p', title: 7 }] },
      checks,
    );
    expect(problems.map((p) => p.path)).toEqual(['articles[0].lang', 'pages[0].title']);
    expect(config.articles).toEqual([{ id: 'a', title: 'A' }]);
    expect(config.pages).toEqual([{ id: 'p', match: '/p' }]);
  });

  it('drops one bad message override, not the others', async () => {
    const { config } = await validateConfig({ version: 1, messages: { nl: { 'hub.title': 'Vragen?', 'hub.close': 5 } } }, checks);
    expect(config.messages).toEqual({ nl: { 'hub.title': 'Vragen?' } });
  });

  it('drops only the invalid optional field of an entry, not the entry', async () => {
    const { config, problems } = await validateConfig(
      { version: 1, pages: [{ id: 'p', match: '/p', steps: [{ id: 's', when: '>>' }] }] },
      checks,
    );
    expect(problems.map((p) => p.path)).toEqual(['pages[0].steps[0].when']);
    expect(config.pages?.[0]?.steps).toEqual([{ id: 's' }]);
  });

  it('rejects a non-object with one problem at the root', async () => {
    const { config, problems } = await validateConfig('nope', checks);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('(config)');
    expect(config).toEqual({ version: 1 });
  });

  it('reports a wrong version and still uses the rest', async () => {
    const { config, problems } = await validateConfig({ ...good, version: 2 }, checks);
    expect(problems.map((p) => p.path)).toEqual(['version']);
    expect(config.pages).toHaveLength(1);
  });
});

describe('validateArticles', () => {
  it('keeps valid fetched articles and reports the others', async () => {
    const { articles, problems } = validateArticles([{ id: 'a', title: 'A' }, { id: 'b' }, 'junk']);
    expect(articles.map((a) => a.id)).toEqual(['a']);
    expect(problems.map((p) => p.path)).toEqual(expect.arrayContaining(['articles[1].title', 'articles[2]']));
  });
});

describe('formatPath', () => {
  it('formats keys and indexes', async () => {
    expect(formatPath(['pages', 2, 'hints', 0, 'target'])).toBe('pages[2].hints[0].target');
    expect(formatPath([])).toBe('(config)');
  });
});
