import path from 'node:path';
import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { ARTICLE_HASH } from '@situ/core';
import { MARKDOWN } from './sources';
import type { Assets } from './assets';
import type { Problems } from './problems';

/** What rewriting one article's links needs to know about the rest of the build. */
export interface LinkContext {
  /** The article's Markdown file (absolute) and how messages name it. */
  file: string;
  shown: string;
  /** The id of the article in a Markdown file of the build, by absolute path. */
  articleAt(file: string): string | undefined;
  assets: Assets;
  problems: Problems;
  /** How messages name a file found on disk (relative to the build's working directory). */
  show(file: string): string;
  /** Local files this article uses, filled in here: they are published beside its output file. */
  used: Set<string>;
}

/** A URL that leaves the knowledge base alone: a scheme (`https:`, `mailto:`) or site-relative. */
const ABSOLUTE = /^([a-z][a-z\d+.-]*:|\/)/i;

/**
 * Rewrites local links in a sanitised article: another Markdown file opens that article in the
 * hub (`#situ-article=<id>`); an image or other local file is published with a hashed name
 * beside the output JSON, whose URL the browser resolves the article's URLs against.
 */
export function rewriteLinks(context: LinkContext) {
  return async (tree: Root): Promise<void> => {
    const pending: Promise<void>[] = [];
    visit(tree, 'element', (node, index, parent) => {
      const attribute = node.tagName === 'a' ? 'href' : node.tagName === 'img' ? 'src' : undefined;
      const url = attribute && node.properties[attribute];
      if (typeof url !== 'string') return;
      const line = node.position?.start.line ?? 1;
      if (url.startsWith('#') || url === '') {
        if (url.startsWith(ARTICLE_HASH)) return;
        // The hub has no anchors to scroll to (ids are dropped): keep the words, drop the link.
        if (node.properties.dataFootnoteBackref !== undefined && parent && index !== undefined) {
          parent.children.splice(index, 1);
          return [SKIP, index];
        }
        if (node.properties.dataFootnoteRef === undefined) {
          context.problems.warn(context.shown, line, `link to "${url}" inside the article: the help hub cannot scroll to it, so it is shown as plain text`);
        }
        delete node.properties.href;
        return;
      }
      if (ABSOLUTE.test(url)) return;
      pending.push(rewrite(node, attribute!, url, line, context));
    });
    await Promise.all(pending);
  };
}

async function rewrite(node: Element, attribute: 'href' | 'src', url: string, line: number, context: LinkContext): Promise<void> {
  const [, rawPath = '', suffix = ''] = /^([^?#]*)([?#].*)?$/.exec(url) ?? [];
  let relative: string;
  try {
    relative = decodeURIComponent(rawPath);
  } catch {
    relative = rawPath;
  }
  const target = path.resolve(path.dirname(context.file), relative);
  if (attribute === 'href' && MARKDOWN.test(relative)) {
    const id = context.articleAt(target);
    if (id === undefined) context.problems.error(context.shown, line, `link to "${url}": no such article in the build`);
    // The hub opens the article at its top: a fragment in another article has nowhere to go.
    else node.properties.href = ARTICLE_HASH + encodeURIComponent(id);
    return;
  }
  const name = await context.assets.name(target);
  if (name === undefined) {
    context.problems.error(context.shown, line, `${node.tagName === 'img' ? 'image' : 'linked file'} "${url}" not found (looked for ${context.show(target)})`);
    return;
  }
  context.used.add(target);
  node.properties[attribute] = encodeURIComponent(name) + (attribute === 'href' ? suffix : '');
}
