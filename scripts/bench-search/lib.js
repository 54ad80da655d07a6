// The search the page, the worker and Node share: packages/core's SearchIndex itself, so all
// three ways index with the same MiniSearch options and search in the same phases.
import { SearchIndex, indexOptions } from '../../packages/core/src/capabilities/search/searchIndex.ts';

export { SearchIndex };
// The articles file as `situ build` writes it (one article per line) and as the widget reads it.
export { formatArticlesFile } from '../../packages/core/src/capabilities/articles/formatArticlesFile.ts';
export { readArticlesFile } from '../../packages/core/src/capabilities/articles/readArticlesFile.ts';
// The stamp `situ build` writes, and the page's check of it (in slices, as the widget does).
export { articlesStampOf, isArticlesFileChecked } from '../../packages/core/src/config/articlesStamp.ts';

// SearchIndex keeps its MiniSearch private (TypeScript only) and has no way to build in one go
// or to load a serialised index (Situ ships neither way: docs/decisions.md, "Search at scale"),
// so the benchmark reaches in, with the options SearchIndex exports.

/** A SearchIndex over `articles`, built in one synchronous call (for a worker or Node). */
export function buildAtOnce(articles) {
  const index = new SearchIndex([]);
  index.index.addAll(articles);
  return index;
}

/** The MiniSearch JSON of a SearchIndex (what `JSON.stringify(miniSearch)` gives). */
export const serialise = (index) => JSON.stringify(index.index);

/** A SearchIndex around a MiniSearch loaded from `json`, with SearchIndex's own options. */
export async function loadSerialised(json, { async = false } = {}) {
  const index = new SearchIndex([]);
  const MiniSearch = index.index.constructor; // core's own copy (the root has no minisearch of its own)
  index.index = async ? await MiniSearch.loadJSONAsync(json, indexOptions) : MiniSearch.loadJSON(json, indexOptions);
  return index;
}
