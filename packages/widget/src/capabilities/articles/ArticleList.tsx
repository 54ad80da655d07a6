import type { Article, Engine } from '@situ/core';
import { snippet } from '../../content/snippet';

/**
 * A list of articles, each a button that opens it in the hub (in place, never opening another
 * panel). `prepare` fetches the renderer as the visitor reaches for a link (`prepareRenderer`,
 * handed in rather than imported so that lazy views can use this list: rolldown/rolldown#10731).
 */
export function ArticleList({
  engine,
  articles,
  prepare,
  withSnippets = true,
}: {
  engine: Engine;
  articles: readonly Article[];
  prepare: (markdown: boolean) => Promise<unknown>;
  withSnippets?: boolean;
}) {
  return (
    <ul class="list">
      {articles.map((article) => (
        <li key={article.id}>
          <button
            type="button"
            class="item"
            data-situ="article-link"
            data-article-id={article.id}
            lang={article.lang}
            onClick={() => engine.api.hub.show({ name: 'article', id: article.id })}
            onPointerEnter={() => void prepare(article.html === undefined).catch(() => {})}
            onFocus={() => void prepare(article.html === undefined).catch(() => {})}
          >
            <span class="item-title">{article.title}</span>
            {withSnippets && <span class="item-snippet">{snippet(article)}</span>}
          </button>
        </li>
      ))}
    </ul>
  );
}
