import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import type { Article } from '../articles/articles';
import { inSlices } from '../../util/yieldToPage';
import { normalizeTerm } from './normalize';

/** One search result. */
export interface SearchHit {
  /** The article's id. */
  id: string;
  /** MiniSearch's relevance score; higher is better. */
  score: number;
}

/** How many results a search returns at most. */
export const SEARCH_LIMIT = 20;

// Searching runs in phases, cheapest first: prefix matching alone (on terms of three letters or
// more: shorter prefixes expand to much of the index) answers most keystrokes; one typo is allowed on terms over four letters only
// when that finds nothing, since fuzzy matching is what makes a keystroke slow; "any word"
// is the last resort for several words. Measured by scripts/bench-search.mjs.
const prefix: SearchOptions['prefix'] = (term) => term.length > 2;
const phases: SearchOptions[] = [
  { prefix, combineWith: 'AND' },
  { prefix, fuzzy: (term) => (term.length > 4 ? 1 : false), maxFuzzy: 1, combineWith: 'AND' },
  { prefix, combineWith: 'OR' },
];

/** The index's MiniSearch options (exported for the benchmarks, which compare ways of building it). */
export const indexOptions: Options<Article> = {
  fields: ['title', 'tags', 'text'],
  storeFields: [],
  extractField: (article, field) => {
    if (field === 'tags') return (article.tags ?? []).join(' ');
    if (field === 'text') return article.text ?? article.body ?? '';
    return (article as unknown as Record<string, string>)[field] ?? '';
  },
  processTerm: (term) => normalizeTerm(term),
  searchOptions: { boost: { title: 4, tags: 2 } },
};

/**
 * A full-text index over articles (MiniSearch). Building runs in slices of a few milliseconds
 * that yield to the page between them (measured against a worker and an index built ahead of
 * time: docs/decisions.md, "Search at scale"), so a large knowledge base never blocks it.
 */
export class SearchIndex {
  private readonly index = new MiniSearch<Article>(indexOptions);

  /** Settles when every article given to the constructor is indexed. */
  readonly ready: Promise<void>;

  constructor(articles: readonly Article[]) {
    this.ready = inSlices(articles, (article) => this.index.add(article));
  }

  /** The best matches for `query`, best first: all words (allowing one typo in long ones), else any. */
  search(query: string, limit = SEARCH_LIMIT): SearchHit[] {
    const q = query.trim();
    if (!q) return [];
    const several = /\s/.test(q);
    for (const [i, options] of phases.entries()) {
      if (i === 2 && !several) break;
      const hits = this.index.search(q, options);
      if (hits.length > 0) return hits.slice(0, limit).map((h) => ({ id: String(h.id), score: h.score }));
    }
    return [];
  }
}
