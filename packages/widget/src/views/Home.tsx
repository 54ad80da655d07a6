import type { Engine } from '@situ/core';
import { ArticleList } from './ArticleList';
import { LoadState } from './LoadState';

const HEADINGS = { step: 'home.step', page: 'home.page', popular: 'home.popular' } as const;

/** The hub's home: the help for this page and step, best first. */
export function Home({ engine }: { engine: Engine }) {
  const t = engine.t.value;
  const { source, articles } = engine.suggestions.value;
  const status = engine.articlesStatus.value;
  return (
    <section data-situ="suggestions" aria-labelledby="situ-suggestions-title">
      <h3 id="situ-suggestions-title" class="section-title">
        {t(HEADINGS[source])}
      </h3>
      <LoadState engine={engine} />
      {articles.length > 0 ? (
        <ArticleList engine={engine} articles={articles} />
      ) : (
        status === 'ready' && <p class="note">{t('home.empty')}</p>
      )}
    </section>
  );
}
