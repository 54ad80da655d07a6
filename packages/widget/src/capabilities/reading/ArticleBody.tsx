import { safeString, SituError, type Article, type Engine } from '@situ/core';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { loadedRenderer, prepareRenderer } from '../../content/prepareRenderer';

/**
 * An article's body: compiled `html` or Markdown `body`, inserted through a sanitiser. Its links
 * never cost the visitor what they typed on the page: see `followLink` in core.
 */
export function ArticleBody({ engine, article, onLeave }: { engine: Engine; article: Article; onLeave: (url: string) => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  const allowHtml = engine.state.config.value?.allowHtml ?? false;
  const newTab = engine.state.t.value('article.opensNewTab');

  // Before paint: when the renderer is here already, the body is in place in the first frame.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    let current = true;
    el.replaceChildren();
    setFailed(false);
    if (loadedRenderer()?.renderArticleNow(el, article, allowHtml, newTab)) return;
    prepareRenderer()
      .then((m) => m.renderArticle(el, article, allowHtml, newTab, () => current))
      .catch((error: unknown) => {
        if (!current) return;
        setFailed(true);
        engine.report(new SituError('internal', `article ${article.id}: could not be rendered: ${safeString(error)}`, article.id));
      });
    return () => {
      current = false;
    };
  }, [article, allowHtml, newTab]);

  const onClick = (event: MouseEvent) => {
    const link = (event.target as Element | null)?.closest?.('a[href]');
    // A modified click (new tab, new window) is the visitor's own choice: leave it to the browser.
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const doc = link.ownerDocument;
    const href = link.getAttribute('href') ?? '';
    // Another site opens in a new tab (tidyArticle), mailto: and tel: do what they do; a link
    // within this site never simply replaces the page the visitor is filling in.
    if (!URL.canParse(href, doc.baseURI) || new URL(href, doc.baseURI).origin !== doc.location.origin) return;
    event.preventDefault();
    // What the link does is decided and done in a lazy chunk: most visitors never follow one.
    import('./followArticleLink')
      .then((m) => m.followArticleLink(engine, href, article.id, doc, onLeave))
      .catch((error: unknown) => engine.report(new SituError('internal', `article ${article.id}: a link could not be followed: ${safeString(error)}`, article.id)));
  };

  return (
    <>
      <div data-situ="article-body" class="prose" ref={ref} onClick={onClick} />
      {/* If rendering failed, the words still reach the visitor, as plain text. */}
      {failed && <p class="prose">{article.text ?? article.body}</p>}
    </>
  );
}
