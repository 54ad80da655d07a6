import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** A Markdown file in the knowledge base. */
export interface Source {
  /** Absolute path, for reading and for resolving its relative links. */
  path: string;
  /** Path inside the folder with `/` separators (`payments/fees.nl.md`): the default id comes from it. */
  rel: string;
  /** How messages name it: relative to the working directory. */
  shown: string;
}

/** File names that hold articles. */
export const MARKDOWN = /\.(md|markdown)$/i;

/** How messages name a file: relative to the working directory when inside it, else absolute. */
export function shownPath(file: string, cwd = process.cwd()): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

/**
 * Every Markdown file under `folder`, sorted so ids, duplicates and output come out the same on
 * every machine. Dot-folders, node_modules and README files are skipped: they hold tooling and
 * notes for writers, not help.
 */
export async function findSources(folder: string, cwd = process.cwd()): Promise<Source[]> {
  const root = path.resolve(cwd, folder);
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const sources: Source[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || !MARKDOWN.test(entry.name) || /^readme\./i.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    const rel = path.relative(root, file).split(path.sep).join('/');
    if (rel.split('/').some((part) => part.startsWith('.') || part === 'node_modules')) continue;
    sources.push({ path: file, rel, shown: shownPath(file, cwd) });
  }
  return sources.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}
