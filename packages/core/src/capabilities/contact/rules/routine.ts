import type { RouteRule } from '../route';
import { isWritten } from './kinds';
import { isRoutine } from './signals';

/** What an open form or email gains for a routine request: as much as a phone for an urgent one. */
export const ROUTINE_SCORE = 30;

/** A routine request (see {@link isRoutine}; matrix `eliminate` counts as one): the form or email first. */
export const routine: RouteRule = {
  name: 'routine',
  fn: ({ channel, request, open }) =>
    open && isWritten(channel) && isRoutine(request) ? { score: ROUTINE_SCORE, reasons: [{ code: 'routine' }] } : undefined,
};
