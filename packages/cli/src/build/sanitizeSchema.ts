import { defaultSchema, type Options as Schema } from 'rehype-sanitize';

/**
 * Attributes dropped from rehype-sanitize's GitHub-style default. An article's HTML lives in the
 * hub, inside someone else's page:
 * - `id` and `name` (and the `aria-*` that point at ids): the hub has its own ids, and an
 *   in-article anchor has nowhere to scroll to; a `user-content-` prefix would only hide that.
 * - `accessKey` and `tabIndex`: they would take the host page's shortcuts and focus order.
 * - form attributes (`action`, `method`, …): forms never survive, so these mean nothing.
 */
const DROPPED = new Set(['id', 'name', 'ariaDescribedBy', 'ariaLabelledBy', 'accessKey', 'tabIndex', 'action', 'method', 'encType', 'acceptCharset', 'accept', 'prompt']);

/** A few more harmless text elements than GitHub keeps, useful in help articles. */
const EXTRA_TAGS = ['abbr', 'mark', 'small', 'u', 'cite', 'dfn', 'figure', 'figcaption', 'caption'];

/**
 * Elements removed with their content rather than unwrapped: what is inside them is code or
 * raw text (`<style>` would otherwise leave its CSS as article text).
 */
const STRIPPED = ['script', 'style', 'template', 'noscript', 'textarea', 'title', 'xmp', 'noembed', 'noframes', 'iframe', 'object'];

const attributes = Object.fromEntries(
  Object.entries(defaultSchema.attributes ?? {}).map(([tag, list]) => [
    tag,
    list.filter((a) => !DROPPED.has(Array.isArray(a) ? (a[0] as string) : a)),
  ]),
);

/**
 * The one schema every article's HTML passes through, with or without `--allow-html`:
 * GitHub's rules (no scripts, styles, event handlers or forms; `http(s)`/`mailto`/`tel` links;
 * `http(s)` images), task-list checkboxes kept disabled, no ids.
 */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), ...EXTRA_TAGS],
  attributes: { ...attributes, abbr: ['title'] },
  ancestors: { ...defaultSchema.ancestors, caption: ['table'] },
  clobber: [],
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto', 'tel'] },
  strip: STRIPPED,
};
