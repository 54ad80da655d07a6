import * as v from 'valibot';
import { id, oneOf, selector, text, strict, type SchemaChecks } from '../../config/fields';

/** The hints a page or step carries. */
export const help = (checks: SchemaChecks) => ({
  hints: v.optional(
    v.array(
      strict({
        id: id(),
        target: selector(checks),
        body: text('the hint text'),
        title: v.optional(v.string()),
        trigger: v.optional(oneOf(['focus', 'hover', 'click', 'beacon', 'always'])),
        placement: v.optional(oneOf(['top', 'bottom', 'start', 'end'])),
        once: v.optional(v.boolean('expected true or false')),
      }),
      'expected a list of hints',
    ),
  ),
});
