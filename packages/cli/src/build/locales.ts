/** A language code as core's schema accepts it: `nl`, `en-GB`. */
export const LOCALE = /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/;

/** The locale a build falls back to when neither option nor config names one. */
export const DEFAULT_LOCALE = 'en';

/**
 * Splits a Markdown path into the article's default id and the locale its name carries:
 * `payments/fees.nl.md` is `payments/fees` in `nl`; `payments/fees.md` names no locale.
 */
export function splitName(rel: string): { id: string; locale: string | undefined } {
  const stem = rel.replace(/\.(md|markdown)$/i, '');
  const dot = stem.lastIndexOf('.');
  const slash = stem.lastIndexOf('/');
  if (dot > slash + 1) {
    const suffix = stem.slice(dot + 1);
    if (LOCALE.test(suffix)) return { id: stem.slice(0, dot), locale: suffix };
  }
  return { id: stem, locale: undefined };
}

/** Where a locale placeholder goes in `--out`. */
export const LOCALE_PLACEHOLDER = '{locale}';

/**
 * Groups articles into output files. With `{locale}` in `out`, each locale gets its own file
 * with the default locale's articles it has no translation of, so a visitor downloads one file;
 * without it, one file holds every locale's articles.
 */
export function splitByLocale<T extends { id: string; lang: string }>(
  articles: readonly T[],
  out: string,
  defaultLocale: string,
): { file: string; articles: T[] }[] {
  if (!out.includes(LOCALE_PLACEHOLDER)) return [{ file: out, articles: [...articles] }];
  const locales = [...new Set(articles.map((a) => a.lang))].sort();
  return locales.map((locale) => {
    const own = articles.filter((a) => a.lang === locale);
    const ids = new Set(own.map((a) => a.id));
    const fallback = locale === defaultLocale ? [] : articles.filter((a) => a.lang === defaultLocale && !ids.has(a.id));
    return { file: out.replaceAll(LOCALE_PLACEHOLDER, locale), articles: sortArticles([...own, ...fallback]) };
  });
}

/** By id, then locale: the order every output file uses. */
export function sortArticles<T extends { id: string; lang: string }>(articles: T[]): T[] {
  const key = (a: T) => `${a.id}\u0000${a.lang}`;
  return articles.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
