import type { Engine } from '@situ/core';
import { prepareRenderer } from '../../content/prepareRenderer';
import { useEffect, useState } from 'preact/hooks';
import { ArticleList } from '../articles/ArticleList';
import { Home } from '../articles/Home';
import { LoadState } from '../articles/LoadState';
import { reactive } from '../../shell/reactive';

/** How long the result count waits for typing to pause before it is announced, in ms. */
export const ANNOUNCE_AFTER_MS = 600;

/** Live search results, with a polite status line that announces how many were found. */
export const Results = reactive(function Results({ engine }: { engine: Engine }) {
  const t = engine.state.t.value;
  const state = engine.state.searchState.value;
  const byId = engine.state.byId.value;
  const articles = (state?.ids ?? []).flatMap((id) => byId.get(id) ?? []);
  let status = '';
  if (state?.pending) status = t('search.searching');
  else if (state && !state.short && articles.length === 0) status = t('search.none', { query: state.query });
  else if (state && !state.short) status = t('search.results', { count: articles.length });
  // A live region that changed on every keystroke would talk over the visitor's typing: the
  // status settles first. The results themselves follow each keystroke.
  const [announced, setAnnounced] = useState(status);
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(status), status ? ANNOUNCE_AFTER_MS : 0);
    return () => clearTimeout(timer);
  }, [status]);
  return (
    <section data-situ="results" aria-label={t('search.label')}>
      <p data-situ="results-status" class="results-status" role="status">
        {announced}
      </p>
      <LoadState engine={engine} />
      {articles.length > 0 && <ArticleList engine={engine} articles={articles} prepare={prepareRenderer} />}
    </section>
  );
});

/** The search view: results, and while the query is short or nothing matches, the help for this step. */
export const SearchView = reactive(function SearchView({ engine }: { engine: Engine }) {
  const state = engine.state.searchState.value;
  return (
    <>
      <Results engine={engine} />
      {state && !state.pending && state.ids.length === 0 && <Home engine={engine} />}
    </>
  );
});
