/*
 * The articles file's layout. `situ build` writes one article per line:
 *
 *   {"checked":"…","articles":[
 *   {"id":"refund",…},
 *   {"id":"fees",…}
 *   ]}
 *
 * It is still one JSON document (any JSON tool reads it), but the browser can parse it line by
 * line with `JSON.parse` as it arrives, yielding to the page between slices: parsed whole, a
 * 20 MB file of 5,000 articles blocked the page for 40–65 ms in one go (docs/decisions.md).
 */

/** A knowledge base as `situ build` writes it: `{ …, "articles": [` on the first line, one article per line, `]}`. */
export function formatArticlesFile({ articles, ...rest }: { articles: readonly unknown[] } & Record<string, unknown>): string {
  // JSON.stringify without indentation never writes a newline (it escapes those inside strings).
  const lines = articles.map((article, i) => `${JSON.stringify(article)}${i < articles.length - 1 ? ',' : ''}\n`).join('');
  const open = JSON.stringify({ ...rest, articles: [] }).slice(0, -2);
  return `${open}\n${lines}]}\n`;
}
