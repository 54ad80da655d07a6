import type { Engine } from '@situ/core';
import { useRef } from 'preact/hooks';
import { ArticleView } from './ArticleView';
import { Home } from './Home';
import { SearchView } from './Results';
import { SearchBox } from './SearchBox';
import { useWatch } from './useEngine';

/** The hub's content for the current view; shared by the floating panel and the inline `HelpHub`. */
export function HubBody({ engine }: { engine: Engine }) {
  const view = engine.view.value;
  const searchRef = useRef<HTMLInputElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const previous = useRef(view.name);

  // Focus follows the view: an opened article's title, or the search box when coming back.
  useWatch(() => {
    const name = engine.view.value.name;
    const from = previous.current;
    previous.current = name;
    if (from === name && name !== 'article') return;
    queueMicrotask(() => {
      if (name === 'article') headingRef.current?.focus();
      else if (from === 'article') searchRef.current?.focus();
    });
  }, [engine]);

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
