import * as v from 'valibot';

/** Checks a platform can offer that core cannot do alone (core knows no DOM). */
export interface SchemaChecks {
  /** True when `selector` is a valid CSS selector. */
  isSelector(selector: string): boolean;
  /** True when `pattern` is a valid URL pattern; by default URLPattern itself decides. */
  isUrlPattern?(pattern: string | { pathname?: string; search?: string; hash?: string }): boolean;
  /** True when `color` is a CSS colour. */
  isColor(color: string): boolean;
}

/** An id: letters, digits, `-`, `_`, `.` or `:`. */
export const id = () =>
  v.pipe(
    v.string('expected an id string'),
    v.regex(/^[A-Za-z0-9][\w.:-]*$/, 'expected an id of letters, digits, "-", "_", "." or ":"'),
  );

/** Non-empty text. */
export const text = (what = 'text') => v.pipe(v.string(`expected ${what}`), v.minLength(1, `expected ${what}, not an empty string`));

/** A list of ids. */
export const idList = () => v.array(id(), 'expected a list of ids');

/**
 * An article's id: an id that may also contain `/`, since `situ build` names an article by its
 * file's path in the knowledge base's folder (`payments/fees`).
 */
export const articleId = () =>
  v.pipe(
    v.string('expected an article id string'),
    v.regex(/^[A-Za-z0-9][\w.:/-]*$/, 'expected an article id of letters, digits, "-", "_", ".", ":" or "/"'),
  );

/** A list of article ids. */
export const articleIdList = () => v.array(articleId(), 'expected a list of article ids');

/** One of a few words, with a message that lists them. */
export const oneOf = <const T extends string>(values: readonly [T, ...T[]]) =>
  v.picklist(values, `expected ${values.map((x) => `"${x}"`).join(', ')}`);

/** A language code such as `nl` or `nl-BE`. */
export const languageCode = () =>
  v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'expected a language code such as "nl"'));

/** A CSS selector the browser accepts. */
export const selector = (checks: SchemaChecks) =>
  v.pipe(
    v.string('expected a CSS selector'),
    v.check((s) => s.trim() !== '' && checks.isSelector(s), 'expected a CSS selector'),
  );

/** How a visitor feels at a page or step: `emotional` puts people first. */
export const moment = () => oneOf(['routine', 'anxious', 'emotional']);

/** low, medium or high. */
export const level = () => oneOf(['low', 'medium', 'high']);

/**
 * A strict object schema (an unknown field is a problem) whose entries have no prototype, so a
 * property a page added to `Object.prototype` is never taken for a field.
 */
export const strict = <const T extends v.ObjectEntries>(entries: T, message?: string) =>
  v.strictObject(Object.assign(Object.create(null) as T, entries), message);
