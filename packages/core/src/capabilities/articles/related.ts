import type { Article } from './articles';

/** How many related articles an article shows. */
export const RELATED_COUNT = 3;

/** An article's `related` ids, else the articles sharing most of its tags, in config order. */
export function relatedArticles(article: Article, all: readonly Article[], limit = RELATED_COUNT): Article[] {
  const byId = new Map(all.map((a) => [a.id, a]));
  if (article.related?.length) {
    return article.related.flatMap((id) => byId.get(id) ?? []).filter((a) => a.id !== article.id).slice(0, limit);
  }
  const tags = new Set(article.tags ?? []);
  if (tags.size === 0) return [];
  return all
    .filter((a) => a.id !== article.id)
    .map((a, order) => ({ a, order, shared: (a.tags ?? []).filter((t) => tags.has(t)).length }))
    .filter((x) => x.shared > 0)
    .sort((x, y) => y.shared - x.shared || x.order - y.order)
    .slice(0, limit)
    .map((x) => x.a);
}
