import { describe, expect, it } from 'vitest';
import type { Article } from './config';
import { localeUrls, localize } from './localize';

const a = (id: string, lang?: string): Article => ({ id, title: `${id} ${lang ?? ''}`, ...(lang ? { lang } : {}) });

describe('localize', () => {
  const list = [a('refund', 'en'), a('refund', 'nl'), a('fees'), a('claim', 'nl-BE'), a('claim', 'en')];

  it('shows each article once, in the visitor language, else the default language', () => {
    expect(localize(list, 'nl', 'en').map((x) => x.title)).toEqual(['refund nl', 'fees ', 'claim nl-BE']);
    expect(localize(list, 'en', 'en').map((x) => x.title)).toEqual(['refund en', 'fees ', 'claim en']);
  });

  it('prefers the exact locale, then its language, then the default', () => {
    const both = [a('x', 'en'), a('x', 'nl'), a('x', 'nl-BE')];
    expect(localize(both, 'nl-BE', 'en')[0]!.lang).toBe('nl-BE');
    expect(localize(both, 'nl-NL', 'en')[0]!.lang).toBe('nl');
    expect(localize(both, 'de', 'en')[0]!.lang).toBe('en');
    expect(localize([a('y', 'fr'), a('y', 'de')], 'nl', 'en')[0]!.lang).toBe('fr');
  });

  it('returns the same list when every article is in one language', () => {
    const one = [a('p'), a('q')];
    expect(localize(one, 'nl', 'en')).toBe(one);
  });
});

describe('localeUrls', () => {
  it('tries the locale, its language, then the default', () => {
    expect(localeUrls('/help/articles.{locale}.json', 'nl-BE', 'en')).toEqual([
      '/help/articles.nl-BE.json',
      '/help/articles.nl.json',
      '/help/articles.en.json',
    ]);
    expect(localeUrls('/help/articles.{locale}.json', 'en', 'en')).toEqual(['/help/articles.en.json']);
  });

  it('leaves a URL without {locale} alone', () => {
    expect(localeUrls('/help/articles.json', 'nl', 'en')).toEqual(['/help/articles.json']);
  });
});
