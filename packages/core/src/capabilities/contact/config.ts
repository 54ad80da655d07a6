import * as v from 'valibot';
import { articleIdList, id, idList, level, moment, oneOf, text, strict } from '../../config/fields';
import type { Category } from './contact';
import { parseHours } from './hours';

/** Contact's page and step fields. */
export const help = () => ({
  contact: v.optional(strict({ category: v.optional(id()), item: v.optional(id()) })),
  moment: v.optional(moment()),
});

/** Contact's top-level fields. */
export const fields = () => {
  const category: v.GenericSchema<Category> = strict({
    id: id(),
    label: text('a label'),
    urgency: v.optional(level()),
    value: v.optional(level()),
    matrix: v.optional(oneOf(['simplify', 'eliminate', 'self-service', 'encourage'])),
    articles: v.optional(articleIdList()),
    itemTypes: v.optional(v.array(text('an item type'))),
    children: v.optional(v.lazy(() => v.array(category, 'expected a list of categories'))),
  });
  const channel = strict({
    id: id(),
    kind: oneOf(['phone', 'chat', 'callback', 'form', 'email']),
    label: v.optional(v.string()),
    number: v.optional(text('a phone number')),
    address: v.optional(v.pipe(v.string(), v.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'expected an email address'))),
    hours: v.optional(openingHours()),
    replyWithin: v.optional(v.pipe(v.number('expected a number of hours'), v.minValue(0, 'expected a number of hours ≥ 0'), v.maxValue(24 * 31, 'expected at most 744 hours'))),
    for: v.optional(
      strict({
        urgency: v.optional(v.array(level())),
        value: v.optional(v.array(level())),
        moment: v.optional(v.array(moment())),
        categories: v.optional(idList()),
      }),
    ),
  });
  return {
    categories: v.optional(v.array(category, 'expected a list of categories')),
    channels: v.optional(v.array(channel, 'expected a list of channels')),
    endpoint: v.optional(text('a URL')),
  };
};

/**
 * A channel's opening hours: `{ "mon-fri": "08:30-17:30", "sat": "closed", "timezone": "Europe/Amsterdam" }`.
 * Each problem is reported under its key (`channels[0].hours.mon-fir: unknown day "mon-fir"; ...`),
 * so only that entry is dropped; hours without `timezone` are read in the visitor's zone.
 */
const openingHours = () =>
  v.pipe(
    v.record(
      v.string(),
      v.string('expected opening hours such as "08:30-17:30", "closed", or a time zone for "timezone"'),
      'expected opening hours such as { "mon-fri": "08:30-17:30", "timezone": "Europe/Amsterdam" }',
    ),
    v.rawCheck(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      const hours = dataset.value;
      for (const { key, message } of parseHours(hours).problems) {
        addIssue({ message, path: [{ type: 'object', origin: 'value', input: hours, key, value: hours[key] }] });
      }
    }),
  );
