import { checkOptions, optionalString } from '../../kernel/checkOptions';

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
  checkOptions<HintOptions>(options, 'hint options such as { target: "#cvc", body: "The three digits on the back." }', (field, o) => {
    field(typeof o.target === 'string' && o.target.trim() !== '' && isSelector(o.target), 'target', 'a CSS selector');
    field(typeof o.body === 'string' && o.body.trim() !== '', 'body', 'the hint text');
    field(o.id === undefined || (typeof o.id === 'string' && o.id.trim() !== ''), 'id', 'a string');
    field(optionalString(o.title), 'title', 'a string');
    field(o.trigger === undefined || TRIGGERS.includes(o.trigger as HintTrigger), 'trigger', TRIGGERS.map((t) => `"${t}"`).join(', '));
    field(o.placement === undefined || PLACEMENTS.includes(o.placement as HintPlacement), 'placement', PLACEMENTS.map((t) => `"${t}"`).join(', '));
    field(o.once === undefined || typeof o.once === 'boolean', 'once', 'true or false');
  });
}
