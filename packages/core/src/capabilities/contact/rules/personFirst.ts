import type { ResolvedRequest, RouteRule } from '../route';
import { isImmediate } from './kinds';

/** What an open phone or chat gains when a request wants a person. */
export const IMMEDIATE_SCORE = 30;
/** What an open callback gains: next after phone and chat. */
export const CALLBACK_SCORE = 20;

/**
 * A rule that puts people first when `applies` says so: an open phone or chat first, an open
 * callback next. A closed phone or chat is not immediate, so it gains nothing.
 */
export function personFirst(
  name: string,
  code: 'urgent' | 'high-value' | 'emotional' | 'personal',
  applies: (request: ResolvedRequest) => boolean,
): RouteRule {
  return {
    name,
    fn: ({ channel, request, open }) => {
      if (!open || !applies(request)) return undefined;
      if (isImmediate(channel)) return { score: IMMEDIATE_SCORE, reasons: [{ code }] };
      if (channel.kind === 'callback') return { score: CALLBACK_SCORE, reasons: [{ code }] };
      return undefined;
    },
  };
}
