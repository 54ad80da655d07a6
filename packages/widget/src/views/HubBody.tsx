import type { Engine } from '@situ/core';
import { useEffect, useRef } from 'preact/hooks';
import { ArticleView } from './ArticleView';
import { Home } from './Home';
import { SearchView } from './Results';
import { SearchBox } from './SearchBox';

/** The hub's content for the current view; shared by the floating panel and the inline `HelpHub`. */
export function HubBody({ engine }: { engine: Engine }) {
  const view = engine.view.value;
  const searchRef = useRef<HTMLInputElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const previous = useRef<string>(view.name);

  // Focus follows the view, once it has rendered: an opened article's title, or the search
  // box when coming back from one (the button that was pressed is gone).
  const key = view.name === 'article' ? `article:${view.id}` : view.name;
  useEffect(() => {
    const from = previous.current;
    previous.current = key;
    if (from === key) return;
    if (view.name === 'article') headingRef.current?.focus();
    else if (from.startsWith('article')) searchRef.current?.focus();
  }, [key]);

  return (
    <div class="body">
      {view.name !== 'article' && <SearchBox engine={engine} inputRef={searchRef} />}
      <div class="content">
        {view.name === 'home' && <Home engine={engine} />}
        {view.name === 'search' && <SearchView engine={engine} />}
        {view.name === 'article' && <ArticleView key={view.id} engine={engine} id={view.id} headingRef={headingRef} />}
      </div>
    </div>
  );
}
