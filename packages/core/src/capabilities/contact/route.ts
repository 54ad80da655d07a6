import type { Category, Channel } from './contact';
import { isOpen, nextOpening, type Opening } from './hours';
import { availability } from './rules/availability';
import { urgent } from './rules/urgent';
import { highValue } from './rules/highValue';
import { emotional } from './rules/emotional';
import { encourage } from './rules/encourage';
import { routine } from './rules/routine';
import { selfService } from './rules/selfService';
import { simplify } from './rules/simplify';
import { forRequest } from './rules/forRequest';

/*
 * Contact routing: which channels to offer, best first, and why. An ordered list of small rules
 * (floating-ui's middleware shape) scores each channel; the reasons shown to the visitor are the
 * ones the rules gave. Every channel comes back: a closed one is marked, never hidden.
 */

export type { Opening };

type Level = NonNullable<Category['urgency']>;
type Matrix = NonNullable<Category['matrix']>;
type Moment = 'routine' | 'anxious' | 'emotional';

/** A category found in the tree, with what it inherits from its parents. */
export interface ResolvedCategory {
  id: string;
  /** Category ids from the top down to this one. */
  path: string[];
  urgency?: Level;
  value?: Level;
  matrix?: Matrix;
}

/** What the visitor needs help with, as far as it is known. */
export interface RouteRequest {
  /** The category, from {@link resolveCategory}. */
  category?: ResolvedCategory;
  /** Overrides the category's urgency. */
  urgency?: Level;
  /** Overrides the category's value. */
  value?: Level;
  /** How the visitor feels where they are (the page's or step's `moment`). */
  moment?: Moment;
  /** The visitor's item it is about; no default rule uses it, a rule of your own may. */
  item?: { id: string; type?: string };
}

/** The request as the rules see it: the category's urgency, value and matrix under the request's own. */
export interface ResolvedRequest {
  category?: ResolvedCategory;
  urgency?: Level;
  value?: Level;
  moment?: Moment;
  matrix?: Matrix;
  item?: { id: string; type?: string };
}

/** Everything routing depends on; nothing else is read (no clock, no config). */
export interface RouteInput {
  request: RouteRequest;
  /** The configured channels, in the author's order of preference. */
  channels: readonly Channel[];
  /** The time to route at, epoch ms. */
  now: number;
  /** The visitor's IANA time zone: hours without a `timezone` are read in it. */
  timeZone: string;
}

/** Why a channel is where it is: a code (and data) for the widget to put into words. */
export type RouteReason =
  /** Open now by its hours. */
  | { code: 'open' }
  /** Has no hours: takes messages or requests any time. */
  | { code: 'any-time' }
  /** Closed now; `opens` is null when no day has hours. */
  | { code: 'closed'; opens: Opening | null }
  /** Best for urgent requests. */
  | { code: 'urgent' }
  /** Best for what matters most. */
  | { code: 'high-value' }
  /** A person, for an emotional moment. */
  | { code: 'emotional' }
  /** A person to talk it through with (matrix `encourage`). */
  | { code: 'personal' }
  /** Quickest for a routine request. */
  | { code: 'routine' }
  /** Do it yourself, in writing (matrix `self-service`). */
  | { code: 'self-service' }
  /** The shortest, prefilled way (matrix `simplify`). */
  | { code: 'prefilled' }
  /** The channel's `for` matches the request, on these fields. */
  | { code: 'for-request'; fields: ('urgency' | 'value' | 'moment' | 'categories')[] };

/** What a rule sees of one channel: the facts, and what the rules before it gave. */
export interface RouteState {
  channel: Channel;
  request: ResolvedRequest;
  /** Open now (always, without hours). */
  open: boolean;
  /** When a closed channel opens next; null when open or never. */
  opens: Opening | null;
  /** The score so far. */
  score: number;
  /** The reasons so far. */
  reasons: readonly RouteReason[];
}

/** What a rule gives one channel: a change of score and reasons; nothing when it does not apply. */
export interface RouteRuleResult {
  score?: number;
  reasons?: RouteReason[];
}

/** One step of routing: a name to know it by and a pure function of one channel's state. */
export interface RouteRule {
  name: string;
  fn: (state: RouteState) => RouteRuleResult | undefined;
}

/** A channel as offered: its facts, its reasons and its score (higher is better). */
export interface RoutedChannel {
  channel: Channel;
  open: boolean;
  opens: Opening | null;
  reasons: RouteReason[];
  score: number;
}

/** The rules {@link route} uses unless given others; their reasons come in this order. */
export const defaultRules: readonly RouteRule[] = [
  availability,
  urgent,
  highValue,
  emotional,
  encourage,
  routine,
  selfService,
  simplify,
  forRequest,
];

/**
 * Orders the channels for a request: every channel once, best first, equal scores in config
 * order, each with the reasons its rules gave. Pure: the clock and the visitor's zone come in.
 */
export function route(input: RouteInput, rules: readonly RouteRule[] = defaultRules): RoutedChannel[] {
  const request = resolveRequest(input.request);
  const routed = input.channels.map((channel): RoutedChannel => {
    const open = isOpen(channel.hours, input.now, input.timeZone);
    const opens = open ? null : nextOpening(channel.hours, input.now, input.timeZone);
    let score = 0;
    const reasons: RouteReason[] = [];
    for (const rule of rules) {
      const result = rule.fn({ channel, request, open, opens, score, reasons: reasons.slice() });
      if (!result) continue;
      score += result.score ?? 0;
      if (result.reasons) reasons.push(...result.reasons);
    }
    return { channel, open, opens, reasons, score };
  });
  // Array.prototype.sort is stable (ES2019), so equal scores keep the author's order.
  return routed.sort((a, b) => b.score - a.score);
}

/** The request with its category's urgency, value and matrix filled in where it has none. */
export function resolveRequest(request: RouteRequest): ResolvedRequest {
  const { category, item, moment } = request;
  return {
    category,
    urgency: request.urgency ?? category?.urgency,
    value: request.value ?? category?.value,
    moment,
    matrix: category?.matrix,
    item,
  };
}

/**
 * Finds the category `id` at any depth; it inherits urgency, value and matrix from the nearest
 * parent that has them. Null when there is none.
 */
export function resolveCategory(categories: readonly Category[] | undefined, id: string): ResolvedCategory | null {
  const search = (list: readonly Category[], parent: ResolvedCategory | null): ResolvedCategory | null => {
    for (const c of list) {
      const here: ResolvedCategory = {
        id: c.id,
        path: [...(parent?.path ?? []), c.id],
        urgency: c.urgency ?? parent?.urgency,
        value: c.value ?? parent?.value,
        matrix: c.matrix ?? parent?.matrix,
      };
      if (c.id === id) return here;
      const found = c.children ? search(c.children, here) : null;
      if (found) return found;
    }
    return null;
  };
  return search(categories ?? [], null);
}
