import { clip, hintMessages, PLACEMENTS, SituError, toHint, TRIGGERS, untracked, effect, type Hint, type HintTrigger, type HintPlacement } from '@situ/core';
import type { Layer } from '../../shell/layers';
import { themeSheet } from '../../shell/themeSheet';
import { bindHint, type HintBinding, type HintHost } from './hintBinding';
import { defineHintElement, markupWatchers } from './hintBox';
import hintsCss from './hints.css?inline';


/**
 * Hints on the page: binds each wanted hint (the page's and step's, `hint()`'s, and the page's
 * own `<situ-hint for>` elements) to the first element its target matches, again whenever the
 * page's DOM changes (a target added later gets its hint, a removed one takes it away), and
 * closes them on Escape and on a press elsewhere.
 */
export const hintLayer: Layer = ({ engine, host }) => {
  const part = engine.api.hints.hintList.part.peek()!;
  const doc = host.element.ownerDocument;
  const win = doc.defaultView!;
  const t = () => engine.state.t.peek() as (key: keyof typeof hintMessages, params?: Record<string, string>) => string;

  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(hintsCss);
  const theme = themeSheet(engine, host);
  const hintHost: HintHost = {
    part,
    adopt: (shadow) => void (shadow.adoptedStyleSheets = [theme.sheet, sheet]),
    beaconLabel(target) {
      const label = (target as HTMLInputElement).labels?.[0]?.textContent ?? target.getAttribute('aria-label') ?? '';
      const text = clip(label.replace(/\s+/g, ' ').trim(), 60);
      return text ? t()('hint.beacon', { label: text }) : t()('hint.beaconField');
    },
    get scheme() {
      return host.element.dataset.scheme ?? 'auto';
    },
  };

  const bindings = new Map<unknown, HintBinding>();
  const markup = new Set<HTMLElement>();
  const reported = new Set<string>();
  const query = (selector: string) => {
    try {
      return doc.querySelector(selector);
    } catch {
      return null;
    }
  };

  function reconcile() {
    const wanted = new Map<unknown, { hint: Hint; target: Element; box: HTMLElement | null }>();
    for (const hint of part.hints.peek()) {
      const target = query(hint.target);
      if (target) wanted.set(hint.id, { hint, target, box: null });
      else if (hint.source === 'command' && !reported.has(`${hint.id}\u0000${hint.target}`)) {
        reported.add(`${hint.id}\u0000${hint.target}`);
        engine.report(new SituError('command', `hint: target: "${clip(hint.target, 80)}" matches no element on this page; the hint shows when one appears`, 'hint'));
      }
    }
    for (const box of markup) {
      const forId = box.getAttribute('for') ?? '';
      const target = box.isConnected && forId ? doc.getElementById(forId) : null;
      if (target) wanted.set(box, { hint: markupHint(box, forId), target, box });
    }
    for (const [key, binding] of bindings) {
      const next = wanted.get(key);
      if (next && next.target === binding.target && next.target.isConnected && binding.el.isConnected && sameHint(next.hint, binding.hint)) continue;
      binding.destroy();
      bindings.delete(key);
    }
    for (const [key, { hint, target, box }] of wanted) if (!bindings.has(key)) bindings.set(key, bindHint(hintHost, hint, target, box));
  }

  // The page's DOM changed: bind again once a frame, not once a mutation.
  let frame = 0;
  const schedule = () => (frame ||= win.requestAnimationFrame(() => ((frame = 0), reconcile())));
  const observer = new win.MutationObserver(schedule);
  observer.observe(doc.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['id', 'for', 'hidden', 'class', 'style'] });

  const watchMarkup = (box: HTMLElement, connected: boolean) => {
    if (connected) markup.add(box);
    else markup.delete(box);
    schedule();
  };
  if (defineHintElement(win)) {
    markupWatchers.add(watchMarkup);
    doc.querySelectorAll<HTMLElement>('situ-hint[for]').forEach((box) => markup.add(box));
  }

  const onKey = (event: KeyboardEvent) => {
    // Escape in Situ's own panel is the panel's; anywhere else it closes the open hints first.
    if (event.key !== 'Escape' || event.composedPath().includes(host.element)) return;
    let closed = false;
    for (const binding of bindings.values()) {
      if (!binding.open) continue;
      binding.handle('escape');
      closed = true;
    }
    // A dialog of the page around the field stays open: this Escape was the hint's.
    if (closed) event.stopPropagation();
  };
  const onPress = (event: PointerEvent) => {
    const path = event.composedPath();
    for (const binding of bindings.values()) if (binding.open && !binding.owns(path)) binding.handle('outside');
  };
  doc.addEventListener('keydown', onKey, true);
  doc.addEventListener('pointerdown', onPress, true);

  const stops = [
    theme.stop,
    effect(() => {
      part.hints.value;
      untracked(reconcile);
    }),
  ];

  return () => {
    stops.forEach((stop) => stop());
    observer.disconnect();
    if (frame) win.cancelAnimationFrame(frame);
    markupWatchers.delete(watchMarkup);
    doc.removeEventListener('keydown', onKey, true);
    doc.removeEventListener('pointerdown', onPress, true);
    for (const binding of bindings.values()) binding.destroy();
    bindings.clear();
  };
};

/** A `<situ-hint for>` element of the page, read as a hint (unknown attribute values: the defaults). */
function markupHint(box: HTMLElement, forId: string): Hint {
  const trigger = box.getAttribute('trigger') as HintTrigger;
  const placement = box.getAttribute('placement') as HintPlacement;
  return toHint(
    {
      id: box.id || `for:${forId}`,
      target: `#${CSS.escape(forId)}`,
      body: box.textContent?.trim() ?? '',
      ...(TRIGGERS.includes(trigger) ? { trigger } : {}),
      ...(PLACEMENTS.includes(placement) ? { placement } : {}),
    },
    'markup',
  );
}

const sameHint = (a: Hint, b: Hint) =>
  a.target === b.target && a.body === b.body && a.title === b.title && a.trigger === b.trigger && a.placement === b.placement && a.once === b.once;
