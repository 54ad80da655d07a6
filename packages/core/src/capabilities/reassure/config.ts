import * as v from 'valibot';
import { selector, text, strict, type SchemaChecks } from '../../config/fields';

/** The reassurance a page or step carries. */
export const help = (checks: SchemaChecks) => ({
  reassure: v.optional(
    strict({
      title: text('a title'),
      body: v.optional(v.string()),
      next: v.optional(v.array(text('a line of what happens next'), 'expected a list of lines of what happens next')),
      target: v.optional(selector(checks)),
    }),
  ),
});
