import { describe, expect, it } from 'vitest';
import { SearchIndex } from './searchIndex';

const articles = [
  { id: 'declined', title: 'Why was my card declined?', body: 'Your bank may have refused the payment.', tags: ['payment'] },
  { id: 'storm', title: 'Storm damage to your roof', body: 'Report it within 14 days with photos.' },
  { id: 'meter', title: 'Reading your meter', body: 'Find the meter cupboard; a payment is not needed.' },
  { id: 'water', title: 'Wat te doen bij waterschade?', body: 'Zet de hoofdkraan dicht. Bel één van onze adviseurs.', lang: 'nl' },
];

describe('SearchIndex', async () => {
  const index = new SearchIndex(articles);
  await index.ready;
  const ids = (q: string) => index.search(q).map((h) => h.id);

  it('finds by prefix while typing', () => {
    expect(ids('decl')).toEqual(['declined']);
    expect(ids('sto')).toEqual(['storm']);
    expect(ids('st')).toEqual([]);
  });
  it('tolerates one typo in a longer word', () => {
    expect(ids('declimed')).toEqual(['declined']);
    expect(ids('sturm damage')).toContain('storm');
  });
  it('weighs titles above bodies', () => {
    expect(ids('payment')[0]).toBe('declined');
    expect(ids('meter')[0]).toBe('meter');
  });
  it('folds diacritics', () => {
    expect(ids('een adviseur')).toEqual(['water']);
  });
  it('needs all words, else falls back to any', () => {
    expect(ids('storm roof')).toEqual(['storm']);
    expect(ids('storm zzzzzz')).toEqual(['storm']);
  });
  it('returns nothing for an empty query', () => {
    expect(index.search('   ')).toEqual([]);
  });
});
