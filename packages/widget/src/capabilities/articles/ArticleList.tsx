import type { Article, Engine } from '@situ/core';
import { snippet } from '../../content/snippet';
import { prepareRenderer } from '../reading/ArticleBody';

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
            onPointerEnter={() => void prepareRenderer(article.html === undefined).catch(() => {})}
            onFocus={() => void prepareRenderer(article.html === undefined).catch(() => {})}
          >
            <span class="item-title">{article.title}</span>
            {withSnippets && <span class="item-snippet">{snippet(article)}</span>}
          </button>
        </li>
      ))}
    </ul>
  );
}
