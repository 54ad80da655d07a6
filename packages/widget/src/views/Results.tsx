import type { Engine } from '@situ/core';
import { ArticleList } from './ArticleList';
import { Home } from './Home';
import { LoadState } from './LoadState';

/** Live search results, with a polite status line that announces how many were found. */
export function Results({ engine }: { engine: Engine }) {
  const t = engine.t.value;
  const state = engine.searchState.value;
  const byId = new Map(engine.articles.value.map((a) => [a.id, a]));
  const articles = (state?.ids ?? []).flatMap((id) => byId.get(id) ?? []);
  let status = '';
  if (state?.pending) status = t('search.searching');
  else if (state && articles.length === 0) status = t('search.none', { query: state.query });
  else if (state) status = t('search.results', { count: articles.length });
  return (
    <section data-situ="results" aria-label={t('search.label')}>
      <p data-situ="results-status" class="results-status" role="status">
        {status}
      </p>
      <LoadState engine={engine} />
      {articles.length > 0 && <ArticleList engine={engine} articles={articles} />}
    </section>
  );
}

/** The search view: results, and when nothing matches, the help for this step still. */
export function SearchView({ engine }: { engine: Engine }) {
  const state = engine.searchState.value;
  return (
    <>
      <Results engine={engine} />
      {state && !state.pending && state.ids.length === 0 && <Home engine={engine} />}
    </>
  );
}
