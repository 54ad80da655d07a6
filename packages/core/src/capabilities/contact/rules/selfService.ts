import type { RouteRule } from '../route';
import { isDigital } from './kinds';

/**
 * What an open form, email or chat gains for matrix `self-service`. Less than a person-first
 * rule gives, so an urgent request still puts an open phone above a form.
 */
export const SELF_SERVICE_SCORE = 25;

/** Matrix `self-service` (valuable to the visitor, such as policy information): digital channels first. */
export const selfService: RouteRule = {
  name: 'selfService',
  fn: ({ channel, request, open }) =>
    open && request.matrix === 'self-service' && isDigital(channel)
      ? { score: SELF_SERVICE_SCORE, reasons: [{ code: 'self-service' }] }
      : undefined,
};
