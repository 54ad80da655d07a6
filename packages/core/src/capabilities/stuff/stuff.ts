import * as v from 'valibot';
import { text } from '../../config/fields';
import { defineCapability } from '../../kernel/capability';

/** My Stuff. This version validates its config (`itemsUrl`); the view comes later. */
export const stuff = defineCapability({
  name: 'stuff',
  config: { fields: () => ({ itemsUrl: v.optional(text('a URL')) }) },
  setup: () => ({ api: {} }),
});
