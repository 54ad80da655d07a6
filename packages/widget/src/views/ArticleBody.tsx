import { SituError, type Article, type Engine } from '@situ/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { insertHtml } from '../content/insertHtml';
import { markdownToHtml } from '../content/markdown';
import { tidyArticle } from '../content/tidyArticle';

/** An article's body: compiled `html` or Markdown `body`, inserted through a sanitiser. */
export function ArticleBody({ engine, article }: { engine: Engine; article: Article }) {
  const ref = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  const allowHtml = engine.config.value?.allowHtml ?? false;
  const newTab = engine.t.value('article.opensNewTab');

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let current = true;
    el.replaceChildren();
    setFailed(false);
    const render = async () => {
      const fromMarkdown = article.html === undefined;
      const html = fromMarkdown ? await markdownToHtml(article.body ?? article.text ?? '', allowHtml) : article.html!;
      if (!current) return;
      await insertHtml(el, html, fromMarkdown && !allowHtml);
      if (!current) return;
      tidyArticle(el, el.ownerDocument.location.origin, newTab);
    };
    render().catch((error: unknown) => {
      if (!current) return;
      setFailed(true);
      const message = error instanceof Error ? error.message : String(error);
      engine.report(new SituError('internal', `article ${article.id}: could not be rendered: ${message}`, article.id));
    });
    return () => {
      current = false;
    };
  }, [article, allowHtml, newTab]);

  return (
    <>
      <div data-situ="article-body" class="prose" ref={ref} />
      {/* If rendering failed, the words still reach the visitor, as plain text. */}
      {failed && <p class="prose">{article.text ?? article.body}</p>}
    </>
  );
}
