import { defineCapability } from '../../kernel/capability';
import { lazyPart, type LazyPart } from '../../kernel/lazyPart';
import type { AskPart } from './question';

/** A question as `ask()` takes it. */
export interface AskOptions {
  /** The question: "Cancel your policy?". */
  title: string;
  /** What the action does, and what it cannot undo. */
  body?: string;
  /** The button that goes ahead. @default "Continue" */
  confirmLabel?: string;
  /** The button that does not. @default "Cancel" */
  cancelLabel?: string;
  /** The id of the article that explains the consequences. */
  article?: string;
}

/** What the widget reaches: the ask part, loaded on first need. */
export interface AskApi {
  readonly questions: LazyPart<AskPart>;
}

/** Ask before a consequential action: an alert dialog whose answer the host awaits; lazy. */
export const ask = defineCapability({
  name: 'ask',
  setup(ctx) {
    const questions = lazyPart(ctx, () => import('./question').then((m) => m.questions(ctx)));
    return {
      api: { questions } satisfies AskApi as AskApi,
      commands: {
        /**
         * Before an action with consequences: an accessible alert dialog. Resolves true when the
         * visitor goes ahead, false when they cancel or press Escape (and on a bad call).
         */
        ask: (options: AskOptions): Promise<boolean> => questions.run('ask', (part) => part.ask(options)),
      },
    };
  },
});
