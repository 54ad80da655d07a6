import { SituError, safeString, type Engine, type ReassurePart } from '@situ/core';
import { render } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useAnnounced } from '../../shell/useAnnounced';
import { dockOf, type Dock } from '../../shell/dock';
import type { Layer } from '../../shell/layers';
import { NARROW_QUERY } from '../../shell/narrow';
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
  // Beside its target, unless it would cover the field the visitor is typing in: then docked.
  const [docked, setDocked] = useState<string | null>(null);
  const isDocked = docked === shown?.key;
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !target || isDocked) return;
    let live = true;
    let stop = () => {};
    // floating-ui comes with the hints' chunk, loaded only for a card that has a target.
    import('../hints/anchor')
      .then(({ anchor }) => {
        if (live) stop = anchor(target, el, null, 'end');
      })
      .catch((error: unknown) => {
        engine.report(new SituError('internal', `reassure: the card could not be placed by its target: ${safeString(error)}`));
        setDocked(shown?.key ?? null);
      });
    // Once placed (two frames), and whenever focus moves: a card lying over a control of the
    // page (a field the visitor may type in, a button) docks instead.
    const check = () => {
      const b = el.getBoundingClientRect();
      const over = Array.from(doc.querySelectorAll<HTMLElement>('input, select, textarea, button, [contenteditable]')).some((control) => {
        const a = control.getBoundingClientRect();
        return a.width > 0 && control !== target && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      });
      if (over) setDocked(shown?.key ?? null);
    };
    doc.addEventListener('focusin', check);
    let frame = requestAnimationFrame(() => (frame = requestAnimationFrame(check)));
    return () => {
      live = false;
      stop();
      cancelAnimationFrame(frame);
      doc.removeEventListener('focusin', check);
      el.style.removeProperty('left');
      el.style.removeProperty('top');
    };
  }, [shown?.key, target, isDocked]);

  if (!shown) return null;
  return (
    <div ref={ref} class={target && !isDocked ? 'anchored-place' : undefined} data-situ="reassure-card">
      <ReassureCard engine={engine} card={shown} onDismiss={() => part.dismiss(shown)} />
    </div>
  );
});
