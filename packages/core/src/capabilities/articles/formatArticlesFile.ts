import { isRecord } from '../../util/isRecord';

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

/** `json` (`{ …, articles: [...] }` or a bare list) as `situ build` writes it: one article per line. */
export function formatArticlesFile(json: unknown): string {
  const list = Array.isArray(json) ? json : isRecord(json) && Array.isArray(json.articles) ? json.articles : null;
  if (!list) return `${JSON.stringify(json)}\n`;
  // JSON.stringify without indentation never writes a newline (it escapes those inside strings).
  const lines = list.map((article, i) => `${JSON.stringify(article)}${i < list.length - 1 ? ',' : ''}\n`).join('');
  if (Array.isArray(json)) return `[\n${lines}]\n`;
  const { articles: _, ...rest } = json as Record<string, unknown>;
  const open = JSON.stringify({ ...rest, articles: [] }).slice(0, -2);
  return `${open}\n${lines}]}\n`;
}
