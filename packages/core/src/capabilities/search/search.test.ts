import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine';
import { createMemoryPlatform } from '../../platform/memoryPlatform';
import { normalizeQuery } from './search';

const config = { version: 1, articles: [{ id: 'declined', title: 'Why was my card declined?', body: 'Ask your bank.' }] };

describe('search', () => {
  it('keeps the query exactly as typed, and searches its normalised form', async () => {
    const engine = createEngine(createMemoryPlatform('https://portal.test/'));
    await engine.commands.init(config);
    engine.commands.open();
    for (const typed of ['c', 'ca', 'car', 'card', 'card ', 'card d', 'card de', 'card declined ']) {
      engine.api.search.search(typed);
      expect(engine.state.query.value).toBe(typed);
    }
    await expect.poll(() => engine.state.searchState.value?.pending).toBe(false);
    expect(engine.state.searchState.value).toEqual({ query: 'card declined', ids: ['declined'], pending: false, short: false });
  });

  it('does not search one or two letters', async () => {
    const engine = createEngine(createMemoryPlatform('https://portal.test/'));
    await engine.commands.init(config);
    engine.api.search.search(' c');
    expect(engine.state.searchState.value).toEqual({ query: 'c', ids: [], pending: false, short: true });
    expect(engine.state.view.value).toEqual({ name: 'search' });
  });

  it('normalises spaces', () => {
    expect(normalizeQuery('  card \t declined  ')).toBe('card declined');
  });
});
