import { computed, signal, type ReadonlySignal } from '@preact/signals-core';
import type { Context } from '../../kernel/capability';
import { i18n } from '../i18n/i18n';
import { askMessages } from './messages';
import { checkOptions } from '../../kernel/checkOptions';
import type { AskOptions } from './ask';

/** A question waiting for the visitor's answer. */
export interface Question extends AskOptions {
  /** Gives the answer: the `ask()` promise resolves with it, and the next question shows. */
  answer(yes: boolean): void;
}

/** Questions before consequential actions, one at a time. */
export interface AskPart {
  /** The question showing, or null. A second `ask()` waits for the first's answer. */
  readonly current: ReadonlySignal<Question | null>;
  /** `ask(options)`: resolves with the visitor's answer. */
  ask(options: unknown): Promise<boolean>;
}

/** The ask part: a lazy chunk, loaded by the first `ask()`. */
export function questions(ctx: Context): AskPart {
  ctx.use(i18n).addMessages(askMessages, LANGUAGES);
  const queue = signal<readonly Question[]>([]);
  // Destroyed with questions open: each resolves false (the safe answer), none hangs.
  ctx.onDestroy(() => queue.peek().forEach((q) => q.answer(false)));
  return {
    current: computed(() => queue.value[0] ?? null),
    ask(options) {
      checkAskOptions(options);
      return new Promise<boolean>((resolve) => {
        let open = true;
        const question: Question = {
          ...options,
          answer(yes) {
            if (!open) return;
            open = false;
            queue.value = queue.peek().filter((q) => q !== question);
            resolve(yes === true);
          },
        };
        queue.value = [...queue.peek(), question];
      });
    },
  };
}

/** Checks `ask()`'s argument field by field. */
function checkAskOptions(options: unknown): asserts options is AskOptions {
  checkOptions<AskOptions>(options, 'question options such as { title: "Cancel your policy?" }', (field, o) => {
    field(typeof o.title === 'string' && o.title.trim() !== '', 'title', 'the question');
    for (const name of ['body', 'confirmLabel', 'cancelLabel']) {
      field(o[name] === undefined || (typeof o[name] === 'string' && o[name].trim() !== ''), name, 'a string');
    }
    field(o.article === undefined || (typeof o.article === 'string' && o.article.trim() !== ''), 'article', 'an article id');
  });
}

/** Its messages in the other built-in languages, loaded with them. */
const LANGUAGES = { nl: () => import('./nl').then((m) => m.nl) };
