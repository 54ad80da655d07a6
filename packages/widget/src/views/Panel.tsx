import type { Engine } from '@situ/core';
import { useEffect, useRef } from 'preact/hooks';
import { HubBody } from './HubBody';
import { useEngine } from './useEngine';

/** The floating hub: a modal `<dialog>` (top layer, focus contained, Escape closes, focus returns). */
export function Panel({ engine, id, onClosed }: { engine: Engine; id: string; onClosed: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEngine(engine);
  const t = engine.t.value;
  const open = engine.isOpen.value;

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (open && !el.open) {
      el.showModal();
      // The search box on wide screens; on phones the heading, so no keyboard covers the help.
      const wide = el.ownerDocument.defaultView?.matchMedia('(min-width: 480px)').matches ?? true;
      const target = wide ? el.querySelector<HTMLElement>('[data-situ="search"]') : null;
      (target ?? el.querySelector<HTMLElement>('#situ-panel-title'))?.focus();
    } else if (!open && el.open) {
      el.close();
    }
  }, [open]);

  return (
    <dialog
      ref={dialog}
      id={id}
      class="panel"
      data-situ="panel"
      aria-labelledby="situ-panel-title"
      onClose={() => {
        engine.close();
        onClosed();
      }}
      onKeyDown={(e) => {
        // showModal() keeps focus out of the page but lets Tab leave for the browser's own UI;
        // wrap it instead, reading the focusable elements afresh each time (views change).
        if (e.key !== 'Tab') return;
        const all = Array.from(
          e.currentTarget.querySelectorAll<HTMLElement>('button, input, a[href], [tabindex]:not([tabindex="-1"])'),
        ).filter((el) => !el.hasAttribute('disabled') && el.getClientRects().length > 0);
        const first = all[0];
        const last = all[all.length - 1];
        const active = (e.currentTarget.getRootNode() as ShadowRoot).activeElement;
        if (e.shiftKey && (active === first || !all.includes(active as HTMLElement))) {
          e.preventDefault();
          last?.focus();
        } else if (!e.shiftKey && active === last) {
          e.preventDefault();
          first?.focus();
        }
      }}
      onClick={(e) => {
        // The panel's content fills the dialog, so a click on the dialog itself is the backdrop.
        if (e.target === e.currentTarget) engine.close();
      }}
    >
      <header class="bar">
        {engine.canGoBack.value && (
          <button type="button" class="icon-button" data-situ="back" aria-label={t('article.back')} onClick={() => engine.back()}>
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path d="M15 5l-7 7 7 7" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
            </svg>
          </button>
        )}
        <h2 id="situ-panel-title" class="bar-title" tabIndex={-1}>
          {t('hub.title')}
        </h2>
        <button type="button" class="icon-button" data-situ="close" aria-label={t('hub.close')} onClick={() => engine.close()}>
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M6 6l12 12M18 6L6 18" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
          </svg>
        </button>
      </header>
      <HubBody engine={engine} />
    </dialog>
  );
}
