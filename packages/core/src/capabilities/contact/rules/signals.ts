import type { ResolvedRequest } from '../route';

/** The request asks for a person: urgency or value high, an emotional moment, or matrix `encourage`. */
export const wantsPerson = (r: ResolvedRequest): boolean =>
  r.urgency === 'high' || r.value === 'high' || r.moment === 'emotional' || r.matrix === 'encourage';

/**
 * The request is routine: urgency low or medium, a routine moment, or matrix `eliminate`, and
 * nothing asks for a person. An anxious visitor is not sent to a form first even when the
 * category is routine (the spec puts people first only for emotional moments, so anxious adds
 * nothing either).
 */
export const isRoutine = (r: ResolvedRequest): boolean =>
  !wantsPerson(r) &&
  r.moment !== 'anxious' &&
  (r.urgency === 'low' || r.urgency === 'medium' || r.moment === 'routine' || r.matrix === 'eliminate');
