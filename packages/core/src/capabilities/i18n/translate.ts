/** Per-language overrides from config: `{ "nl": { "hub.title": "Vragen?" } }`. */
export type MessageOverrides = Record<string, Record<string, string>>;

/** Parameters for a message: `{count}` picks the plural form and is formatted by `Intl`. */
export type MessageParams = Record<string, string | number>;

/** A message key with plural forms, named without its `.one`/`.other` ending (`search.results`). */
export type PluralOf<K extends string> = K extends `${infer Base}.one` ? Base : never;

/** A translate function bound to one language. */
export type Translate<K extends string = string> = (key: K | PluralOf<K>, params?: MessageParams) => string;

/**
 * Makes a translator for `locale`: the config's override, then the built-in language's messages
 * (`builtIn`, loaded lazily), then English. A key with plural forms (`search.results`) is looked
 * up as `.one`/`.other` by `Intl.PluralRules`.
 */
export function createTranslate(
  locale: string,
  en: Record<string, string>,
  overrides: MessageOverrides = {},
  builtIn: Record<string, string> | null = null,
): Translate {
  const base = locale.split('-')[0] ?? 'en';
  const layers: Record<string, string>[] = [overrides[locale] ?? {}, overrides[base] ?? {}, builtIn ?? {}, en];
  let plural: Intl.PluralRules;
  let number: Intl.NumberFormat;
  try {
    plural = new Intl.PluralRules(locale);
    number = new Intl.NumberFormat(locale);
  } catch {
    // A code Situ's check accepts can still be one Intl rejects ("en-x"): format as English.
    plural = new Intl.PluralRules('en');
    number = new Intl.NumberFormat('en');
  }
  const lookup = (key: string) => {
    for (const layer of layers) if (Object.prototype.hasOwnProperty.call(layer, key)) return layer[key];
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
