import MiniSearch, { type SearchOptions } from 'minisearch';
import type { Article } from '../config/schema';
import { normalizeTerm } from './normalize';

/** One search result. */
export interface SearchHit {
  /** The article's id. */
  id: string;
  /** MiniSearch's relevance score; higher is better. */
  score: number;
}

/** Articles indexed per slice while building; one slice stays well under a 50 ms long task. */
export const INDEX_SLICE = 40;

/** How many results a search returns at most. */
export const SEARCH_LIMIT = 20;

// Prefix matching on the term being typed and on longer terms; one typo allowed only on terms
// over four letters. Fuzzy matching on short prefixes is what makes a keystroke slow.
const searchOptions: SearchOptions = {
  boost: { title: 4, tags: 2 },
  prefix: (term, i, terms) => term.length > 2 || i === terms.length - 1,
  fuzzy: (term) => (term.length > 4 ? 1 : false),
  maxFuzzy: 1,
  combineWith: 'AND',
};

/**
 * A full-text index over articles (MiniSearch). Building runs in slices that yield to the page
 * between them, so a large knowledge base never blocks it.
 */
export class SearchIndex {
  private readonly index = new MiniSearch<Article>({
    fields: ['title', 'tags', 'text'],
    storeFields: [],
    extractField: (article, field) => {
      if (field === 'tags') return (article.tags ?? []).join(' ');
      if (field === 'text') return article.text ?? article.body ?? '';
      return (article as unknown as Record<string, string>)[field] ?? '';
    },
    processTerm: (term) => normalizeTerm(term),
    searchOptions,
  });

  /** Settles when every article given to the constructor is indexed. */
  readonly ready: Promise<void>;

  constructor(articles: readonly Article[]) {
    this.ready = this.index.addAllAsync(articles, { chunkSize: INDEX_SLICE });
  }

  /** The best matches for `query`, best first; all words must match, else any may. */
  search(query: string, limit = SEARCH_LIMIT): SearchHit[] {
    const q = query.trim();
    if (!q) return [];
    let hits = this.index.search(q);
    if (hits.length === 0 && /\s/.test(q)) hits = this.index.search(q, { combineWith: 'OR' });
    return hits.slice(0, limit).map((h) => ({ id: String(h.id), score: h.score }));
  }
}
