import { computed, signal, type ReadonlySignal } from '@preact/signals-core';
import type { Article } from './articles';

/** Where the article list stands: inline articles are `ready` at once; `articlesUrl` loads on demand. */
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** Inline articles plus the knowledge base at `articlesUrl`, fetched the first time it is needed. */
export interface ArticleStore {
  /** Every known article, inline first, then fetched ones with ids not already inline. */
  readonly list: ReadonlySignal<readonly Article[]>;
  /** Articles by id. */
  readonly byId: ReadonlySignal<ReadonlyMap<string, Article>>;
  /** Whether the remote knowledge base is loaded. */
  readonly status: ReadonlySignal<LoadStatus>;
  /** Loads `articlesUrl` once (again after an error); resolves when the list is complete. */
  load(): Promise<void>;
}

/** What the store needs: the inline list, the URL, a fetcher and a validator for fetched articles. */
export interface ArticleSource {
  inline: readonly Article[];
  url: string | undefined;
  fetchJSON(url: string): Promise<unknown>;
  /** Validates the fetched JSON (`{ articles }` or a list); returns the valid articles and reports the rest. */
  validate(json: unknown): Promise<Article[]>;
}

/** Creates the store for one config. */
export function createArticleStore(source: ArticleSource): ArticleStore {
  const remote = signal<readonly Article[]>([]);
  const status = signal<LoadStatus>(source.url ? 'idle' : 'ready');
  const list = computed(() => {
    const inlineIds = new Set(source.inline.map((a) => a.id));
    return [...source.inline, ...remote.value.filter((a) => !inlineIds.has(a.id))];
  });
  const byId = computed(() => new Map(list.value.map((a) => [a.id, a])));
  let pending: Promise<void> | undefined;

  return {
    list,
    byId,
    status,
    load() {
      if (!source.url || status.value === 'ready') return Promise.resolve();
      if (pending) return pending;
      status.value = 'loading';
      pending = source
        .fetchJSON(source.url)
        .then(async (json) => {
          remote.value = await source.validate(json);
          status.value = 'ready';
        })
        .catch((error: unknown) => {
          status.value = 'error';
          throw error;
        })
        .finally(() => {
          pending = undefined;
        });
      return pending;
    },
  };
}
