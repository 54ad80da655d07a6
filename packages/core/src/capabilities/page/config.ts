import * as v from 'valibot';
import { id, selector, type SchemaChecks } from '../../config/fields';

const pagesSchema = (checks: SchemaChecks, help: v.ObjectEntries) => {
  const urlPattern = v.pipe(
    v.union(
      [v.string(), v.strictObject({ pathname: v.optional(v.string()), search: v.optional(v.string()), hash: v.optional(v.string()) })],
      'expected a URL pattern ("/claims/:id") or { pathname, search, hash }',
    ),
    v.check((p) => checks.isUrlPattern(p), 'expected a URL pattern ("/claims/:id", "/help/*")'),
  );
  const step = v.strictObject({ id: id(), when: v.optional(selector(checks)), ...help });
  const page = v.strictObject({
    id: id(),
    match: v.union([urlPattern, v.array(urlPattern)], 'expected a URL pattern or a list of them'),
    title: v.optional(v.string()),
    steps: v.optional(v.array(step, 'expected a list of steps')),
    ...help,
  });
  return v.optional(v.array(page, 'expected a list of pages'));
};

/** The pages: each matched by URL pattern, with its steps, and every capability's help fields. */
export const fields = (checks: SchemaChecks, help: v.ObjectEntries) => ({ pages: pagesSchema(checks, help) });
