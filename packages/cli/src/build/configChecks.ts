import type { Located } from './frontMatter';
import type { Problems } from './problems';
import type { SiteConfig } from './siteConfig';

/** What the config checks need to know of one article file. */
export interface ArticleUse {
  id: string;
  shown: string;
  pages?: Located<string>[];
  steps?: Located<string>[];
}

/**
 * Checks articles and config against each other: every page and step an article names exists,
 * every article a page or step lists exists, and an article nothing uses is reported (it can
 * only be found by search, which is rarely what its writer meant).
 */
export function checkAgainstConfig(articles: readonly ArticleUse[], config: SiteConfig, configShown: string, problems: Problems): void {
  const steps = new Set([...config.pages.values()].flatMap((s) => [...s]));
  for (const article of articles) {
    for (const page of article.pages ?? []) {
      if (!config.pages.has(page.value)) problems.error(article.shown, page.line, `page "${page.value}" is not in ${configShown}`);
    }
    for (const step of article.steps ?? []) {
      const [page, stepId] = step.value.includes('/') ? step.value.split('/') : [undefined, step.value];
      if (page !== undefined && !config.pages.has(page)) problems.error(article.shown, step.line, `step "${step.value}": page "${page}" is not in ${configShown}`);
      else if (page !== undefined && !config.pages.get(page)!.has(stepId!)) problems.error(article.shown, step.line, `step "${step.value}": page "${page}" has no step "${stepId}" in ${configShown}`);
      else if (page === undefined && !steps.has(stepId!)) problems.error(article.shown, step.line, `step "${step.value}" is not on any page in ${configShown}`);
    }
  }

  const provided = new Set([...articles.map((a) => a.id), ...config.inline]);
  for (const listed of config.listed) {
    if (!provided.has(listed.value)) problems.error(configShown, listed.line, `article "${listed.value}" is listed here, but no Markdown file provides it`);
  }

  const listed = new Set(config.listed.map((l) => l.value));
  const warned = new Set<string>();
  for (const article of articles) {
    if (listed.has(article.id) || warned.has(article.id)) continue;
    if (articles.some((a) => a.id === article.id && (a.pages?.length || a.steps?.length))) continue;
    warned.add(article.id);
    problems.warn(article.shown, 1, `article "${article.id}" is on no page or step (neither ${configShown} nor its front matter names one): only search finds it`);
  }
}
