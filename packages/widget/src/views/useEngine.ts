import { effect, type Engine } from '@situ/core';
import { useEffect, useReducer } from 'preact/hooks';

/**
 * Re-renders the calling component whenever a signal the hub shows changes. One subscription
 * for the whole panel instead of @preact/signals' per-component tracking: the panel is small
 * enough to re-render whole, and it saves 1.7 KB gzip of the 30 KB budget.
 */
export function useEngine(engine: Engine): void {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    // The first run re-renders too: the engine may have changed between render and subscribe.
    return effect(() => {
      // Read every signal a view reads; the effect re-runs when any of them changes.
      void [
        engine.view.value,
        engine.isOpen.value,
        engine.canGoBack.value,
        engine.t.value,
        engine.suggestions.value,
        engine.articles.value,
        engine.articlesStatus.value,
        engine.searchState.value,
        engine.viewed.value,
        engine.config.value,
      ];
      rerender(0);
    });
  }, [engine]);
}
