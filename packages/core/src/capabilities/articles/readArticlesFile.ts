import { pace } from '../../util/yieldToPage';
import { isRecord } from '../../util/isRecord';

/**
 * Parses an articles file from its text, given in pieces as they arrive. Gives exactly what
 * `JSON.parse` of the whole text gives, and throws what it throws. A file in the layout
 * `situ build` writes (one article per line: see `formatArticlesFile`) is parsed a line at a time
 * in slices (`pace`), so the page never waits on one long parse; any other layout (a file
 * written by hand, indented) is parsed whole at the end.
 */
export async function readArticlesFile(pieces: AsyncIterable<string>): Promise<unknown> {
  const all: string[] = [];
  // Read line by line while the text keeps to the layout; once it does not, only collected.
  let lines = true;
  // The line being read, for a line that spans pieces. Only ever appended to, never searched: a
  // file all on one line costs no more than collecting it.
  let partial = '';
  // The layout's state: the list articles go in, whether its closing line has come,
  // and whether the last article's line ended with the comma that says another follows.
  let value: unknown;
  let list: unknown[] | null = null;
  let closed = false;
  let more = true;

  /** Takes one line; false when the text is not in the layout. */
  const take = (raw: string): boolean => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (closed) return line.trim() === '';
    if (!list) {
      // The opening line: an object whose last member is `"articles":[`.
      const head = line.endsWith('[') ? parse(`${line}]}`) : undefined;
      if (!isRecord(head) || Object.keys(head).at(-1) !== 'articles' || !Array.isArray(head.articles)) return false;
      [value, list] = [head, head.articles as unknown[]];
      return true;
    }
    // No comma after the last article (and none needed when there is none).
    if (line === ']}') return (closed = list.length === 0 || !more);
    if (!more) return false;
    more = line.endsWith(',');
    const article = parse(more ? line.slice(0, -1) : line);
    return article !== undefined && list.push(article) > 0;
  };

  const pause = pace();
  for await (const piece of pieces) {
    all.push(piece);
    let from = 0;
    for (let end = piece.indexOf('\n'); lines && end >= 0; end = piece.indexOf('\n', from)) {
      lines = take(partial + piece.slice(from, end));
      partial = '';
      from = end + 1;
      await pause();
    }
    if (lines) partial += piece.slice(from);
  }
  if (lines && (partial === '' || take(partial)) && closed) return value;
  return JSON.parse(all.join(''));
}

/** The value of `text`, or undefined when it is not JSON (a file in another layout, or broken). */
function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
