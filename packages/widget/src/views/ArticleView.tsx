import type { Engine } from '@situ/core';
import type { Ref } from 'preact';
import { ArticleBody } from './ArticleBody';
import { ArticleList } from './ArticleList';
import { LoadState } from './LoadState';

/** One article: title, body, "Did this help?", and related articles. */
export function ArticleView({ engine, id, headingRef }: { engine: Engine; id: string; headingRef?: Ref<HTMLHeadingElement> }) {
  const t = engine.t.value;
  const article = engine.getArticle(id);
  if (!article) {
    return (
      <div>
        <LoadState engine={engine} />
        {engine.articlesStatus.value === 'ready' && (
          <p class="note" role="alert">
            {t('article.missing')}
          </p>
        )}
      </div>
    );
  }
  const helpful = engine.viewed.value.find((v) => v.id === id)?.helpful ?? null;
  const related = engine.related(id);
  return (
    <article data-situ="article" class="article" lang={article.lang} aria-labelledby="situ-article-title">
      <h2 id="situ-article-title" class="article-title" tabIndex={-1} ref={headingRef}>
        {article.title}
      </h2>
      <ArticleBody engine={engine} article={article} />
      {helpful === null && (
        <div class="rate" role="group" aria-labelledby="situ-rate-question">
          <p id="situ-rate-question" class="rate-question">
            {t('article.helpful')}
          </p>
          <div class="rate-buttons">
            <button type="button" class="button" data-situ="rate-yes" onClick={() => engine.rate(id, true)}>
              {t('article.yes')}
            </button>
            <button type="button" class="button" data-situ="rate-no" onClick={() => engine.rate(id, false)}>
              {t('article.no')}
            </button>
          </div>
        </div>
      )}
      {/* Always present, so screen readers announce the thanks when it appears. */}
      <p class="rate-thanks" role="status">
        {helpful !== null && t('article.thanks')}
      </p>
      {related.length > 0 && (
        <section data-situ="related" aria-labelledby="situ-related-title">
          <h3 id="situ-related-title" class="section-title">
            {t('article.related')}
          </h3>
          <ArticleList engine={engine} articles={related} withSnippets={false} />
        </section>
      )}
    </article>
  );
}
