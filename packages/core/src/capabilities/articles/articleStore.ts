import { computed, signal, type ReadonlySignal } from '@preact/signals-core';
import type { Article } from './articles';

/** Where the article list stands: inline articles are `ready` at once; `articlesUrl` loads on demand. */
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** Inline articles plus the knowledge base at `articlesUrl`, fetched the first time it is needed. */
export interface ArticleStore {
  /**
   * Every known article, inline first, then fetched ones not already inline in the same language
   * (one id may be there once per language).
   */
  readonly list: ReadonlySignal<readonly Article[]>;
  /** Whether the remote knowledge base is loaded. */
  readonly status: ReadonlySignal<LoadStatus>;
  /** Where the knowledge base is looked for, best first. */
  readonly urls: readonly string[];
  /** Loads `articlesUrl` once (again after an error); resolves when the list is complete. */
  load(): Promise<void>;
}

/** What the store needs: the inline list, the URLs, a fetcher and a validator for fetched articles. */
export interface ArticleSource {
  inline: readonly Article[];
  /** Where the knowledge base is, best first: a URL that fails gives way to the next. */
  urls: readonly string[];
  fetchJSON(url: string): Promise<unknown>;
  /** Validates the JSON fetched from `url` (`{ articles }` or a list); returns the valid articles and reports the rest. */
  validate(json: unknown, url: string): Promise<Article[]>;
}

/** Creates the store for one config. */
export function createArticleStore(source: ArticleSource): ArticleStore {
  const remote = signal<readonly Article[]>([]);
  const status = signal<LoadStatus>(source.urls.length > 0 ? 'idle' : 'ready');
  const key = (a: Article) => `${a.lang ?? ''} ${a.id}`;
  const list = computed(() => {
    if (remote.value.length === 0) return source.inline;
    const inline = new Set(source.inline.map(key));
    return [...source.inline, ...remote.value.filter((a) => !inline.has(key(a)))];
  });
  let pending: Promise<void> | undefined;

  return {
    list,
    status,
    urls: source.urls,
    load() {
      if (source.urls.length === 0 || status.value === 'ready') return Promise.resolve();
      if (pending) return pending;
      status.value = 'loading';
      pending = fetchFirst(source)
        .then(async ({ json, url }) => {
          remote.value = await source.validate(json, url);
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

/**
 * The first of the source's URLs that exists. Only a 404 gives way to the next URL (a locale with
 * no file of its own); any other failure is the answer, so a server that does not answer costs
 * one timeout, not one per URL.
 */
async function fetchFirst(source: ArticleSource): Promise<{ json: unknown; url: string }> {
  const [url, ...rest] = source.urls as [string, ...string[]];
  try {
    return { json: await source.fetchJSON(url), url };
  } catch (error) {
    if (rest.length > 0 && (error as { status?: unknown } | null)?.status === 404) return fetchFirst({ ...source, urls: rest });
    throw error;
  }
}
