import type { Article } from './config';

/** An article's language: its own `lang`, else the site's default. */
const langOf = (article: Article, defaultLocale: string) => (article.lang ?? defaultLocale).toLowerCase();
const baseOf = (code: string) => code.split('-')[0]!;

/**
 * One article per id, in the visitor's language: the exact locale (`nl-BE`), else its language
 * (`nl`), else the site's default locale, else whichever came first. An article not translated yet
 * is thus shown in the default language rather than missing; order is that of first appearance.
 */
export function localize(list: readonly Article[], locale: string, defaultLocale: string): readonly Article[] {
  const want = locale.toLowerCase();
  const rank = (article: Article) => {
    const lang = langOf(article, defaultLocale);
    if (lang === want) return 0;
    if (baseOf(lang) === baseOf(want)) return 1;
    if (lang === defaultLocale.toLowerCase()) return 2;
    return 3;
  };
  const best = new Map<string, Article>();
  for (const article of list) {
    const chosen = best.get(article.id);
    if (!chosen || rank(article) < rank(chosen)) best.set(article.id, article);
  }
  // Every article in one language (the common case): the list as it is, so nothing downstream
  // (the search index) sees a new list.
  return best.size === list.length ? list : [...best.values()];
}

/**
 * The URLs to try for an `articlesUrl` with `{locale}` in it, best first: the visitor's locale,
 * its language, then the site's default. One file per locale means a visitor downloads only theirs.
 */
export function localeUrls(template: string, locale: string, defaultLocale: string): string[] {
  if (!template.includes('{locale}')) return [template];
  const codes = [locale, baseOf(locale), defaultLocale];
  return [...new Set(codes.map((code) => template.replaceAll('{locale}', encodeURIComponent(code))))];
}
