import { computed, signal, type ReadonlySignal } from '@preact/signals-core';
import { defineCapability } from '../../kernel/capability';
import { expect } from '../../kernel/expect';
import { SituError } from '../../kernel/errors';
import { createTranslate, type MessageOverrides, type Translate } from './translate';

/** The visitor's language and the translator for it: English built in, other languages lazy. */
/** Loads one language's messages (a lazy chunk). */
export type MessageLoader = () => Promise<Partial<Record<string, string>>>;

export interface I18nApi {
  /** The current language code. */
  readonly locale: ReadonlySignal<string>;
  /** The translator for the current language (every capability's messages). */
  readonly t: ReadonlySignal<Translate>;
  /** Switches the language. */
  setLocale(code: string): void;
  /**
   * Adds messages that arrive with a lazy chunk: English, and loaders for the other built-in
   * languages (each its own chunk). The config can override them like any other.
   */
  addMessages(en: Readonly<Record<string, string>>, load?: Readonly<Record<string, MessageLoader>>): void;
}

export const i18n = defineCapability({
  name: 'i18n',
  config: {
    schema: () => import('./config'),
    resolve: (config: { locale?: string; messages?: MessageOverrides }) => ({
      locale: config.locale ?? 'en',
      messages: config.messages ?? {},
    }),
  },
  setup(ctx) {
    const en = signal<Record<string, string>>(Object.assign({}, ...ctx.capabilities.map((c) => c.messages?.en)));
    const code = signal('en');
    const loaded = signal<{ locale: string; messages: Record<string, string> | null }>({ locale: 'en', messages: null });
    const later = signal<readonly Readonly<Record<string, MessageLoader>>[]>([]);
    // The config's language applies when it arrives; a later `locale()` call wins over it.
    let chosen = false;
    ctx.effect(() => {
      const resolved = ctx.config.value;
      if (resolved && !chosen) code.value = resolved.locale;
    });
    // A built-in language other than English arrives as lazy chunks (one per capability);
    // English shows meanwhile, and stays if a chunk fails to load.
    ctx.effect(() => {
      const current = code.value;
      const base = current.split('-')[0] ?? '';
      const loaders = [...ctx.capabilities.map((c) => c.messages?.load), ...later.value].flatMap((load) => load?.[base] ?? []);
      if (loaders.length === 0) return;
      Promise.all(loaders.map((load) => load()))
        .then((parts) => {
          if (code.peek() === current) loaded.value = { locale: current, messages: Object.assign({}, ...parts) };
        })
        .catch((error: unknown) => {
          ctx.report(new SituError('internal', `locale: the "${base}" messages could not be loaded; English is shown: ${String(error)}`, 'locale'));
        });
    });
    const t = computed(() =>
      createTranslate(code.value, en.value, ctx.config.value?.messages, loaded.value.locale === code.value ? loaded.value.messages : null),
    );
    const setLocale = (next: string) => {
      chosen = true;
      code.value = next;
    };
    return {
      api: {
        locale: code,
        t,
        setLocale,
        addMessages(more, load) {
          // Once per table: asking again (each render of the view that brought it) changes nothing.
          if (Object.keys(more).some((key) => !(key in en.peek()))) en.value = { ...more, ...en.peek() };
          // (A lazy part brings its languages once, when it loads.)
          if (load) later.value = [...later.peek(), load];
        },
      } satisfies I18nApi as I18nApi,
      commands: {
        /** Switches the language (`en`, `nl`, or one with messages in the config). */
        locale(next: string) {
          expect(typeof next === 'string' && /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(next), 'a language code such as "nl"', next);
          setLocale(next);
        },
      },
    };
  },
});
