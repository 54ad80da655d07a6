import { defineCapability, payload } from '../../kernel/capability';
import { lazyPart, type LazyPart } from '../../kernel/lazyPart';
import { hub } from '../hub/hub';
import type { ContactFlow, ContactPrefill } from './flow';
import type { ContactPayload } from './payload';

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
  /** Within how many hours a written request (form, email, callback) is answered: the confirmation says by when. */
  replyWithin?: number;
};

/** The `contact:sent` and `contact:failed` events' payload. */
export interface ContactResultEvent {
  /** The contact's id (its `Idempotency-Key`). */
  id: string;
  reference: string;
  channel: Channel['kind'];
  /** `contact:sent`: the receiver's case id; null when it did not say. */
  caseId?: string | null;
  /** `contact:failed`: the HTTP status, and the receiver's reason. */
  status?: number;
  problem?: string | null;
}

/** The events of the contact capability. */
export type ContactEvents = {
  /** The contact flow opened (`category`, `item` as far as known). */
  'contact:start': { category: string | null; item: string | null };
  /**
   * The visitor chose a channel the host opens itself (a chat): `payload` is the whole contact,
   * as the receiver gets it, for the host's chat vendor.
   */
  'contact:channel': { channel: Channel; payload: ContactPayload };
  /** The receiver has the contact (a 2xx was seen). */
  'contact:sent': ContactResultEvent;
  /** The receiver refused the contact (a 4xx other than 429): the visitor was told. */
  'contact:failed': ContactResultEvent;
};

/** What views and other capabilities reach. */
export interface ContactApi {
  /** The flow, loaded on first need (a lazy chunk with routing and the payload). */
  readonly flow: LazyPart<ContactFlow>;
  /**
   * Opens the hub at the contact flow, starting it afresh (at a category, item or channel);
   * `at: "channel"` goes past the articles ("Talk to a person" on a reassurance card).
   */
  start(prefill?: ContactPrefill, at?: 'channel'): void;
}

/**
 * Contact us: the visitor reaches the right channel in a few clicks, carrying the page, the step,
 * the item and what they read, and what they wrote is never lost (the outbox). Everything but
 * `start` is a lazy part.
 */
export const contact = defineCapability({
  name: 'contact',
  // What the visitor was typing: a sign-out takes it away. (The outbox stays: a message already
  // sent by the visitor is delivered, whoever signs in next.)
  keeps: { session: ['contact-draft'] },
  views: ['contact'],
  config: {
    schema: () => import('./config'),
    resolve: ({ channels, categories, endpoint }: { channels?: Channel[]; categories?: Category[]; endpoint?: string }) => ({
      channels: channels ?? [],
      categories: categories ?? [],
      endpoint: endpoint ?? null,
    }),
  },
  events: {
    'contact:start': payload<ContactEvents['contact:start']>(),
    'contact:channel': payload<ContactEvents['contact:channel']>(),
    'contact:sent': payload<ContactResultEvent>(),
    'contact:failed': payload<ContactResultEvent>(),
  },
  setup(ctx) {
    const panel = ctx.use(hub);
    const flow = lazyPart(ctx, () => import('./flow').then((m) => m.contactFlow(ctx)));
    // The hub's Back goes back a step of the flow first, so there is one Back, in the bar.
    ctx.onDestroy(panel.interceptBack(() => panel.view.peek().name === 'contact' && !!flow.part.peek()?.canGoBack.peek() && (flow.part.peek()!.back(), true)));
    const api: ContactApi = {
      flow,
      start(prefill, at) {
        panel.open('contact');
        void flow.run('contact', (f) => f.start(prefill, at));
      },
    };
    return {
      api,
      commands: {
        /** Opens the contact flow, at a category, item, channel or message (`{ category: "refund" }`). */
        contact: (prefill?: ContactPrefill) => api.start(prefill),
      },
    };
  },
});
