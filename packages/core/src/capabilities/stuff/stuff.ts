import { defineCapability } from '../../kernel/capability';

/** My Stuff. This version validates its config (`itemsUrl`); the view comes later. */
export const stuff = defineCapability({
  name: 'stuff',
  config: { schema: () => import('./config') },
  setup: () => ({ api: {} }),
});
