import { readFile } from 'node:fs/promises';
import type { Root as Mdast } from 'mdast';
import { ARTICLE_ID, parseFrontMatter, type FrontMatter } from './frontMatter';
import { splitName } from './locales';
import type { Problems } from './problems';
import { parseMarkdown } from './render';
import type { Source } from './sources';

/** One Markdown file, read and parsed, before its body is rendered. */
export interface Draft {
  source: Source;
  tree: Mdast;
  frontMatter: FrontMatter;
  id: string;
  /** Where the id came from: the front matter line, or line 1 for the file name. */
  idLine: number;
  lang: string;
  title: string;
}

/**
 * Reads an article and settles its id and locale. Resolves to undefined, after reporting why,
 * when it cannot become an article; a file with problems still gives its id (for links to it)
 * where it has one, so one mistake is not reported again in every file that links to it.
 */
export async function readArticle(source: Source, defaultLocale: string, problems: Problems): Promise<{ id: string; draft?: Draft } | undefined> {
  let markdown: string;
  try {
    markdown = await readFile(source.path, 'utf8');
  } catch (error) {
    problems.error(source.shown, undefined, `cannot be read: ${(error as Error).message}`);
    return undefined;
  }
  const tree = parseMarkdown(markdown);
  const before = problems.errors.length;
  const yaml = tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined;
  // The YAML starts on the line after the opening `---`.
  const frontMatter = yaml ? parseFrontMatter(yaml.value, (yaml.position?.start.line ?? 1) + 1, source.shown, problems) : {};

  const named = splitName(source.rel);
  const id = frontMatter.id?.value ?? named.id;
  const idLine = frontMatter.id?.line ?? 1;
  if (!ARTICLE_ID.test(id)) {
    problems.error(source.shown, idLine, `id "${id}" (from the file name) is not a valid article id: use letters, digits, "-", "_", ".", ":" and "/", or set "id" in front matter`);
  }
  if (named.locale && frontMatter.locale && frontMatter.locale.value !== named.locale) {
    problems.error(source.shown, frontMatter.locale.line, `locale "${frontMatter.locale.value}" contradicts the file name, which says "${named.locale}"`);
  }
  if (frontMatter.title === undefined && !problems.errors.slice(before).some((p) => /^front matter(: | "title")/.test(p.message))) {
    problems.error(source.shown, yaml ? (yaml.position?.start.line ?? 1) : 1, yaml ? 'front matter has no "title"' : 'no front matter: an article needs at least "title: …" between --- lines at the top');
  }
  if (problems.errors.length > before) return ARTICLE_ID.test(id) ? { id } : undefined;
  const lang = named.locale ?? frontMatter.locale?.value ?? defaultLocale;
  return { id, draft: { source, tree, frontMatter, id, idLine, lang, title: frontMatter.title! } };
}
