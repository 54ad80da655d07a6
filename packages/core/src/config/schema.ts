import * as v from 'valibot';

/** Checks a platform can offer that core cannot do alone (core knows no DOM). */
export interface SchemaChecks {
  /** True when `selector` is a valid CSS selector. */
  isSelector(selector: string): boolean;
  /** True when `pattern` is a valid URL pattern (URLPattern syntax). */
  isUrlPattern(pattern: string | { pathname?: string; search?: string; hash?: string }): boolean;
  /** True when `color` is a CSS colour. */
  isColor(color: string): boolean;
}

const id = () =>
  v.pipe(
    v.string('expected an id string'),
    v.regex(/^[A-Za-z0-9][\w.:-]*$/, 'expected an id of letters, digits, "-", "_", "." or ":"'),
  );
const text = (what = 'text') => v.pipe(v.string(`expected ${what}`), v.minLength(1, `expected ${what}, not an empty string`));
const idList = () => v.array(id(), 'expected a list of ids');
/** One of a few words, with a message that lists them. */
const oneOf = <const T extends string>(values: readonly [T, ...T[]]) =>
  v.picklist(values, `expected ${values.map((x) => `"${x}"`).join(', ')}`);

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

/** Builds the config schema; the checks that need a browser come from the platform. */
export function createSchema(checks: SchemaChecks) {
  const selector = () =>
    v.pipe(
      v.string('expected a CSS selector'),
      v.check((s) => s.trim() !== '' && checks.isSelector(s), 'expected a CSS selector'),
    );

  const urlPattern = v.pipe(
    v.union(
      [
        v.string(),
        v.strictObject({
          pathname: v.optional(v.string()),
          search: v.optional(v.string()),
          hash: v.optional(v.string()),
        }),
      ],
      'expected a URL pattern ("/claims/:id") or { pathname, search, hash }',
    ),
    v.check((p) => checks.isUrlPattern(p), 'expected a URL pattern ("/claims/:id", "/help/*")'),
  );

  const article = v.strictObject({
    id: id(),
    title: text('a title'),
    body: v.optional(v.string('expected Markdown text')),
    html: v.optional(v.string('expected HTML text')),
    text: v.optional(v.string('expected plain text')),
    summary: v.optional(v.string('expected a one-line summary')),
    tags: v.optional(v.array(text('a tag'), 'expected a list of tags')),
    related: v.optional(idList()),
    lang: v.optional(v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'expected a language code such as "nl"'))),
    url: v.optional(v.pipe(v.string(), v.regex(/^(https?:\/\/|\/)/, 'expected an http(s) or site-relative URL'))),
  });

  const moment = oneOf(['routine', 'anxious', 'emotional']);

  const hint = v.strictObject({
    id: id(),
    target: selector(),
    body: text('the hint text'),
    title: v.optional(v.string()),
    trigger: v.optional(
      oneOf(['focus', 'hover', 'click', 'beacon', 'always']),
    ),
  });

  const reassure = v.strictObject({
    title: text('a title'),
    body: v.optional(v.string()),
    target: v.optional(selector()),
  });

  const contactPrefill = v.strictObject({
    category: v.optional(id()),
    item: v.optional(id()),
  });

  const helpFields = {
    articles: v.optional(idList()),
    hints: v.optional(v.array(hint, 'expected a list of hints')),
    reassure: v.optional(reassure),
    contact: v.optional(contactPrefill),
    moment: v.optional(moment),
  };

  const step = v.strictObject({ id: id(), when: v.optional(selector()), ...helpFields });

  const page = v.strictObject({
    id: id(),
    match: v.union([urlPattern, v.array(urlPattern)], 'expected a URL pattern or a list of them'),
    title: v.optional(v.string()),
    steps: v.optional(v.array(step, 'expected a list of steps')),
    ...helpFields,
  });

  const level = oneOf(['low', 'medium', 'high']);

  const category: v.GenericSchema<Category> = v.strictObject({
    id: id(),
    label: text('a label'),
    urgency: v.optional(level),
    value: v.optional(level),
    matrix: v.optional(
      oneOf(['simplify', 'eliminate', 'self-service', 'encourage']),
    ),
    articles: v.optional(idList()),
    itemTypes: v.optional(v.array(text('an item type'))),
    children: v.optional(v.lazy(() => v.array(category, 'expected a list of categories'))),
  });

  const channel = v.strictObject({
    id: id(),
    kind: oneOf(['phone', 'chat', 'callback', 'form', 'email']),
    label: v.optional(v.string()),
    number: v.optional(text('a phone number')),
    address: v.optional(v.pipe(v.string(), v.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'expected an email address'))),
    hours: v.optional(
      v.record(
        v.string(),
        v.string(),
        'expected opening hours such as { "mon-fri": "08:30-17:30", "timezone": "Europe/Amsterdam" }',
      ),
    ),
    for: v.optional(
      v.strictObject({
        urgency: v.optional(v.array(level)),
        value: v.optional(v.array(level)),
        moment: v.optional(v.array(moment)),
        categories: v.optional(idList()),
      }),
    ),
  });

  return v.strictObject({
    version: v.literal(1, 'expected 1'),
    site: v.optional(id()),
    locale: v.optional(oneOf(['en', 'nl'])),
    messages: v.optional(
      v.record(
        v.string(),
        v.record(v.string(), v.string(), 'expected { "message-key": "text" }'),
        'expected { "en": { "message-key": "text" } }',
      ),
    ),
    theme: v.optional(
      v.strictObject({
        accent: v.optional(v.pipe(v.string(), v.check((c) => checks.isColor(c), 'expected a CSS colour'))),
        position: v.optional(oneOf(['bottom-right', 'bottom-left'])),
        radius: v.optional(v.pipe(v.number('expected a number of pixels'), v.minValue(0), v.maxValue(32))),
        font: v.optional(v.pipe(v.string(), v.regex(/^[\w\s,"'-]+$/, 'expected a font-family list'))),
        scheme: v.optional(oneOf(['auto', 'light', 'dark'])),
        zIndex: v.optional(v.pipe(v.number(), v.integer())),
      }),
    ),
    articles: v.optional(v.array(article, 'expected a list of articles')),
    articlesUrl: v.optional(text('a URL')),
    itemsUrl: v.optional(text('a URL')),
    allowHtml: v.optional(v.boolean('expected true or false')),
    pages: v.optional(v.array(page, 'expected a list of pages')),
    categories: v.optional(v.array(category, 'expected a list of categories')),
    channels: v.optional(v.array(channel, 'expected a list of channels')),
    endpoint: v.optional(text('a URL')),
    privacy: v.optional(
      v.strictObject({
        redact: v.optional(v.array(selector(), 'expected a list of CSS selectors')),
        query: v.optional(oneOf(['strip', 'keep'])),
      }),
    ),
  });
}

/** The config as written in JSON, after validation. */
export type Config = v.InferOutput<ReturnType<typeof createSchema>>;
/** One article: Markdown `body`, or compiled `html` with its plain `text`. */
export type Article = NonNullable<Config['articles']>[number];
/** One page of the site, matched by URL pattern. */
export type Page = NonNullable<Config['pages']>[number];
/** One step of a page's flow. */
export type Step = NonNullable<Page['steps']>[number];
/** A theme: accent colour, launcher position, corner radius, font, colour scheme. */
export type Theme = NonNullable<Config['theme']>;
