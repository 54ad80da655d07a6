import { existsSync, readFileSync } from 'node:fs';
import { repoPath } from './paths';

/** The parts of a Situ config the tests read. */
export interface Article {
  id: string;
  title: string;
  body?: string;
  tags?: string[];
  related?: string[];
  lang?: string;
  /** Compiled by `situ build`: the pages and steps the article names itself. */
  pages?: string[];
  steps?: string[];
  html?: string;
  text?: string;
}
export interface Step {
  id: string;
  when?: string;
  articles?: string[];
}
export interface PageConfig {
  id: string;
  match: string | { pathname?: string } | (string | { pathname?: string })[];
  articles?: string[];
  steps?: Step[];
}
export interface SituConfig {
  locale?: string;
  articles?: Article[];
  articlesUrl?: string;
  pages?: PageConfig[];
}

/** What the home view must show: its heading and the articles, in order; then the page's other help. */
export interface ExpectedHelp {
  heading: 'Help for this step' | 'Help for this page' | 'Help articles';
  articles: Article[];
  /** Below the step's help: the page's other articles, under their own heading. */
  more?: { heading: 'Help for this page'; articles: Article[] };
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

/** A config as the site serves it, with `articlesUrl`'s articles (if any) folded in. */
export class LoadedConfig {
  readonly articles: Article[];
  readonly pages: PageConfig[];

  constructor(
    readonly raw: SituConfig,
    publicDir: string,
  ) {
    const extra: Article[] = [];
    if (raw.articlesUrl && raw.articlesUrl.startsWith('/')) {
      // One file per locale: the site's own language is what a visitor sees first.
      const url = raw.articlesUrl.replaceAll('{locale}', raw.locale ?? 'en');
      const file = repoPath(publicDir, `.${url.split(/[?#]/)[0]}`);
      if (existsSync(file)) {
        const kb = readJson<{ articles?: Article[] } | Article[]>(file);
        extra.push(...(Array.isArray(kb) ? kb : (kb.articles ?? [])));
      }
    }
    const seen = new Set<string>();
    this.articles = [...(raw.articles ?? []), ...extra].filter(
      (a) => a && typeof a.id === 'string' && typeof a.title === 'string' && !seen.has(a.id) && !!seen.add(a.id),
    );
    this.pages = raw.pages ?? [];
  }

  article(id: string): Article {
    const found = this.articles.find((a) => a.id === id);
    if (!found) throw new Error(`e2e: no article "${id}" in the config`);
    return found;
  }

  page(id: string): PageConfig {
    const found = this.pages.find((p) => p.id === id);
    if (!found) throw new Error(`e2e: no page "${id}" in the config`);
    return found;
  }

  /** The page whose plain pathname `match` equals `pathname` (the portal's pages have no params). */
  pageAt(pathname: string): PageConfig {
    const found = this.pages.find((p) => pathnamesOf(p).includes(pathname));
    if (!found) throw new Error(`e2e: no page in the config matches ${pathname} exactly`);
    return found;
  }

  /**
   * The home view for a page and step: the step's articles under "Help for this step", then the
   * page's others under "Help for this page"; with neither, the first five as "Help articles".
   */
  expectedHelp(pageId: string, stepId: string | null): ExpectedHelp {
    const page = this.page(pageId);
    const step = stepId ? page.steps?.find((s) => s.id === stepId) : undefined;
    if (stepId && !step) throw new Error(`e2e: page "${pageId}" has no step "${stepId}"`);
    const known = new Map(this.articles.map((a) => [a.id, a]));
    // The config's lists first, then the articles that name this step or page themselves.
    const namingStep = step ? this.articles.filter((a) => a.steps?.some((x) => x === step.id || x === `${page.id}/${step.id}`)) : [];
    const namingPage = this.articles.filter((a) => a.pages?.includes(page.id));
    const stepIds = [...new Set([...(step?.articles ?? []), ...namingStep.map((a) => a.id)])];
    const stepArticles = stepIds.flatMap((id) => known.get(id) ?? []);
    const pageArticles = [...new Set([...(page.articles ?? []), ...namingPage.map((a) => a.id)])]
      .filter((id) => !stepIds.includes(id))
      .flatMap((id) => known.get(id) ?? []);
    if (stepArticles.length > 0) {
      return { heading: 'Help for this step', articles: stepArticles, ...(pageArticles.length ? { more: { heading: 'Help for this page', articles: pageArticles } } : {}) };
    }
    if (pageArticles.length > 0) return { heading: 'Help for this page', articles: pageArticles };
    return { heading: 'Help articles', articles: this.articles.slice(0, 5) };
  }
}

/** The literal pathnames a page matches (patterns with parameters or wildcards left out). */
export function pathnamesOf(page: PageConfig): string[] {
  const list = Array.isArray(page.match) ? page.match : [page.match];
  return list
    .map((m) => (typeof m === 'string' ? m : m.pathname))
    .filter((m): m is string => typeof m === 'string' && m.startsWith('/') && !/[:*(){}?+\\]/.test(m));
}

/** The demo portal's config, read from disk. */
export function portalConfig(): LoadedConfig {
  const dir = 'examples/portal/public';
  return new LoadedConfig(readJson<SituConfig>(repoPath(dir, 'help/situ.json')), dir);
}

/** A fixture's config from e2e/fixtures. */
export function fixtureConfig(name: string): LoadedConfig {
  return new LoadedConfig(readJson<SituConfig>(repoPath('e2e/fixtures', name)), 'e2e/fixtures');
}

/** Words of a title, letters only, lower-cased. */
export const wordsOf = (title: string) => title.toLowerCase().match(/\p{L}+/gu) ?? [];

/**
 * A word of six or more letters that appears in exactly one article's title, with that article;
 * the first such in config order, so runs are repeatable.
 */
export function uniqueTitleWord(all: readonly Article[], locale = 'en'): { article: Article; word: string } {
  // Articles in another language may be left out of this locale's results; count all titles, pick from these.
  const articles = all.filter((a) => !a.lang || a.lang === locale || a.lang.startsWith(`${locale}-`));
  const count = new Map<string, number>();
  for (const a of all) for (const w of new Set(wordsOf(a.title))) count.set(w, (count.get(w) ?? 0) + 1);
  for (const article of articles) {
    const word = wordsOf(article.title)
      .filter((w) => w.length >= 6 && count.get(w) === 1)
      .sort((x, y) => y.length - x.length)[0];
    if (word) return { article, word };
  }
  throw new Error('e2e: no article title has a word of 6+ letters that no other title has');
}

/** `word` with one letter in the middle replaced by another, a one-letter typo. */
export function withTypo(word: string): string {
  const i = Math.floor(word.length / 2);
  const replacement = word[i] === 'x' ? 'q' : 'x';
  return word.slice(0, i) + replacement + word.slice(i + 1);
}
