import { BadArgument, describe } from '../../kernel/expect';
import { isRecord } from '../../util/isRecord';

/** What opens a hint: focusing the field, hovering it, clicking it, pressing its beacon, or nothing (always shown). */
export type HintTrigger = 'focus' | 'hover' | 'click' | 'beacon' | 'always';

/** Where a hint sits by its target; `start` and `end` follow the text direction (they mirror under `dir="rtl"`). */
export type HintPlacement = 'top' | 'bottom' | 'start' | 'end';

/** A hint as `hint()` takes it and as `pages[].hints` holds it. */
export interface HintOptions {
  /** The hint's id, for `hide(id)` and `once`. Default: the target selector. */
  id?: string;
  /** A CSS selector for the element the hint is about (usually a form field). */
  target: string;
  /** The hint's text. */
  body: string;
  /** A short heading. */
  title?: string;
  /** What shows it. @default "focus" */
  trigger?: HintTrigger;
  /** Which side of the target it sits on (it flips when there is no room). @default "end" */
  placement?: HintPlacement;
  /** Shown once per visitor: once closed, it does not come back (remembered on their device). */
  once?: boolean;
}

/** A hint with its defaults filled in. */
export interface Hint extends Required<Omit<HintOptions, 'title'>> {
  title?: string;
  /** `config` for a page's or step's hint, `command` for one from `hint()`, `markup` for `<situ-hint>`. */
  source: 'config' | 'command' | 'markup';
}

export const TRIGGERS: readonly HintTrigger[] = ['focus', 'hover', 'click', 'beacon', 'always'];
export const PLACEMENTS: readonly HintPlacement[] = ['top', 'bottom', 'start', 'end'];

/** Fills in a hint's defaults. */
export function toHint(options: HintOptions, source: Hint['source']): Hint {
  return {
    id: options.id ?? options.target,
    target: options.target,
    body: options.body,
    ...(options.title ? { title: options.title } : {}),
    trigger: options.trigger ?? 'focus',
    placement: options.placement ?? 'end',
    once: options.once === true,
    source,
  };
}

/**
 * Checks `hint()`'s argument field by field, so that the error names the field:
 * `target: expected a CSS selector, got "##"`.
 */
export function checkHintOptions(options: unknown, isSelector: (s: string) => boolean): asserts options is HintOptions {
  const field = (ok: boolean, name: string, what: string, got: unknown) => {
    if (!ok) throw new BadArgument(`${name}: expected ${what}, got ${describe(got)}`);
  };
  if (!isRecord(options)) throw new BadArgument(`expected hint options such as { target: "#cvc", body: "The three digits on the back." }, got ${describe(options)}`);
  const { id, target, body, title, trigger, placement, once } = options;
  field(typeof target === 'string' && target.trim() !== '' && isSelector(target), 'target', 'a CSS selector', target);
  field(typeof body === 'string' && body.trim() !== '', 'body', 'the hint text', body);
  field(id === undefined || (typeof id === 'string' && id.trim() !== ''), 'id', 'a string', id);
  field(title === undefined || typeof title === 'string', 'title', 'a string', title);
  field(trigger === undefined || TRIGGERS.includes(trigger as HintTrigger), 'trigger', TRIGGERS.map((t) => `"${t}"`).join(', '), trigger);
  field(placement === undefined || PLACEMENTS.includes(placement as HintPlacement), 'placement', PLACEMENTS.map((t) => `"${t}"`).join(', '), placement);
  field(once === undefined || typeof once === 'boolean', 'once', 'true or false', once);
}
