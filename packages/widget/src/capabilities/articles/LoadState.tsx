import type { Engine } from '@situ/core';
import { reactive } from '../../shell/reactive';

/** Says that the knowledge base is loading, or that it failed with a way to try again. */
export const LoadState = reactive(function LoadState({ engine }: { engine: Engine }) {
  const t = engine.state.t.value;
  const status = engine.state.articlesStatus.value;
  if (status === 'loading') return <p class="note" role="status">{t('articles.loading')}</p>;
  if (status !== 'error') return null;
  return (
    <div class="note" role="alert">
      <p>{t('articles.error')}</p>
      <button type="button" class="button" onClick={() => void engine.api.articles.loadArticles()}>
        {t('articles.retry')}
      </button>
    </div>
  );
});
