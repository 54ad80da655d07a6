import { SituError, type Engine, type HubView } from '@situ/core';
import type { FunctionComponent } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { SearchBox } from '../capabilities/search/SearchBox';
import { prepareRenderer } from '../content/prepareRenderer';
import { reactive } from './reactive';
import { views as registry, type ViewEntry, type ViewProps } from './views';

const keyOf = (view: HubView) => (view.id === undefined ? view.name : `${view.name}:${view.id}`);

/** The hub's content for the current view; shared by the floating panel and the inline `HelpHub`. */
export const HubBody = reactive(function HubBody({ engine, views = registry }: { engine: Engine; views?: Record<string, ViewEntry> }) {
  const view = engine.state.view.value;
  const depth = engine.state.stack.value.length;
  const key = keyOf(view);
  const searchRef = useRef<HTMLInputElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  const previous = useRef({ key, depth });
  // Where each view was scrolled to, by its place in the stack: back restores it.
  const scrolls = useRef(new Map<string, number>());
  const stopRestore = useRef<() => void>(() => {});

  // Runs before paint: the new view opens at its top, or, coming back, where it was; focus follows.
  useLayoutEffect(() => {
    const from = previous.current;
    previous.current = { key, depth };
    if (from.key === key && from.depth === depth) return;
    const content = contentRef.current;
    stopRestore.current();
    if (content) {
      const target = depth < from.depth ? (scrolls.current.get(`${depth}:${key}`) ?? 0) : 0;
      content.scrollTop = target;
      // An article's body arrives a moment later: keep restoring until it is tall enough.
      if (content.scrollTop < target) stopRestore.current = restoreWhenTaller(content, target);
    }
    if (view.name === 'article') content?.querySelector<HTMLElement>('[data-situ="view-title"]')?.focus({ preventScroll: true });
    else if (from.key.startsWith('article')) searchRef.current?.focus({ preventScroll: true });
  }, [key, depth]);
  useEffect(() => () => stopRestore.current(), []);

  return (
    <div class="body">
      {view.name !== 'article' && <SearchBox engine={engine} inputRef={searchRef} />}
      <div class="content" ref={contentRef} onScroll={(e) => scrolls.current.set(`${depth}:${key}`, e.currentTarget.scrollTop)}>
        <ViewOf engine={engine} view={view} entry={views[view.name]} />
      </div>
    </div>
  );
});

/** Renders a view from the registry, loading it first when it is a lazy chunk. */
function ViewOf({ engine, view, entry }: Omit<ViewProps, 'prepare'> & { entry: ViewEntry | undefined }) {
  const [loaded, setLoaded] = useState<FunctionComponent<ViewProps> | null>(null);
  const lazy = entry && 'load' in entry ? entry : null;
  useEffect(() => {
    if (!lazy) return;
    let current = true;
    lazy
      .load()
      .then((component) => current && setLoaded(() => component))
      .catch((error: unknown) => engine.report(new SituError('internal', `the "${view.name}" view could not be loaded: ${String(error)}`, view.name)));
    return () => void (current = false);
  }, [lazy]);
  const View = lazy ? loaded : (entry as FunctionComponent<ViewProps> | undefined);
  return View ? <View key={keyOf(view)} engine={engine} view={view} prepare={prepareRenderer} /> : null;
}

/** Scrolls `el` to `top` as its content grows, until it gets there, the visitor scrolls, or 3 s pass. */
function restoreWhenTaller(el: HTMLElement, top: number): () => void {
  const win = el.ownerDocument.defaultView;
  if (!win?.ResizeObserver || !el.firstElementChild) return () => {};
  const observer = new win.ResizeObserver(() => {
    el.scrollTop = top;
    if (el.scrollTop >= top - 1) stop();
  });
  const stop = () => {
    observer.disconnect();
    win.clearTimeout(timer);
    for (const type of ['wheel', 'touchstart', 'keydown']) el.removeEventListener(type, stop);
  };
  const timer = win.setTimeout(stop, 3000);
  for (const type of ['wheel', 'touchstart', 'keydown']) el.addEventListener(type, stop, { passive: true });
  observer.observe(el.firstElementChild);
  return stop;
}
