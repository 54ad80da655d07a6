import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Root as Mdast } from 'mdast';
import { visit } from 'unist-util-visit';
import { articlesStampOf, formatArticlesFile, validateArticles } from '@situ/core';
import { Assets } from './assets';
import { checkAgainstConfig } from './configChecks';
import { inheritFromDefault } from './inherit';
import { DEFAULT_LOCALE, sortArticles, splitByLocale } from './locales';
import { Problems, sortProblems, type Problem } from './problems';
import { readArticle, type Draft } from './readArticle';
import { render } from './render';
import { readSiteConfig, type SiteConfig } from './siteConfig';
import { findSources, shownPath } from './sources';

/** What `situ build` is asked to do. */
export interface BuildOptions {
  /** The knowledge base: a folder of Markdown files. */
  folder: string;
  /** The JSON file to write; `{locale}` in it writes one file per locale. */
  out: string;
  /** The site's config (`situ.json`): its pages and steps are checked, its `locale` is the default. */
  config?: string;
  /**
   * Keep raw HTML written in Markdown (still sanitised).
   * @default false
   */
  allowHtml?: boolean;
  /**
   * The locale of files whose name and front matter name none.
   * @default the config's `locale`, else "en"
   */
  defaultLocale?: string;
  /**
   * Where relative paths start, and what messages name files relative to.
   * @default process.cwd()
   */
  cwd?: string;
}

/** One article as the browser fetches it from `articlesUrl`. */
export interface BuiltArticle {
  id: string;
  title: string;
  html: string;
  text: string;
  lang: string;
  summary?: string;
  tags?: string[];
  related?: string[];
  pages?: string[];
  steps?: string[];
}

/** What a build did. */
export interface BuildResult {
  /** Every error; when there is one, nothing was written. */
  errors: Problem[];
  warnings: Problem[];
  /** The files written (JSON first, then the assets beside it), as messages name them. */
  written: string[];
  /** How many articles (one per id and locale) and in which locales. */
  articles: number;
  locales: string[];
  /** The output JSON files, also in `written`. */
  outputs: string[];
  /** Hashed copies an earlier build wrote that no article uses any more: deleted. */
  removed: string[];
}

/**
 * Compiles a folder of Markdown articles into the JSON the widget fetches. Everything is read
 * and checked before anything is written, so a build with an error leaves the last good output
 * in place for the site to keep serving.
 */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const cwd = options.cwd ?? process.cwd();
  const problems = new Problems();
  const result = (written: string[] = [], articles: BuiltArticle[] = [], outputs: string[] = [], removed: string[] = []): BuildResult => ({
    errors: sortProblems(problems.errors),
    warnings: sortProblems(problems.warnings),
    written,
    articles: articles.length,
    locales: [...new Set(articles.map((a) => a.lang))].sort(),
    outputs,
    removed,
  });

  const folder = path.resolve(cwd, options.folder);
  const configFile = options.config === undefined ? undefined : path.resolve(cwd, options.config);
  const configShown = configFile && shownPath(configFile, cwd);
  const config = configFile ? await readSiteConfig(configFile, configShown!, problems) : undefined;
  const defaultLocale = options.defaultLocale ?? config?.locale ?? DEFAULT_LOCALE;

  if (!(await isFolder(folder))) {
    problems.error(shownPath(folder, cwd), undefined, 'no such folder');
    return result();
  }
  const sources = await findSources(folder, cwd);
  if (sources.length === 0) problems.warn(shownPath(folder, cwd), undefined, 'no Markdown files (.md) found');

  // Every file's id first: links between articles need them all before any body is rendered.
  const ids = new Map<string, string>();
  const drafts: Draft[] = [];
  for (const source of sources) {
    const read = await readArticle(source, defaultLocale, problems);
    if (read) ids.set(source.path, read.id);
    if (read?.draft) drafts.push(read.draft);
  }
  reportDuplicates(drafts, problems);

  const assets = new Assets();
  const used = new Map<BuiltArticle, Set<string>>();
  const articles: BuiltArticle[] = [];
  for (const draft of drafts) {
    warnAboutRawHtml(draft, options.allowHtml ?? false, problems);
    const files = new Set<string>();
    const { html, text } = await render(draft.tree, {
      allowHtml: options.allowHtml ?? false,
      links: { file: draft.source.path, shown: draft.source.shown, articleAt: (file) => ids.get(file), assets, problems, show: (file) => shownPath(file, cwd), used: files },
    });
    const article = toArticle(draft, html, text);
    used.set(article, files);
    articles.push(article);
  }

  const known = new Set(ids.values());
  for (const draft of drafts) {
    for (const related of draft.frontMatter.related ?? []) {
      if (!known.has(related.value)) problems.error(draft.source.shown, related.line, `related article "${related.value}" is not in the build`);
    }
  }
  if (config) checkConfig(drafts, config, configShown!, problems);
  checkSchema(articles, drafts, problems);
  if (problems.errors.length > 0) return result([], articles);

  inheritFromDefault(articles, defaultLocale);
  sortArticles(articles);
  const written: string[] = [];
  const outputs: string[] = [];
  const out = path.resolve(cwd, options.out);
  const split = splitByLocale(articles, out, defaultLocale);
  // What the last build wrote here, to find the copies it made that nothing uses any more.
  const before = await Promise.all(split.map((output) => readFile(output.file, 'utf8').catch(() => '')));
  for (const output of split) {
    const files = new Set(output.articles.flatMap((a) => [...used.get(a)!]));
    const copied = await assets.copy(files, output.file);
    await writeArticles(output.file, { checked: await articlesStampOf({ articles: output.articles }), articles: output.articles });
    outputs.push(shownPath(output.file, cwd));
    written.push(shownPath(output.file, cwd), ...copied.map((file) => shownPath(file, cwd)));
  }
  const removed: string[] = [];
  for (const dir of new Set(split.map((output) => path.dirname(output.file)))) removed.push(...(await assets.removeStale(dir, before)));
  return result(written, articles, outputs, removed.map((file) => shownPath(file, cwd)));
}

/** The article as the browser reads it: optional fields only when there is something in them. */
function toArticle(draft: Draft, html: string, text: string): BuiltArticle {
  const { summary, tags, related, pages, steps } = draft.frontMatter;
  const values = (list?: { value: string }[]) => (list?.length ? list.map((x) => x.value) : undefined);
  const article: BuiltArticle = { id: draft.id, title: draft.title, html, text, lang: draft.lang };
  if (summary) article.summary = summary;
  if (tags?.length) article.tags = tags;
  if (related?.length) article.related = values(related);
  if (pages?.length) article.pages = values(pages);
  if (steps?.length) article.steps = values(steps);
  return article;
}

/** Two files with one id in one locale: the browser could show only one of them. */
function reportDuplicates(drafts: Draft[], problems: Problems): void {
  const seen = new Map<string, Draft>();
  for (const draft of drafts) {
    const key = `${draft.lang}\u0000${draft.id}`;
    const first = seen.get(key);
    if (!first) seen.set(key, draft);
    else problems.error(draft.source.shown, draft.idLine, `duplicate id "${draft.id}" in locale "${draft.lang}": ${first.source.shown}:${first.idLine} has it too`);
  }
}

/** Raw HTML vanishes without `--allow-html`; say so once per file rather than lose it silently. */
function warnAboutRawHtml(draft: Draft, allowHtml: boolean, problems: Problems): void {
  if (allowHtml) return;
  let line: number | undefined;
  visit(draft.tree as Mdast, 'html', (node) => {
    line ??= node.position?.start.line;
  });
  if (line !== undefined) problems.warn(draft.source.shown, line, 'raw HTML is left out (build with --allow-html to keep it, sanitised)');
}

function checkConfig(drafts: Draft[], config: SiteConfig, configShown: string, problems: Problems): void {
  const uses = drafts.map((d) => ({ id: d.id, shown: d.source.shown, pages: d.frontMatter.pages, steps: d.frontMatter.steps }));
  checkAgainstConfig(uses, config, configShown, problems);
}

/**
 * The browser's own schema, as a last check: the output is stamped, so the browser will not
 * validate it again, and a file it would have rejected must never be written.
 */
function checkSchema(articles: BuiltArticle[], drafts: Draft[], problems: Problems): void {
  const { problems: found } = validateArticles(articles);
  for (const problem of found) {
    const index = Number(/^articles\[(\d+)\]/.exec(problem.path)?.[1]);
    const draft = drafts[index];
    problems.error(draft?.source.shown ?? '(output)', draft ? 1 : undefined, `${problem.path.replace(/^articles\[\d+\]\.?/, '') || 'article'}: ${problem.message}`);
  }
}

async function isFolder(folder: string): Promise<boolean> {
  try {
    return (await stat(folder)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * One article per line, which a browser can parse as it arrives (`formatArticlesFile`); written
 * under a temporary name and renamed, so a server never sends a half-written file.
 */
async function writeArticles(file: string, json: { checked: string | null; articles: unknown[] }): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, formatArticlesFile(json));
  await rename(temporary, file);
}
