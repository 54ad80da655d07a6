import type { Engine, HubView } from '@situ/core';
import { prepareRenderer } from '../../content/prepareRenderer';
import { useRef, useState } from 'preact/hooks';
import { reactive } from '../../shell/reactive';
import { ArticleList } from '../articles/ArticleList';
import { ContactLink } from '../contact/ContactLink';
import { LoadState } from '../articles/LoadState';
import { ArticleBody } from './ArticleBody';
import type { LeaveChoice as Choice } from './LeaveChoice';

/** One article: title, body, "Did this help?", and related articles. */
export const ArticleView = reactive(function ArticleView({ engine, view }: { engine: Engine; view: HubView }) {
  const id = view.id ?? '';
  const t = engine.state.t.value;
  const article = engine.state.byId.value.get(id);
  const thanks = useRef<HTMLParagraphElement>(null);
  // Asked only when a link would leave a page holding typed input: the question is a lazy chunk.
  const [leaving, setLeaving] = useState<{ url: string; Choice: typeof Choice } | null>(null);
  const onLeave = (url: string) =>
    void import('./LeaveChoice').then(({ LeaveChoice }) => setLeaving({ url, Choice: LeaveChoice }));
  if (!article) {
    return (
      <div>
        <LoadState engine={engine} />
        {engine.state.articlesStatus.value === 'ready' && (
          <p class="note" role="alert">
            {t('article.missing')}
          </p>
        )}
      </div>
    );
  }
  const helpful = engine.state.ratings.value[id] ?? null;
  const related = engine.api.articles.related(id);
  const rate = (answer: boolean) => {
    engine.api.reading.rate(id, answer);
    // The buttons go; focus goes to the thanks, which is read out, not to the page behind.
    thanks.current?.focus();
  };
  return (
    <article data-situ="article" class="article" lang={article.lang} aria-labelledby="situ-article-title">
      <h2 id="situ-article-title" data-situ="view-title" class="article-title" tabIndex={-1}>
        {article.title}
      </h2>
      <ArticleBody engine={engine} article={article} onLeave={onLeave} />
      {leaving && <leaving.Choice engine={engine} url={leaving.url} onStay={() => setLeaving(null)} />}
      {helpful === null && (
        <div class="rate" role="group" aria-labelledby="situ-rate-question">
          <p id="situ-rate-question" class="rate-question">
            {t('article.helpful')}
          </p>
          <div class="rate-buttons">
            <button type="button" class="button" data-situ="rate-yes" onClick={() => rate(true)}>
              {t('article.yes')}
            </button>
            <button type="button" class="button" data-situ="rate-no" onClick={() => rate(false)}>
              {t('article.no')}
            </button>
          </div>
        </div>
      )}
      {/* Always present, so screen readers announce the thanks when it appears. */}
      <p class="rate-thanks" role="status" data-situ="rate-thanks" tabIndex={-1} ref={thanks}>
        {helpful !== null && t('article.thanks')}
      </p>
      <ContactLink engine={engine} label="contact.still" />
      {related.length > 0 && (
        <section data-situ="related" aria-labelledby="situ-related-title">
          <h3 id="situ-related-title" class="section-title">
            {t('article.related')}
          </h3>
          <ArticleList engine={engine} articles={related} prepare={prepareRenderer} withSnippets={false} />
        </section>
      )}
    </article>
  );
});
