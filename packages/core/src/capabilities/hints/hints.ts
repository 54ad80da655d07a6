import { defineCapability } from '../../kernel/capability';

/**
 * Hints at the field and reassurance at the anxious step. This version validates their config
 * (`pages[].hints`, `pages[].reassure`, and the same on steps); showing them comes next.
 */
export const hints = defineCapability({
  name: 'hints',
  config: {
    schema: () => import('./config'),
  },
  setup: () => ({ api: {} }),
});
