import * as v from 'valibot';
import { id, oneOf, selector, text, strict, type SchemaChecks } from '../../config/fields';

/** The page and step fields of hints and reassurance. */
export const help = (checks: SchemaChecks) => ({
  hints: v.optional(
    v.array(
      strict({
        id: id(),
        target: selector(checks),
        body: text('the hint text'),
        title: v.optional(v.string()),
        trigger: v.optional(oneOf(['focus', 'hover', 'click', 'beacon', 'always'])),
      }),
      'expected a list of hints',
    ),
  ),
  reassure: v.optional(
    strict({ title: text('a title'), body: v.optional(v.string()), target: v.optional(selector(checks)) }),
  ),
});
