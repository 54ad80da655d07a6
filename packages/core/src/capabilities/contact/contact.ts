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

/** A way to reach a person (or a form), as `channels` lists it. */
export type Channel = {
  id: string;
  kind: 'phone' | 'chat' | 'callback' | 'form' | 'email';
  label?: string;
  number?: string;
  address?: string;
  hours?: Record<string, string>;
  for?: { urgency?: string[]; value?: string[]; moment?: string[]; categories?: string[] };
};

/**
 * Contact us. This version validates its config (`categories`, `channels`, `endpoint`, and
 * `contact` and `moment` on pages and steps); the flow, routing and delivery come next.
 */
export const contact = defineCapability({
  name: 'contact',
  config: {
    schema: () => import('./config'),
    resolve: ({ channels }: { channels?: Channel[] }) => ({ channels: channels ?? [] }),
  },
  setup: () => ({ api: {} }),
});
