import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { LOCALE } from './locales';
import type { Problems } from './problems';

/** A value from front matter with the line it is on, so later checks can point at it. */
export interface Located<T> {
  value: T;
  line: number;
}

/** An article's front matter, checked field by field. */
export interface FrontMatter {
  id?: Located<string>;
  title?: string;
  summary?: string;
  locale?: Located<string>;
  tags?: string[];
  related?: Located<string>[];
  pages?: Located<string>[];
  steps?: Located<string>[];
}

/** An article id, as core's `articleId` accepts it. */
export const ARTICLE_ID = /^[A-Za-z0-9][\w.:/-]*$/;
/** A page id, as core's `id` accepts it. */
export const PAGE_ID = /^[A-Za-z0-9][\w.:-]*$/;
/** A step: `step` on any page, or `page/step`. */
export const STEP_ID = /^([A-Za-z0-9][\w.:-]*\/)?[A-Za-z0-9][\w.:-]*$/;

/** The fields front matter may have; other keys get a warning (sites reuse files from docs tools). */
export const FIELDS = ['id', 'title', 'summary', 'locale', 'tags', 'related', 'pages', 'steps'] as const;

/**
 * Reads front matter: `yaml` is the text between the fences and `firstLine` the file line it
 * starts on, so every message points at the line in the Markdown file.
 */
export function parseFrontMatter(yaml: string, firstLine: number, file: string, problems: Problems): FrontMatter {
  const counter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => firstLine + counter.linePos(offset).line - 1;
  const lineOf = (node: YamlNode | null | undefined) => lineAt(node?.range?.[0] ?? 0);
  if (doc.errors.length > 0) {
    for (const error of doc.errors) problems.error(file, lineAt(error.pos[0]), `front matter: ${error.message}`);
    return {};
  }
  if (doc.contents === null) return {};
  if (!isMap(doc.contents)) {
    problems.error(file, lineOf(doc.contents), 'front matter: expected "key: value" lines');
    return {};
  }

  const out: FrontMatter = {};
  const fail = (node: YamlNode | null, key: string, what: string) => problems.error(file, lineOf(node), `front matter "${key}": expected ${what}`);
  /** A string, or undefined after reporting what was wrong. */
  const string = (node: YamlNode | null, key: string, what: string, pattern?: RegExp): string | undefined => {
    if (!isScalar(node) || typeof node.value !== 'string') return void fail(node, key, `${what} (put it in quotes if it is a number or true/false)`);
    if (pattern && !pattern.test(node.value)) return void fail(node, key, `${what}, not "${node.value}"`);
    return node.value;
  };
  const list = (node: YamlNode | null, key: string, what: string, pattern?: RegExp): Located<string>[] | undefined => {
    if (!isSeq(node)) return void fail(node, key, `a list, one ${what} per item`);
    const items: Located<string>[] = [];
    for (const item of node.items as YamlNode[]) {
      const value = string(item, key, what, pattern);
      if (value !== undefined) items.push({ value, line: lineOf(item) });
    }
    return items;
  };

  for (const pair of doc.contents.items) {
    const keyNode = pair.key as YamlNode | null;
    const key = isScalar(keyNode) ? String(keyNode.value) : '';
    const node = pair.value as YamlNode | null;
    switch (key) {
      case 'id': {
        const value = string(node, key, 'an article id of letters, digits, "-", "_", ".", ":" or "/"', ARTICLE_ID);
        if (value !== undefined) out.id = { value, line: lineOf(node) };
        break;
      }
      case 'title': {
        const value = string(node, key, 'the title as text');
        if (value !== undefined && value.trim() === '') fail(node, key, 'a title, not an empty string');
        else if (value !== undefined) out.title = value.trim();
        break;
      }
      case 'summary':
        out.summary = string(node, key, 'a one-line summary');
        break;
      case 'locale': {
        const value = string(node, key, 'a language code such as "nl" or "en-GB"', LOCALE);
        if (value !== undefined) out.locale = { value, line: lineOf(node) };
        break;
      }
      case 'tags': {
        const tags = list(node, key, 'tag');
        const empty = tags?.find((t) => t.value.trim() === '');
        if (empty) problems.error(file, empty.line, 'front matter "tags": expected a tag, not an empty string');
        else if (tags) out.tags = tags.map((t) => t.value);
        break;
      }
      case 'related':
        out.related = list(node, key, 'article id', ARTICLE_ID);
        break;
      case 'pages':
        out.pages = list(node, key, 'page id', PAGE_ID);
        break;
      case 'steps':
        out.steps = list(node, key, 'step id ("step" or "page/step")', STEP_ID);
        break;
      default:
        problems.warn(file, lineOf(keyNode), `front matter: unknown key "${key}" ignored (Situ reads ${FIELDS.join(', ')})`);
    }
  }
  for (const key of Object.keys(out) as (keyof FrontMatter)[]) if (out[key] === undefined) delete out[key];
  return out;
}
