import { computed, type ReadonlySignal } from '@preact/signals-core';
import { defineCapability, payload } from '../../kernel/capability';
import { SituError } from '../../kernel/errors';
import { isRecord } from '../../util/isRecord';
import { i18n } from '../i18n/i18n';
import { page } from '../page/page';
import { createArticleStore, type ArticleStore, type LoadStatus } from './articleStore';
import { localeUrls, localize } from './localize';
import type { Article } from './config';
import type { LinkAction, LinkEvent } from './followLink';
import { en } from './messages';
import { relatedArticles } from './related';
import { suggest, type Suggestions } from './suggest';

export type { Article };

/** The articles' part of the config, resolved. */
export interface ArticlesConfig {
  /** Inline articles. @default [] */
  articles: Article[];
  /**
   * URL of a larger knowledge base, fetched when first needed. With `{locale}` in it, one file per
   * locale: the visitor's, else its language's, else the default locale's.
   */
  articlesUrl: string | undefined;
  /** The site's own language (the config's `locale`): an article not translated yet shows in it. */
  defaultLocale: string;
  /** Whether article Markdown may contain raw HTML (then sanitised). @default false */
  allowHtml: boolean;
}

/** The knowledge base: inline and fetched articles, what suits this page and step, links between them. */
export interface ArticlesApi {
  /** Every known article, once each, in the visitor's locale where translated. */
  readonly articles: ReadonlySignal<readonly Article[]>;
  /** Articles by id. */
  readonly byId: ReadonlySignal<ReadonlyMap<string, Article>>;
  /** Whether `articlesUrl` is loaded. */
  readonly articlesStatus: ReadonlySignal<LoadStatus>;
  /** The articles for this page and step, best first, grouped by where they came from. */
  readonly suggestions: ReadonlySignal<Suggestions & { articles: Article[] }>;
  /** Loads `articlesUrl` if it is not loaded yet (again after an error). Never rejects. */
  loadArticles(): Promise<void>;
  /** The article with this id, if known. */
  getArticle(id: string): Article | undefined;
  /** Articles related to this one. */
  related(id: string): Article[];
  /**
   * What following a link in article `from` should do (the host may take a link to another
   * page). The decision is a lazy chunk: most visitors never follow a link from the help.
   */
  followLink(href: string, from?: string | null): Promise<LinkAction>;
}

export const articles = defineCapability({
  name: 'articles',
  events: {
    /** A link in an article leads to another page of the site; `preventDefault()` takes it (an SPA router). */
    link: payload<LinkEvent>(),
  },
  messages: { en, load: { nl: () => import('./nl').then((m) => m.nl) } },
  config: {
    schema: () => import('./config'),
    resolve: (config: { articles?: Article[]; articlesUrl?: string; allowHtml?: boolean; locale?: string }): ArticlesConfig => ({
      articles: config.articles ?? [],
      articlesUrl: config.articlesUrl,
      allowHtml: config.allowHtml ?? false,
      defaultLocale: config.locale ?? 'en',
    }),
  },
  setup(ctx) {
    const where = ctx.use(page);
    const { locale } = ctx.use(i18n);
    // One store per config and set of URLs: switching locale fetches that locale's file (when the
    // URL has `{locale}`), and switching back finds it loaded.
    const stores = new Map<string, ArticleStore>();
    let storesOf: ArticlesConfig | null = null;
    const store = computed<ArticleStore | null>(() => {
      const resolved = ctx.config.value;
      if (!resolved) return null;
      if (storesOf !== resolved) stores.clear();
      storesOf = resolved;
      const template = resolved.articlesUrl;
      const urls = template ? localeUrls(template, locale.value, resolved.defaultLocale) : [];
      const key = urls.join(' ');
      const known = stores.get(key);
      if (known) return known;
      const created = createArticleStore({
        inline: resolved.articles,
        urls,
        // Read as it arrives, so a large knowledge base never blocks the page in one parse; the
        // reader is a lazy chunk, loaded while the answer comes.
        async fetchJSON(u) {
          const [text, { readArticlesFile }] = await Promise.all([ctx.platform.fetchText(u), import('./articlesFile')]);
          return readArticlesFile(text);
        },
        async validate(json, url) {
          // `{ "articles": [...] }` (stamped by `situ build`), or a bare list.
          const list = isRecord(json) ? json.articles : json;
          let valid = list as Article[];
          // A knowledge base's stamp is worked out in slices and blocks: over thousands of
          // articles, in one go, it was a long task.
          const { isArticlesFileChecked } = await import('./articlesFile');
          if (!(await isArticlesFileChecked(json))) {
            const { validateArticlesInSlices } = await import('./config');
            const result = await validateArticlesInSlices(list);
            for (const p of result.problems) ctx.report(new SituError('articles', `${url} ${p.path}: ${p.message}`, p.path));
            valid = result.articles;
          }
          // A compiled article's images and files sit beside the JSON it came in. (Set on the
          // objects just parsed, which nothing else holds: thousands of copies would be garbage.)
          const base = new URL(url, ctx.platform.href()).href;
          for (const article of valid) (article as { base?: string }).base = base;
          return valid;
        },
      });
      stores.set(key, created);
      return created;
    });
    const list = computed(() => {
      const all = store.value?.list.value ?? [];
      return localize(all, locale.value, ctx.config.value?.defaultLocale ?? 'en');
    });
    const byId = computed(() => new Map(list.value.map((a) => [a.id, a])));
    const status = computed<LoadStatus>(() => store.value?.status.value ?? 'idle');
    const suggestions = computed(() => {
      const s = suggest(where.page.value, where.step.value, list.value);
      const known = byId.value;
      const keep = (ids: string[]) => ids.filter((x) => known.has(x));
      return {
        ...s,
        ids: keep(s.ids),
        groups: s.groups.map((g) => ({ ...g, ids: keep(g.ids) })).filter((g) => g.ids.length > 0),
        articles: s.ids.flatMap((x) => known.get(x) ?? []),
      };
    });

    const loadArticles = () => {
      const s = store.peek();
      if (!s) return Promise.resolve();
      return s.load().catch((error: unknown) => {
        const reason = error instanceof Error ? error.message : String(error);
        ctx.report(new SituError('articles', `articlesUrl: could not load ${s.urls[0]}: ${reason}`, 'articlesUrl', { cause: error }));
      });
    };

    const api: ArticlesApi = {
      articles: list,
      byId,
      articlesStatus: status,
      suggestions,
      loadArticles,
      getArticle: (x) => byId.value.get(x),
      related(x) {
        const article = byId.value.get(x);
        return article ? relatedArticles(article, list.value) : [];
      },
      followLink: (href, from = null) =>
        import('./followLink').then((m) => m.followLink(href, ctx.platform.href(), list.peek(), (event) => ctx.emit('link', event), from)),
    };
    return { api };
  },
});
