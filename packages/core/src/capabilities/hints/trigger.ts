import type { HintTrigger } from './hint';

/**
 * What happens to a hint: the visitor focuses or leaves its field, moves the pointer onto or
 * off it (or its box), clicks the field, presses the beacon, presses Escape, or presses
 * somewhere else on the page.
 */
export type HintEvent = 'focus' | 'blur' | 'enter' | 'leave' | 'click' | 'beacon' | 'escape' | 'outside';

/** Whether a hint with `trigger` is open before anything happened. */
export const openAtFirst = (trigger: HintTrigger): boolean => trigger === 'always';

/**
 * Whether a hint is open after `event`, given whether it was. Pure: the widget feeds it the
 * page's events. Escape closes every kind; a hover hint also opens on keyboard focus, so that
 * what a mouse can read a keyboard can too (WCAG 1.4.13).
 */
export function nextOpen(trigger: HintTrigger, open: boolean, event: HintEvent): boolean {
  if (event === 'escape') return false;
  switch (trigger) {
    case 'focus':
      return event === 'focus' ? true : event === 'blur' ? false : open;
    case 'hover':
      return event === 'focus' || event === 'enter' ? true : event === 'blur' || event === 'leave' ? false : open;
    case 'click':
      return event === 'click' ? !open : event === 'outside' ? false : open;
    case 'beacon':
      return event === 'beacon' ? !open : event === 'outside' ? false : open;
    case 'always':
      return open;
  }
}
