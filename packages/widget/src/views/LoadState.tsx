import type { Engine } from '@situ/core';

/** Says that the knowledge base is loading, or that it failed with a way to try again. */
export function LoadState({ engine }: { engine: Engine }) {
  const t = engine.t.value;
  const status = engine.articlesStatus.value;
  if (status === 'loading') return <p class="note" role="status">{t('articles.loading')}</p>;
  if (status !== 'error') return null;
  return (
    <div class="note" role="alert">
      <p>{t('articles.error')}</p>
      <button type="button" class="button" onClick={() => void engine.loadArticles()}>
        {t('articles.retry')}
      </button>
    </div>
  );
}
