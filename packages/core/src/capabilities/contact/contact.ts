import { defineCapability } from '../../kernel/capability';

/** A contact category; `children` nest. */
export type Category = {
  id: string;
  label: string;
  urgency?: 'low' | 'medium' | 'high';
  value?: 'low' | 'medium' | 'high';
  matrix?: 'simplify' | 'eliminate' | 'self-service' | 'encourage';
  articles?: string[];
  itemTypes?: string[];
  children?: Category[];
};

/**
 * Contact us. This version validates its config (`categories`, `channels`, `endpoint`, and
 * `contact` and `moment` on pages and steps); the flow, routing and delivery come next.
 */
export const contact = defineCapability({
  name: 'contact',
  config: {
    schema: () => import('./config'),
  },
  setup: () => ({ api: {} }),
});
