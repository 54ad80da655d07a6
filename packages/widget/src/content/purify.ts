import type { Config, DOMPurify } from 'dompurify';

let purify: DOMPurify | undefined;

/**
 * What an article may hold where the browser has no native sanitiser: DOMPurify's HTML profile
 * (no script, no event handlers, no `javascript:`), without the parts that could pass for the
 * host page's own (forms and their controls, except the task lists' checkboxes that `tidyArticle`
 * vets) or restyle it.
 */
const ARTICLE: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: ['style', 'form', 'button', 'select', 'option', 'textarea', 'dialog'],
  FORBID_ATTR: ['style', 'class', 'id', 'name', 'form', 'formaction'],
};

/** Loads DOMPurify (a lazy chunk, only for browsers without `Element.setHTML`). */
export const loadPurify = () => import('dompurify').then((m) => void (purify = m.default));

/**
 * `html` sanitised as an article; null while DOMPurify is not loaded. On a page that enforces
 * Trusted Types it is a `TrustedHTML` from DOMPurify's own policy, `dompurify` (the page must allow
 * it: `trusted-types situ dompurify`), so it may go into `innerHTML`.
 */
export const purifyNow = (html: string): string | null =>
  purify ? (purify.sanitize(html, { ...ARTICLE, RETURN_TRUSTED_TYPE: true }) as unknown as string) : null;
