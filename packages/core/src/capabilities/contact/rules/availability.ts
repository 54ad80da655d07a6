import type { RouteRule } from '../route';

/**
 * Below every channel that is open, whatever else the rules add: the rules that lift a channel
 * give a closed one nothing, and `forRequest` (±15) cannot bridge 100.
 */
export const CLOSED_SCORE = -100;

/**
 * Open now, open any time (no hours), or closed with when it opens. A closed channel sinks below
 * every open one: a closed phone is no help to an urgent request now, an open form is.
 */
export const availability: RouteRule = {
  name: 'availability',
  fn: ({ channel, open, opens }) => {
    if (!channel.hours) return { reasons: [{ code: 'any-time' }] };
    if (open) return { reasons: [{ code: 'open' }] };
    return { score: CLOSED_SCORE, reasons: [{ code: 'closed', opens }] };
  },
};
