import { readFile } from 'node:fs/promises';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode, type YAMLMap } from 'yaml';
import type { Located } from './frontMatter';
import type { Problems } from './problems';

/** What a build checks articles against in the site's config (`--config situ.json`). */
export interface SiteConfig {
  /** The config's `locale`, the default for articles whose file names none. */
  locale?: string;
  /** Page ids, each with its step ids. */
  pages: Map<string, Set<string>>;
  /** Article ids listed by pages and steps (`pages[].articles`, `pages[].steps[].articles`). */
  listed: Located<string>[];
  /** Articles the config carries itself (`articles[].id`): a list may name them without a file. */
  inline: Set<string>;
}

/**
 * Reads the parts of a config a build needs, with their lines. JSON is YAML, so the `yaml`
 * parser gives every id its line; `JSON.parse` first, so only real JSON passes.
 */
export async function readSiteConfig(file: string, shown: string, problems: Problems): Promise<SiteConfig | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    problems.error(shown, undefined, `config cannot be read: ${(error as Error).message}`);
    return undefined;
  }
  try {
    JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message)?.[1];
    const line = position === undefined ? 1 : text.slice(0, Number(position)).split('\n').length;
    problems.error(shown, line, `config is not valid JSON: ${(error as Error).message}`);
    return undefined;
  }
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  const lineOf = (node: YamlNode) => counter.linePos(node.range?.[0] ?? 0).line;
  const config: SiteConfig = { pages: new Map(), listed: [], inline: new Set() };
  if (!isMap(doc.contents)) return config;
  const root = doc.contents;

  const locale = root.get('locale');
  if (typeof locale === 'string') config.locale = locale;
  for (const article of items(root, 'articles')) {
    const id = article.get('id');
    if (typeof id === 'string') config.inline.add(id);
  }
  const listArticles = (owner: YAMLMap) => {
    const list = owner.get('articles', true);
    if (!isSeq(list)) return;
    for (const item of list.items as YamlNode[]) {
      if (isScalar(item) && typeof item.value === 'string') config.listed.push({ value: item.value, line: lineOf(item) });
    }
  };
  for (const page of items(root, 'pages')) {
    const id = page.get('id');
    if (typeof id !== 'string') continue;
    const steps = new Set<string>();
    for (const step of items(page, 'steps')) {
      const stepId = step.get('id');
      if (typeof stepId === 'string') steps.add(stepId);
      listArticles(step);
    }
    config.pages.set(id, steps);
    listArticles(page);
  }
  return config;
}

/** The maps in a list field; anything else the config's own schema reports (`situ check`). */
function items(owner: YAMLMap, key: string): YAMLMap[] {
  const list = owner.get(key, true);
  return isSeq(list) ? (list.items.filter((item) => isMap(item)) as YAMLMap[]) : [];
}
