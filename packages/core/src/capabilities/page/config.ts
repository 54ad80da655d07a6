import * as v from 'valibot';
import { id, selector, strict, type SchemaChecks } from '../../config/fields';
import { loadedURLPattern, type PatternSource } from './urlPattern';

/** A pathname pattern of literal characters, `:name` parameters and `*` wildcards only. */
const SIMPLE_PATTERN = /^\/(?:[\w\-./~*]|:[A-Za-z_]\w*)*$/;

/**
 * True when URLPattern accepts `p`. Plain paths with named parameters and wildcards are always
 * valid: checked without compiling, so validating 50,000 such pages costs string tests.
 */
export function isUrlPattern(p: PatternSource): boolean {
  if (typeof p === 'string' && SIMPLE_PATTERN.test(p)) return true;
  const Pattern = loadedURLPattern();
  if (!Pattern) return false;
  try {
    new Pattern(typeof p === 'string' ? { pathname: p } : p);
    return true;
  } catch {
    return false;
  }
}

/**
 * A regular-expression group that repeats a repeating part, as in `(\\d+)+`: such a pattern can
 * take seconds on an unlucky URL (catastrophic backtracking) where URLPattern is polyfilled, so
 * no visitor's URL may meet one.
 */
export const NESTED_REPEAT = /\([^()]*[+*}][^()]*\)\s*[+*{]/;

const parts = (p: string | Record<string, string | undefined>) => (typeof p === 'string' ? [p] : Object.values(p).filter((x) => x !== undefined));

const pagesSchema = (checks: SchemaChecks, help: v.ObjectEntries) => {
  const urlPattern = v.pipe(
    v.union(
      [
        v.string(),
        // A list is not an object of components (valibot's object schema would take `[]`).
        v.pipe(
          v.custom<object>((x) => typeof x === 'object' && x !== null && !Array.isArray(x)),
          strict({ pathname: v.optional(v.string()), search: v.optional(v.string()), hash: v.optional(v.string()) }),
        ),
      ],
      'expected a URL pattern ("/claims/:id") or { pathname, search, hash }',
    ),
    v.check((p) => !parts(p).some((x) => NESTED_REPEAT.test(x as string)), 'a repeated group that itself repeats (such as "(\\d+)+") can freeze the page; repeat it once'),
    v.check((p) => (checks.isUrlPattern ?? isUrlPattern)(p), 'expected a URL pattern ("/claims/:id", "/help/*")'),
  );
  const step = strict({ id: id(), when: v.optional(selector(checks)), ...help });
  const page = strict({
    id: id(),
    match: v.union(
      [urlPattern, v.pipe(v.array(urlPattern), v.minLength(1, 'expected at least one URL pattern'))],
      'expected a URL pattern or a list of them',
    ),
    title: v.optional(v.string()),
    steps: v.optional(v.array(step, 'expected a list of steps')),
    ...help,
  });
  return v.optional(v.array(page, 'expected a list of pages'));
};

/** The pages: each matched by URL pattern, with its steps, and every capability's help fields. */
export const fields = (checks: SchemaChecks, help: v.ObjectEntries) => ({ pages: pagesSchema(checks, help) });
