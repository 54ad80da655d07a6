import * as v from 'valibot';
import { formatPath } from '../../config/validate';

/*
 * The contact payload: what a page sends to `POST {endpoint}/contacts`, and what a receiver
 * accepts. One schema, used by the receiver to validate and by the widget through its type, so
 * the two cannot drift. (The page builds the payload itself and does not carry valibot for it.)
 */

const MAX_TEXT = 200;
/** The longest message a visitor may send, in characters. */
export const MAX_MESSAGE = 10_000;

const short = (what: string, max = MAX_TEXT) =>
  v.pipe(v.string(`expected ${what}`), v.minLength(1, `expected ${what}, not an empty string`), v.maxLength(max, `expected ${what} of at most ${max} characters`));
const optionalShort = (what: string, max = MAX_TEXT) => v.optional(short(what, max));
const instant = (what: string) => v.pipe(v.string(`expected ${what}`), v.isoTimestamp(`expected ${what} as an ISO 8601 timestamp`));
const url = () => v.pipe(v.string('expected a URL'), v.maxLength(2000, 'expected a URL of at most 2000 characters'));
const list = <T extends v.GenericSchema>(item: T, what: string, max: number) =>
  v.pipe(v.array(item, `expected a list of ${what}`), v.maxLength(max, `expected at most ${max} ${what}`));

/** The client-made id of a contact: also its `Idempotency-Key`. */
export const contactId = () =>
  v.pipe(v.string('expected an id'), v.regex(/^[A-Za-z0-9_-]{8,64}$/, 'expected an id of 8 to 64 letters, digits, "-" or "_"'));

/** A short code a visitor can read out: `K7Q-4PZ`. */
export const referenceCode = () => v.pipe(v.string('expected a reference'), v.regex(/^[0-9A-Z]{3}-[0-9A-Z]{3}$/, 'expected a reference such as "K7Q-4PZ"'));

/** The channels a contact can come through. */
export const CHANNEL_KINDS = ['phone', 'chat', 'callback', 'form', 'email'] as const;

const level = () => v.picklist(['low', 'medium', 'high'], 'expected "low", "medium" or "high"');

/** Where the visitor was, and where they had been: the parts of the context a visitor may remove. */
const contextSchema = v.object({
  page: v.optional(
    v.object({
      url: url(),
      title: v.optional(v.pipe(v.string(), v.maxLength(500))),
      pageId: optionalShort('a page id'),
      step: optionalShort('a step id'),
    }),
  ),
  journey: v.optional(
    list(
      v.object({ url: url(), pageId: optionalShort('a page id'), step: optionalShort('a step id'), at: instant('a time') }),
      'journey entries',
      100,
    ),
  ),
  articlesViewed: v.optional(
    list(
      v.object({
        id: short('an article id'),
        title: short('a title', 500),
        seconds: v.pipe(v.number('expected seconds'), v.integer('expected whole seconds'), v.minValue(0, 'expected seconds ≥ 0')),
        helpful: v.nullable(v.boolean('expected true, false or null')),
      }),
      'articles',
      100,
    ),
  ),
  searches: v.optional(
    list(
      v.object({
        query: short('a query', 500),
        results: v.pipe(v.number('expected a count'), v.integer('expected a whole count'), v.minValue(0, 'expected a count ≥ 0')),
      }),
      'searches',
      100,
    ),
  ),
  host: v.optional(v.record(v.string(), v.unknown(), 'expected an object of the host\'s context')),
  env: v.optional(
    v.object({
      language: optionalShort('a language'),
      viewport: optionalShort('a viewport such as "390x844"'),
      timezone: optionalShort('a time zone'),
      userAgent: optionalShort('a user agent', 500),
    }),
  ),
});

/** `POST {endpoint}/contacts`: one contact, as the page sends it. */
export const contactPayload = v.object({
  id: contactId(),
  reference: referenceCode(),
  createdAt: instant('"createdAt"'),
  site: short('a site id'),
  customer: v.optional(v.object({ id: short('a customer id'), name: optionalShort('a name'), email: optionalShort('an email address') })),
  item: v.optional(v.object({ id: short('an item id'), type: optionalShort('an item type'), title: optionalShort('an item title', 500) })),
  category: v.optional(v.object({ id: short('a category id'), path: list(short('a category id'), 'category ids', 10), label: optionalShort('a label') })),
  channel: v.picklist(CHANNEL_KINDS, `expected one of ${CHANNEL_KINDS.map((k) => `"${k}"`).join(', ')}`),
  urgency: v.optional(level()),
  value: v.optional(level()),
  /** What the visitor wrote; empty for a phone call or an email, which carry the reference. */
  message: v.optional(v.pipe(v.string('expected a message'), v.maxLength(MAX_MESSAGE, `expected a message of at most ${MAX_MESSAGE} characters`))),
  /** For a callback: the number to call and when. */
  callback: v.optional(v.object({ phone: short('a phone number', 40), when: optionalShort('a preferred time') })),
  context: v.optional(contextSchema, {}),
});

/** One contact, as the page sends it (see `docs/contact.md` for every field). */
export type ContactPayload = v.InferInput<typeof contactPayload>;
/** The parts of a contact's context: the visitor may remove any of them before sending. */
export type ContactContext = NonNullable<ContactPayload['context']>;

/** `POST {endpoint}/feedback`: the two questions after a case. */
export const feedbackPayload = v.object({
  id: contactId(),
  createdAt: instant('"createdAt"'),
  site: short('a site id'),
  caseId: optionalShort('a case id'),
  reference: v.optional(referenceCode()),
  outcome: v.pipe(v.number('expected a rating'), v.integer(), v.minValue(1, 'expected a rating from 1 to 5'), v.maxValue(5, 'expected a rating from 1 to 5')),
  effort: v.optional(v.pipe(v.number('expected a rating'), v.integer(), v.minValue(1, 'expected a rating from 1 to 5'), v.maxValue(5, 'expected a rating from 1 to 5'))),
  comment: v.optional(v.pipe(v.string(), v.maxLength(MAX_MESSAGE))),
});
/** The two-question feedback, as the page sends it. */
export type FeedbackPayload = v.InferInput<typeof feedbackPayload>;

/** `POST {endpoint}/events`: events for the reports, in a batch. */
export const eventsPayload = v.object({
  site: short('a site id'),
  events: list(
    v.object({ name: short('an event name', 100), at: instant('a time'), data: v.optional(v.record(v.string(), v.unknown())) }),
    'events',
    100,
  ),
});
/** A batch of events, as the page sends it. */
export type EventsPayload = v.InferInput<typeof eventsPayload>;

/** What a receiver answers to a contact: `{ caseId, status, reference }`. */
export interface ContactReceipt {
  /** The receiver's id for the case. */
  caseId: string;
  /** Where the case stands: `received` at first. */
  status: string;
  /** The reference the visitor saw. */
  reference: string;
}

/** A problem with a payload, by path: `context.page.url: expected a URL`. */
export interface PayloadProblem {
  path: string;
  message: string;
}

/** Checks a body against one of the schemas; the problems name each field by its path. */
export function checkPayload<S extends v.GenericSchema>(
  schema: S,
  body: unknown,
): { ok: true; value: v.InferOutput<S> } | { ok: false; problems: PayloadProblem[] } {
  const result = v.safeParse(schema, body);
  if (result.success) return { ok: true, value: result.output };
  return {
    ok: false,
    problems: result.issues.map((issue) => ({
      path: issue.path ? formatPath(issue.path.map((p) => p.key as string | number)) : '(body)',
      message: issue.message,
    })),
  };
}
