import { en, type MessageKey, type Messages } from './en';
import { nl } from './nl';

/** The languages Situ ships. */
export const builtInLocales = { en, nl } as const satisfies Record<string, Messages>;

/** Per-language overrides from config: `{ "nl": { "hub.title": "Vragen?" } }`. */
export type MessageOverrides = Record<string, Record<string, string>>;

/** Parameters for a message: `{count}` picks the plural form and is formatted by `Intl`. */
export type MessageParams = Record<string, string | number>;

/** A translate function bound to one language. */
export type Translate = (key: MessageKey | `${string}.one` | `${string}.other`, params?: MessageParams) => string;

/**
 * Makes a translator for `locale`: the config's override, then the built-in language, then
 * English. A key with plural forms (`search.results`) is looked up as `.one`/`.other` by
 * `Intl.PluralRules`.
 */
export function createTranslate(locale: string, overrides: MessageOverrides = {}): Translate {
  const base = locale.split('-')[0] ?? 'en';
  const layers: Record<string, string>[] = [
    overrides[locale] ?? {},
    overrides[base] ?? {},
    (builtInLocales as Record<string, Messages>)[base] ?? {},
    en,
  ];
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
