import type { CompileContext, HtmlExtension, Token } from 'micromark-util-types';

/**
 * `style` and `on…` attributes inside a raw HTML tag: the page's CSP would report the style as
 * the browser parses it, and the sanitiser would drop both anyway. Only tags are touched (the
 * text between them is other tokens), and only to remove; the sanitiser still sees the result.
 */
const NOISY_ATTRIBUTE = /(<[a-z][^<>]*?)\s+(?:style|on[a-z]+)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>=`]+)/gi;

function withoutNoisyAttributes(html: string): string {
  let previous: string;
  do {
    previous = html;
    html = html.replace(NOISY_ATTRIBUTE, '$1');
  } while (html !== previous);
  return html;
}

function rawHtml(this: CompileContext, token: Token): undefined {
  this.raw(this.encode(withoutNoisyAttributes(this.sliceSerialize(token))));
}

const quietHtml: HtmlExtension = { exit: { htmlFlowData: rawHtml, htmlTextData: rawHtml } };

/** Raw HTML in Markdown: kept (for the sanitiser), or escaped (shown as text). */
export type RawHtml = boolean;

let parse: typeof import('micromark').micromark | undefined;

/** Loads micromark (CommonMark), a lazy chunk; afterwards `markdownToHtmlNow` works at once. */
export const loadMarkdown = () => import('micromark').then((m) => void (parse = m.micromark));

/** Markdown as HTML, if micromark is loaded; else null. */
export function markdownToHtmlNow(markdown: string, rawHtml: RawHtml): string | null {
  // Raw HTML is escaped unless the config allows it; dangerous link protocols are always dropped.
  return parse
    ? parse(markdown, {
        allowDangerousHtml: rawHtml,
        allowDangerousProtocol: false,
        htmlExtensions: rawHtml ? [quietHtml] : [],
      })
    : null;
}

/** Renders Markdown to HTML with micromark, loading it first if needed. */
export async function markdownToHtml(markdown: string, rawHtml: RawHtml): Promise<string> {
  if (!parse) await loadMarkdown();
  return markdownToHtmlNow(markdown, rawHtml)!;
}
