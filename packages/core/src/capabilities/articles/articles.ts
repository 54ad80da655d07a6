import { computed, type ReadonlySignal } from '@preact/signals-core';
import * as v from 'valibot';
import { id, idList, languageCode, text } from '../../config/fields';
import { validate, type ConfigProblem } from '../../config/validate';
import { defineCapability, payload } from '../../kernel/capability';
import { SituError } from '../../kernel/errors';
import { page } from '../page/page';
import { createArticleStore, type ArticleStore, type LoadStatus } from './articleStore';
import { followLink, type LinkAction, type LinkEvent } from './followLink';
import { en } from './messages';
import { relatedArticles } from './related';
import { suggest, type Suggestions } from './suggest';

const articleSchema = () =>
  v.strictObject({
    id: id(),
    title: text('a title'),
    body: v.optional(v.string('expected Markdown text')),
    html: v.optional(v.string('expected HTML text')),
    text: v.optional(v.string('expected plain text')),
    summary: v.optional(v.string('expected a one-line summary')),
    tags: v.optional(v.array(text('a tag'), 'expected a list of tags')),
    related: v.optional(idList()),
    lang: v.optional(languageCode()),
    url: v.optional(v.pipe(v.string(), v.regex(/^(https?:\/\/|\/)/, 'expected an http(s) or site-relative URL'))),
  });

/** One article: Markdown `body`, or compiled `html` with its plain `text`. */
export type Article = v.InferOutput<ReturnType<typeof articleSchema>>;

/** Validates articles fetched from `articlesUrl`; invalid ones are dropped and reported by path. */
export function validateArticles(list: unknown): { articles: Article[]; problems: ConfigProblem[] } {
  const schema = v.strictObject({ articles: v.array(articleSchema(), 'expected a list of articles') });
  const { config, problems } = validate(schema, { articles: list }, { articles: [] });
  return { articles: config.articles, problems };
}

/** The articles' part of the config, resolved. */
export interface ArticlesConfig {
  /** Inline articles. @default [] */
  articles: Article[];
  /** URL of a larger knowledge base, fetched when first needed. */
  articlesUrl: string | undefined;
  /** Whether article Markdown may contain raw HTML (then sanitised). @default false */
  allowHtml: boolean;
}

/** The knowledge base: inline and fetched articles, what suits this page and step, links between them. */
export interface ArticlesApi {
  /** Every known article. */
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
  /** What following a link in article `from` should do (the host may take a link to another page). */
  followLink(href: string, from?: string | null): LinkAction;
}

export const articles = defineCapability({
  name: 'articles',
  events: {
    /** A link in an article leads to another page of the site; `preventDefault()` takes it (an SPA router). */
    link: payload<LinkEvent>(),
  },
  messages: { en, load: { nl: () => import('./nl').then((m) => m.nl) } },
  config: {
    fields: () => ({
      articles: v.optional(v.array(articleSchema(), 'expected a list of articles')),
      articlesUrl: v.optional(text('a URL')),
      allowHtml: v.optional(v.boolean('expected true or false')),
    }),
    help: () => ({ articles: v.optional(idList()) }),
    resolve: (config: { articles?: Article[]; articlesUrl?: string; allowHtml?: boolean }): ArticlesConfig => ({
      articles: config.articles ?? [],
      articlesUrl: config.articlesUrl,
      allowHtml: config.allowHtml ?? false,
    }),
  },
  setup(ctx) {
    const where = ctx.use(page);
    const store = computed<ArticleStore | null>(() => {
      const resolved = ctx.config.value;
      if (!resolved) return null;
      return createArticleStore({
        inline: resolved.articles,
        url: resolved.articlesUrl,
        fetchJSON: (u) => ctx.platform.fetchJSON(u),
        validate(list) {
          const result = validateArticles(list);
          for (const p of result.problems) ctx.report(new SituError('articles', `${resolved.articlesUrl} ${p.path}: ${p.message}`, p.path));
          return result.articles;
        },
      });
    });
    const list = computed(() => store.value?.list.value ?? []);
    const byId = computed(() => store.value?.byId.value ?? new Map<string, Article>());
    const status = computed<LoadStatus>(() => store.value?.status.value ?? 'idle');
    const suggestions = computed(() => {
      const s = suggest(where.page.value, where.step.value, list.value.map((a) => a.id));
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
        ctx.report(new SituError('articles', `articlesUrl: could not load ${ctx.config.peek()?.articlesUrl}: ${reason}`, 'articlesUrl', { cause: error }));
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
        followLink(href, ctx.platform.href(), list.peek(), (event) => ctx.emit('link', event), from),
    };
    return { api };
  },
});
