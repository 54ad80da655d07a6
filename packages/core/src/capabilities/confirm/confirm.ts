import { defineCapability, payload } from '../../kernel/capability';
import { lazyPart, type LazyPart } from '../../kernel/lazyPart';
import { page } from '../page/page';
import type { ConfirmPart } from './confirmations';

/** A confirmation as `confirm()` takes it. */
export interface ConfirmOptions {
  /** What was done: "Your new address is saved". */
  title: string;
  /** More about it. */
  body?: string;
  /** A reference the visitor can quote. */
  reference?: string;
  /** What happens next, one line each. */
  next?: string[];
  /** How the visitor will hear: "We emailed you a copy". */
  followUp?: string;
}

/** The `confirm:show` event's payload. */
export interface ConfirmShowEvent {
  /** The activity entry's id. */
  id: string;
  title: string;
  reference: string | null;
}

/** The events of the confirm capability. */
export type ConfirmEvents = { 'confirm:show': ConfirmShowEvent };

/** What the widget reaches: the confirm part, loaded on first need. */
export interface ConfirmApi {
  readonly confirmations: LazyPart<ConfirmPart>;
}

/** Confirmation after an action, kept in the visitor's activity record; card and code are lazy. */
export const confirm = defineCapability({
  name: 'confirm',
  // The visitor's activity record (confirmations now, cases with contact): a sign-out removes it.
  keeps: { store: ['activity'] },
  events: { 'confirm:show': payload<ConfirmShowEvent>() },
  setup(ctx) {
    const where = ctx.use(page);
    const confirmations = lazyPart(ctx, () => import('./confirmations').then((m) => m.confirmations(ctx, where)));
    return {
      api: { confirmations } satisfies ConfirmApi as ConfirmApi,
      commands: {
        /**
         * After an action: a card, announced, saying what was done, the reference, what happens
         * next and how the visitor will hear; kept in their activity record for My Stuff.
         */
        confirm: (options: ConfirmOptions): Promise<void | false> => confirmations.run('confirm', (part) => part.confirm(options)),
      },
    };
  },
});
