import { en, type MessageKey, type Messages } from './en';

/** The languages Situ ships besides English, each a lazy chunk loaded when first used. */
export const builtInLocales: Record<string, () => Promise<Messages>> = {
  nl: () => import('./nl').then((m) => m.nl),
};

/** Loads a built-in language's messages; null for English (always present) or an unknown one. */
export function loadMessages(locale: string): Promise<Messages | null> {
  const load = builtInLocales[locale.split('-')[0] ?? ''];
  return load ? load() : Promise.resolve(null);
}

/** Per-language overrides from config: `{ "nl": { "hub.title": "Vragen?" } }`. */
export type MessageOverrides = Record<string, Record<string, string>>;

/** Parameters for a message: `{count}` picks the plural form and is formatted by `Intl`. */
export type MessageParams = Record<string, string | number>;

/** A message with plural forms, named without its `.one`/`.other` ending (`search.results`). */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}.one` ? Base : never) : never;

/** A translate function bound to one language. */
export type Translate = (key: MessageKey | PluralKey, params?: MessageParams) => string;

/**
 * Makes a translator for `locale`: the config's override, then the built-in language's messages
 * (`builtIn`, from `loadMessages`), then English. A key with plural forms (`search.results`) is looked up as `.one`/`.other` by
 * `Intl.PluralRules`.
 */
export function createTranslate(locale: string, overrides: MessageOverrides = {}, builtIn: Messages | null = null): Translate {
  const base = locale.split('-')[0] ?? 'en';
  const layers: Record<string, string>[] = [overrides[locale] ?? {}, overrides[base] ?? {}, builtIn ?? {}, en];
  const plural = new Intl.PluralRules(locale);
  const number = new Intl.NumberFormat(locale);
  const lookup = (key: string) => {
    for (const layer of layers) if (key in layer) return layer[key];
    return undefined;
  };
  return (key, params) => {
    let message = lookup(key);
    if (message === undefined && params && typeof params.count === 'number') {
      message = lookup(`${key}.${plural.select(params.count)}`) ?? lookup(`${key}.other`);
    }
    if (message === undefined) return key;
    return message.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params?.[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? number.format(value) : value;
    });
  };
}
