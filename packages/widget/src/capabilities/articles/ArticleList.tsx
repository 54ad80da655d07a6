import type { Article, Engine } from '@situ/core';
import { snippet } from '../../content/snippet';

/** A list of articles, each a button that opens it in the hub (in place, never opening another panel). */
export function ArticleList({ engine, articles, withSnippets = true }: { engine: Engine; articles: readonly Article[]; withSnippets?: boolean }) {
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
          >
            <span class="item-title">{article.title}</span>
            {withSnippets && <span class="item-snippet">{snippet(article)}</span>}
          </button>
        </li>
      ))}
    </ul>
  );
}
