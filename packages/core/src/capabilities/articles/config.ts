import * as v from 'valibot';
import { articleId, articleIdList, id, languageCode, text, strict } from '../../config/fields';
import { validate, type ConfigProblem } from '../../config/validate';
import { inSlices } from '../../util/yieldToPage';

const articleSchema = () =>
  strict({
    id: articleId(),
    title: text('a title'),
    body: v.optional(v.string('expected Markdown text')),
    html: v.optional(v.string('expected HTML text')),
    text: v.optional(v.string('expected plain text')),
    summary: v.optional(v.string('expected a one-line summary')),
    tags: v.optional(v.array(text('a tag'), 'expected a list of tags')),
    related: v.optional(articleIdList()),
    // The pages and steps this article helps on, for a writer who attaches help from the article
    // (`situ build` copies them from front matter); a step is `page/step` or a step id on any page.
    pages: v.optional(v.array(id(), 'expected a list of page ids')),
    steps: v.optional(v.array(v.pipe(v.string('expected a step id'), v.regex(/^([A-Za-z0-9][\w.:-]*\/)?[A-Za-z0-9][\w.:-]*$/, 'expected a step id, or "page/step"')), 'expected a list of step ids')),
    lang: v.optional(languageCode()),
    url: v.optional(v.pipe(v.string(), v.regex(/^(https?:\/\/|\/)/, 'expected an http(s) or site-relative URL'))),
  });

/** One article: Markdown `body`, or compiled `html` with its plain `text`. */
export type Article = v.InferOutput<ReturnType<typeof articleSchema>> & {
  /** For an article fetched from `articlesUrl`: the URL its relative links and images resolve against. */
  readonly base?: string;
};

/**
 * Validates articles fetched from `articlesUrl`; invalid ones are dropped and reported by path.
 * `start` is the index of `list[0]` in the whole list, for paths when it is validated in parts.
 */
export function validateArticles(list: unknown, start = 0): { articles: Article[]; problems: ConfigProblem[] } {
  const schema = strict({ articles: v.array(articleSchema(), 'expected a list of articles') });
  const { config, problems } = validate(schema, { articles: list }, { articles: [] });
  const shift = (path: string) => path.replace(/^articles\[(\d+)\]/, (_, i: string) => `articles[${Number(i) + start}]`);
  return { articles: config.articles, problems: start ? problems.map((p) => ({ ...p, path: shift(p.path) })) : problems };
}

/**
 * `validateArticles` in parts of a few milliseconds that yield to the page between them: a
 * knowledge base of thousands of articles not checked ahead of time never blocks the page.
 */
export async function validateArticlesInSlices(list: unknown): Promise<{ articles: Article[]; problems: ConfigProblem[] }> {
  if (!Array.isArray(list)) return validateArticles(list);
  const articles: Article[] = [];
  const problems: ConfigProblem[] = [];
  const parts: number[] = [];
  for (let i = 0; i < list.length; i += VALIDATE_PART) parts.push(i);
  await inSlices(parts, (i) => {
    const part = validateArticles(list.slice(i, i + VALIDATE_PART), i);
    articles.push(...part.articles);
    problems.push(...part.problems);
  });
  return { articles, problems };
}

/** Articles validated at once: about a millisecond's work. */
const VALIDATE_PART = 50;

/** The articles' top-level fields. */
export const fields = () => ({
  articles: v.optional(v.array(articleSchema(), 'expected a list of articles')),
  articlesUrl: v.optional(text('a URL')),
  allowHtml: v.optional(v.boolean('expected true or false')),
});

/** The page and step fields: the articles that help there. */
export const help = () => ({ articles: v.optional(articleIdList()) });
