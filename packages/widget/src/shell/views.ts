import type { Engine, HubView } from '@situ/core';
import type { FunctionComponent } from 'preact';
import { Home } from '../capabilities/articles/Home';
import { ArticleView } from '../capabilities/reading/ArticleView';
import { SearchView } from '../capabilities/search/SearchView';

/** What every hub view is given. */
export interface ViewProps {
  /** The engine: read `engine.state`, call `engine.api`. */
  engine: Engine;
  /** The view being shown (with its argument, as in `article:<id>`). */
  view: HubView;
  /**
   * Fetches the article renderer ahead (`prepareRenderer`), for a lazy view's article links: a
   * lazy view that imported it would make the bundler split Preact out of the hub (rolldown#10731).
   */
  prepare: (markdown: boolean) => Promise<unknown>;
}

/** A view, or the loader of a view that arrives as a lazy chunk on first use. */
export type ViewEntry = FunctionComponent<ViewProps> | { load: () => Promise<FunctionComponent<ViewProps>> };

/**
 * The hub's views by name, as the capabilities provide them (their names are declared by the
 * capabilities in core, so `open(view)` can check them). A capability with views adds a line.
 */
export const views: Record<string, ViewEntry> = {
  home: Home,
  search: SearchView,
  article: ArticleView,
  contact: { load: () => import('../capabilities/contact/ContactView').then((m) => m.ContactView) },
};
