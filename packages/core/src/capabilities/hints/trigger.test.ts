import { describe, expect, it } from 'vitest';
import { nextOpen, openAtFirst, type HintEvent } from './trigger';
import type { HintTrigger } from './hint';

/** Runs events from the first state and returns the open state after each. */
const run = (trigger: HintTrigger, events: HintEvent[]) => {
  let open = openAtFirst(trigger);
  return events.map((e) => (open = nextOpen(trigger, open, e)));
};

describe('hint triggers', () => {
  it('focus: opens on focus, closes on blur and on Escape', () => {
    expect(openAtFirst('focus')).toBe(false);
    expect(run('focus', ['focus', 'enter', 'leave', 'click', 'blur'])).toEqual([true, true, true, true, false]);
    expect(run('focus', ['focus', 'escape', 'enter', 'focus'])).toEqual([true, false, false, true]);
  });

  it('hover: opens on pointer or keyboard focus, closes on leaving, blur or Escape', () => {
    expect(run('hover', ['enter', 'leave', 'focus', 'blur'])).toEqual([true, false, true, false]);
    expect(run('hover', ['enter', 'escape', 'click'])).toEqual([true, false, false]);
  });

  it('click: toggles on the field, closes on a press elsewhere and on Escape', () => {
    expect(run('click', ['focus', 'enter', 'click', 'click', 'click', 'outside'])).toEqual([false, false, true, false, true, false]);
    expect(run('click', ['click', 'blur', 'escape'])).toEqual([true, true, false]);
  });

  it('beacon: only the beacon opens it; pressing it again, elsewhere or Escape closes it', () => {
    expect(run('beacon', ['focus', 'click', 'enter', 'beacon', 'blur', 'beacon'])).toEqual([false, false, false, true, true, false]);
    expect(run('beacon', ['beacon', 'outside'])).toEqual([true, false]);
    expect(run('beacon', ['beacon', 'escape'])).toEqual([true, false]);
  });

  it('always: open from the start, closed by Escape and nothing else brings it back', () => {
    expect(openAtFirst('always')).toBe(true);
    expect(run('always', ['blur', 'leave', 'outside', 'escape', 'focus', 'enter', 'click', 'beacon'])).toEqual([
      true, true, true, false, false, false, false, false,
    ]);
  });
});
