import type { RouteReason, RouteRule } from '../route';

/** What a channel gains when its `for` matches the request, or loses when it does not. */
export const FOR_REQUEST_SCORE = 15;

type Field = Extract<RouteReason, { code: 'for-request' }>['fields'][number];

/**
 * A channel's `for` is a preference, never a filter. Each field it lists is compared with what
 * the request says (a field the request says nothing about is skipped; `categories` matches the
 * category or any parent): all compared fields match → a reason and +15; any differs → −15.
 */
export const forRequest: RouteRule = {
  name: 'forRequest',
  fn: ({ channel, request }) => {
    const wanted = channel.for;
    if (!wanted) return undefined;
    const compared: [Field, boolean][] = [];
    const compare = (field: Field, list: readonly string[] | undefined, values: readonly (string | undefined)[]) => {
      const known = values.filter((x): x is string => x !== undefined);
      if (list && list.length > 0 && known.length > 0) compared.push([field, known.some((x) => list.includes(x))]);
    };
    compare('urgency', wanted.urgency, [request.urgency]);
    compare('value', wanted.value, [request.value]);
    compare('moment', wanted.moment, [request.moment]);
    compare('categories', wanted.categories, request.category?.path ?? []);
    if (compared.length === 0) return undefined;
    if (compared.some(([, match]) => !match)) return { score: -FOR_REQUEST_SCORE };
    return { score: FOR_REQUEST_SCORE, reasons: [{ code: 'for-request', fields: compared.map(([field]) => field) }] };
  },
};
