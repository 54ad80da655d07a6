import type { RouteRule } from '../route';

/**
 * What an open form gains for matrix `simplify`: first when nothing else speaks, but below an
 * open phone or chat when the request is also urgent (the visitor's need now outweighs the
 * category's cost to the organisation).
 */
export const SIMPLIFY_SCORE = 25;

/** Matrix `simplify` (valuable to the organisation, such as reporting a move): the prefilled form first. */
export const simplify: RouteRule = {
  name: 'simplify',
  fn: ({ channel, request, open }) =>
    open && request.matrix === 'simplify' && channel.kind === 'form'
      ? { score: SIMPLIFY_SCORE, reasons: [{ code: 'prefilled' }] }
      : undefined,
};
