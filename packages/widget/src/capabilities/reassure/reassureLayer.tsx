import { SituError, safeString, type Engine, type ReassurePart } from '@situ/core';
import { render } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useAnnounced } from '../../shell/useAnnounced';
import { dockOf, type Dock } from '../../shell/dock';
import type { Layer } from '../../shell/layers';
import { NARROW_QUERY } from '../../shell/narrow';
import { overlap } from '../../shell/overlap';
import { reactive } from '../../shell/reactive';
import { ReassureCard } from './ReassureCard';
import { defineReassureElement, reassureWatchers } from './reassureElement';

/**
 * Reassurance on the page: the card of the page or step (or from `reassure()`), beside its
 * `target` or in the dock, announced politely by a live region that was there before it; and
 * the page's own `<situ-reassure>` elements, upgraded in place.
 */
export const reassureLayer: Layer = ({ engine, host }) => {
  const part = engine.api.reassure.reassurance.part.peek()!;
  const dock = dockOf(host);
  const place = dock.add();
  place.el.setAttribute('aria-live', 'polite');
  render(<Reassurance engine={engine} part={part} dock={dock} />, place.el);
  const stopMarkup = defineReassureElement(host.element.ownerDocument.defaultView!) ? reassureWatchers(engine, part, host) : () => {};
  return () => {
    stopMarkup();
    render(null, place.el);
    place.remove();
  };
};

/** floating-ui and Situ's anchoring, once loaded (shared by every card of the page). */
let anchorModule: typeof import('../hints/anchor') | undefined;

const Reassurance = reactive(function Reassurance({ engine, part, dock }: { engine: Engine; part: ReassurePart; dock: Dock }) {
  const card = part.card.value;
  const ref = useRef<HTMLDivElement>(null);
  const shown = useAnnounced() ? card : null;
  const doc = ref.current?.ownerDocument ?? document;
  let target: Element | null = null;
  try {
    // On a phone a card beside its target would lie over the next fields: it docks instead.
    const narrow = doc.defaultView?.matchMedia(NARROW_QUERY).matches;
    target = shown?.target && !narrow ? doc.querySelector(shown.target) : null;
  } catch {
    // (a selector the page cannot use: the card docks)
  }

  useLayoutEffect(() => {
    dock.refresh();
    if (shown) part.shown(shown);
  }, [shown?.key]);
  // Beside its target (once floating-ui has arrived: until then, and if it cannot, docked),
  // unless it would lie over a control of the page: then docked.
  const [docked, setDocked] = useState<string | null>(null);
  const [, arrived] = useState(0);
  const isDocked = docked === shown?.key;
  const placer = target && !isDocked ? anchorModule : undefined;
  useEffect(() => {
    if (!target || anchorModule) return;
    // floating-ui comes with the hints' chunk, loaded only for a card that has a target.
    import('../hints/anchor').then(
      (m) => {
        anchorModule = m;
        arrived((n) => n + 1);
      },
      (error: unknown) => {
        engine.report(new SituError('internal', `reassure: the card could not be placed by its target: ${safeString(error)}`));
        setDocked(shown?.key ?? null);
      },
    );
  }, [target]);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !target || !placer) return;
    const stop = placer.anchor(target, el, null, 'end');
    // Once placed (two frames), and whenever focus moves: a card lying over a control of the
    // page (a field the visitor may type in, a button) docks instead.
    const check = () => {
      if (!el.dataset.side) return; // not placed yet
      const b = el.getBoundingClientRect();
      const over = Array.from(doc.querySelectorAll<HTMLElement>('input, select, textarea, button, [contenteditable]')).some(
        (control) => control !== target && overlap(control.getBoundingClientRect(), b) > 0,
      );
      if (over) setDocked(shown?.key ?? null);
    };
    let frame = requestAnimationFrame(() => (frame = requestAnimationFrame(check)));
    doc.addEventListener('focusin', check);
    return () => {
      stop();
      cancelAnimationFrame(frame);
      doc.removeEventListener('focusin', check);
      el.style.removeProperty('left');
      el.style.removeProperty('top');
      delete el.dataset.side;
    };
  }, [shown?.key, target, placer]);

  if (!shown) return null;
  return (
    <div ref={ref} class={placer ? 'anchored-place' : undefined} data-situ="reassure-card">
      <ReassureCard engine={engine} card={shown} onDismiss={() => part.dismiss(shown)} />
    </div>
  );
});
