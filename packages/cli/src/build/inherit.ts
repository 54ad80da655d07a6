import type { BuiltArticle } from './build';

/** What a translation shares with its original unless it says otherwise: where it helps, and what it relates to. */
const SHARED = ['pages', 'steps', 'related'] as const;

/**
 * A translation takes `pages`, `steps` and `related` from the default locale's article with the
 * same id when its own front matter names none: a translator translates words, and the article
 * must still show on the same pages and steps for every visitor.
 */
export function inheritFromDefault(articles: BuiltArticle[], defaultLocale: string): void {
  const originals = new Map(articles.filter((a) => a.lang === defaultLocale).map((a) => [a.id, a]));
  for (const article of articles) {
    const original = originals.get(article.id);
    if (!original || original === article) continue;
    for (const key of SHARED) if (article[key] === undefined && original[key] !== undefined) article[key] = [...original[key]];
  }
}
