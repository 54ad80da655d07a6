import { computed, signal, type ReadonlySignal } from '@preact/signals-core';
import { defineCapability, payload } from '../../kernel/capability';
import { articles, type Article } from '../articles/articles';
import { hub } from '../hub/hub';
import { safe } from '../../util/safe';
import { SEARCHES_KEPT, SEARCHES_KEY } from './searchesKey';
import { en } from './messages';
import { SearchIndex } from './searchIndex';

/** The state of a search: the query, and the matching article ids once the index answered. */
export interface SearchState {
  /** The query, normalised (trimmed, spaces collapsed). */
  query: string;
  /** Matching article ids, best first; empty while `pending` or `short`. */
  ids: string[];
  /** True while the articles or the index are still being prepared. */
  pending: boolean;
  /** True while the query is too short to search (fewer than `MIN_QUERY` characters). */
  short: boolean;
}

/** How long a query must stand still before the `search` event reports it, in ms. */
export const SEARCH_SETTLE_MS = 800;

/** Queries shorter than this (after trimming) show the page's help instead of results. */
export const MIN_QUERY = 3;

/** Searching the knowledge base, live as the visitor types. */
export interface SearchApi {
  /** The query exactly as typed (spaces included): what the search field shows. */
  readonly query: ReadonlySignal<string>;
  /** The current search, or null when the query is empty. */
  readonly searchState: ReadonlySignal<SearchState | null>;
  /** Runs a search as the visitor types; the results replace the hub's home view. */
  search(query: string): void;
}

/** The longest query searched, in characters; a longer paste is searched by its start. */
export const MAX_QUERY = 200;

/** The form of a query the index sees: trimmed, runs of spaces collapsed, at most `MAX_QUERY` long. */
export const normalizeQuery = (query: string) => query.slice(0, MAX_QUERY * 4).trim().replace(/\s+/g, ' ').slice(0, MAX_QUERY).trim();


export const search = defineCapability({
  name: 'search',
  // The searches of this tab's session, for the context of a contact; `destroy` removes them.
  keeps: { session: [SEARCHES_KEY] },
  views: ['search'],
  events: {
    /** A search settled (the query stood still for a moment, a result was opened, or the hub closed). */
    search: payload<{ query: string; results: number }>(),
  },
  messages: { en, load: { nl: () => import('./nl').then((m) => m.nl) } },
  setup(ctx) {
    const kb = ctx.use(articles);
    const panel = ctx.use(hub);
    const { platform } = ctx;
    const query = signal('');
    const index = signal<SearchIndex | null>(null);
    const indexReady = signal(false);

    const searchState = computed<SearchState | null>(() => {
      const q = normalizeQuery(query.value);
      if (!q) return null;
      if (q.length < MIN_QUERY) return { query: q, ids: [], pending: false, short: true };
      const idx = index.value;
      if (!idx || !indexReady.value) return { query: q, ids: [], pending: true, short: false };
      const known = kb.byId.value;
      return { query: q, ids: idx.search(q).map((h) => h.id).filter((id) => known.has(id)), pending: false, short: false };
    });

    // Load the articles and build the index when the hub first opens or a search starts, not
    // at page load; the index is built in slices and rebuilt only for a new list.
    let indexed: readonly Article[] | null = null;
    // While a knowledge base at `articlesUrl` loads (or fails), the articles already known are
    // searchable.
    ctx.effect(() => {
      if (!panel.isOpen.value && !query.value) return;
      const status = kb.articlesStatus.value;
      if (status === 'idle') queueMicrotask(() => void kb.loadArticles());
      const list = kb.articles.value;
      if (list.length === 0 && (status === 'idle' || status === 'loading')) return;
      if (list === indexed) return;
      indexed = list;
      const idx = new SearchIndex(list);
      index.value = idx;
      indexReady.value = false;
      void idx.ready.then(() => {
        if (index.peek() === idx) indexReady.value = true;
      });
    });

    // The `search` event reports a query once it settles: it stood still, a result was
    // opened, or the hub closed.
    let reported = '';
    let timer: unknown;
    const report = () => {
      platform.timers.clear(timer);
      const s = searchState.peek();
      if (!s || s.pending || s.short || s.query === reported) return;
      reported = s.query;
      const entry = { query: s.query, results: s.ids.length };
      const key = `situ:${ctx.config.peek()?.site}:${SEARCHES_KEY}`;
      // Kept as written; contact reads them defensively (the session store is the page's too).
      safe(() => platform.session?.set(key, JSON.stringify([...JSON.parse(platform.session.get(key) || '[]'), entry].slice(-SEARCHES_KEPT))));
      ctx.emit('search', entry);
    };
    ctx.effect(() => {
      const leaving = !panel.isOpen.value || panel.view.value.name !== 'search';
      if (leaving) report();
    });
    // The hub went home (reopened after the step changed, say): the old query goes with it.
    ctx.effect(() => {
      if (panel.view.value.name === 'home' && query.peek()) query.value = '';
    });
    ctx.onDestroy(() => platform.timers.clear(timer));

    const api: SearchApi = {
      query,
      searchState,
      search(q) {
        query.value = q;
        // Search takes home's place (no "back" to home); an emptied field returns home.
        const current = panel.view.peek().name;
        const typed = normalizeQuery(q) !== '';
        if (typed && current === 'home') panel.replace({ name: 'search' });
        else if (typed && current !== 'search') panel.show({ name: 'search' });
        else if (!typed && current === 'search') panel.show({ name: 'home' });
        platform.timers.clear(timer);
        timer = platform.timers.set(report, SEARCH_SETTLE_MS);
      },
    };
    return { api };
  },
});
