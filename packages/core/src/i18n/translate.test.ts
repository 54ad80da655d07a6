import { describe, expect, it } from 'vitest';
import { createTranslate, loadMessages } from './translate';

describe('createTranslate', () => {
  it('formats parameters and picks plural forms', () => {
    const t = createTranslate('en');
    expect(t('search.results', { count: 1 })).toBe('1 article found');
    expect(t('search.results', { count: 1200 })).toBe('1,200 articles found');
    expect(t('search.none', { query: 'x' })).toContain('“x”');
  });
  it('uses Dutch once loaded, and English for anything missing', async () => {
    const nl = await loadMessages('nl-NL');
    const t = createTranslate('nl-NL', {}, nl);
    expect(t('hub.title')).toBe('Hulp nodig?');
    expect(t('search.results', { count: 2 })).toBe('2 artikelen gevonden');
    expect(createTranslate('de', {}, await loadMessages('de'))('hub.title')).toBe('Need help?');
  });
  it('lets the config override any string, per language', () => {
    const t = createTranslate('nl', { nl: { 'hub.title': 'Vragen?' }, en: { 'hub.title': 'Questions?' } });
    expect(t('hub.title')).toBe('Vragen?');
    expect(createTranslate('en', { en: { 'hub.title': 'Questions?' } })('hub.title')).toBe('Questions?');
  });
});
