import type { Root as Hast } from 'hast';
import type { Root as Mdast } from 'mdast';
import { toText } from 'hast-util-to-text';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { rewriteLinks, type LinkContext } from './links';
import { sanitizeSchema } from './sanitizeSchema';

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);
const stringifier = unified().use(rehypeStringify);

/** Parses Markdown with GFM and a YAML front matter block (the tree's first node, if any). */
export function parseMarkdown(markdown: string): Mdast {
  return parser.parse(markdown);
}

/** An article body as the browser gets it. */
export interface Rendered {
  /** Sanitised HTML, safe to insert. */
  html: string;
  /** The words of `html`, whitespace collapsed, for the search index. */
  text: string;
}

/**
 * Renders a parsed article to safe HTML. Raw HTML is dropped unless `allowHtml`; either way the
 * tree passes the sanitiser before its links are rewritten, so every URL the build writes
 * itself is the only kind that skips the protocol check.
 */
export async function render(tree: Mdast, { allowHtml, links }: { allowHtml: boolean; links: LinkContext }): Promise<Rendered> {
  const pipeline = unified()
    .use(remarkRehype, { allowDangerousHtml: allowHtml })
    .use(allowHtml ? [rehypeRaw] : [])
    .use(onlyCheckboxInputs)
    .use(rehypeSanitize, sanitizeSchema)
    .use(rewriteLinks, links);
  // `run` changes the tree it is given: the caller's Markdown tree stays as it was.
  const hast = (await pipeline.run(structuredClone(tree))) as Hast;
  return {
    html: stringifier.stringify(hast).trim(),
    text: toText(hast).replace(/\s+/g, ' ').trim(),
  };
}

/**
 * The sanitiser keeps `<input>` for task lists and forces any it keeps into a disabled checkbox,
 * so a raw `<input name="q">` would turn into a stray checkbox: only checkboxes go in.
 */
function onlyCheckboxInputs() {
  return (tree: Hast) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'input' || node.properties.type === 'checkbox' || !parent || index === undefined) return;
      parent.children.splice(index, 1);
      return [SKIP, index];
    });
  };
}
