import type { Article } from '@situ/core';

/** A one-line preview of an article for lists: its summary, else the start of its text. */
export function snippet(article: Article, length = 110): string {
  if (article.summary) return article.summary;
  // Only for display: drop Markdown punctuation from the first words; the article view renders properly.
  const source = article.text ?? article.body ?? '';
  const plain = source
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*(#+|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*_`~|]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length > length ? `${plain.slice(0, length).replace(/\s+\S*$/, '')}…` : plain;
}
