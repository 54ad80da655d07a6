import * as v from 'valibot';
import { id, oneOf, selector, text } from '../../config/fields';
import { defineCapability } from '../../kernel/capability';

/**
 * Hints at the field and reassurance at the anxious step. This version validates their config
 * (`pages[].hints`, `pages[].reassure`, and the same on steps); showing them comes next.
 */
export const hints = defineCapability({
  name: 'hints',
  config: {
    help: (checks) => ({
      hints: v.optional(
        v.array(
          v.strictObject({
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
        v.strictObject({ title: text('a title'), body: v.optional(v.string()), target: v.optional(selector(checks)) }),
      ),
    }),
  },
  setup: () => ({ api: {} }),
});
