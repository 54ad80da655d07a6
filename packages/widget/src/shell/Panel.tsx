import { SituError, type Engine } from '@situ/core';
import { safeString } from '@situ/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { HubBody } from './HubBody';
import { NARROW_QUERY } from './narrow';
import { reactive } from './reactive';

/**
 * The floating hub. On a wide screen it is a non-modal panel beside the page (a manual popover,
 * so it sits in the top layer above any z-index): the visitor reads the help while doing the
 * step, focus moves in on open, Escape and the launcher close it and return focus, Tab may
 * leave it. On a narrow or short screen it is a full-screen modal dialog.
 */
export const Panel = reactive(function Panel({ engine, id, onClosed }: { engine: Engine; id: string; onClosed: (hadFocus: boolean) => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const t = engine.state.t.value;
  const open = engine.state.isOpen.value;
  const inArticle = engine.state.view.value.name === 'article';
  const { hub } = engine.api;
  const [modal, setModal] = useState(false);

  useEffect(() => {
    const el = dialog.current;
    const win = el?.ownerDocument.defaultView;
    if (!el || !win) return;
    const narrow = win.matchMedia(NARROW_QUERY);
    const show = () => {
      const isModal = narrow.matches;
      setModal(isModal);
      if (isModal) {
        el.removeAttribute('popover');
        el.showModal();
      } else {
        el.setAttribute('popover', 'manual');
        el.showPopover();
      }
    };
    // This runs in Preact's effect queue, outside the guarded commands: a page that took our
    // host out of the document (or any other refusal) must not become an error in the page.
    const attempt = (fn: () => void) => {
      try {
        fn();
      } catch (error) {
        engine.report(new SituError('internal', `the help panel could not be shown: ${safeString(error)}`));
        hub.close();
      }
    };
    const hide = () => {
      if (el.matches(':popover-open')) el.hidePopover();
      if (el.open) el.close();
    };
    const shown = () => el.open || el.matches(':popover-open');
    if (!open) {
      if (!shown()) return;
      const hadFocus = el.contains(el.getRootNode() instanceof ShadowRoot ? (el.getRootNode() as ShadowRoot).activeElement : null);
      attempt(hide);
      onClosed(hadFocus);
      return;
    }
    if (!shown()) {
      attempt(show);
      // The search box on wide screens; on phones the heading, so no keyboard covers the help.
      const target = narrow.matches ? null : el.querySelector<HTMLElement>('[data-situ="search"]');
      (target ?? el.querySelector<HTMLElement>('#situ-panel-title'))?.focus();
    }
    // Turning a phone, or zooming to 200 %, changes the pattern while it is open.
    const onChange = () => {
      if (!shown()) return;
      const active = (el.getRootNode() as ShadowRoot).activeElement as HTMLElement | null;
      attempt(() => {
        hide();
        show();
      });
      active?.focus();
    };
    narrow.addEventListener('change', onChange);
    return () => narrow.removeEventListener('change', onChange);
  }, [open]);

  return (
    <dialog
      ref={dialog}
      id={id}
      class="panel"
      data-situ="panel"
      aria-labelledby="situ-panel-title"
      onCancel={(e) => {
        // Escape or Android's Back on the modal dialog: close through the engine, focus returns.
        e.preventDefault();
        hub.close();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !modal) {
          e.stopPropagation();
          hub.close();
          return;
        }
        // showModal() keeps focus out of the page but lets Tab leave for the browser's own UI;
        // wrap it instead, reading the focusable elements afresh each time (views change).
        if (e.key !== 'Tab' || !modal) return;
        const all = Array.from(
          e.currentTarget.querySelectorAll<HTMLElement>('button, input, a[href], [tabindex]:not([tabindex="-1"])'),
        ).filter((el) => !el.hasAttribute('disabled') && el.getClientRects().length > 0);
        const first = all[0];
        const last = all[all.length - 1];
        const active = (e.currentTarget.getRootNode() as ShadowRoot).activeElement;
        if (e.shiftKey && active === first) {
          e.preventDefault();
          last?.focus();
        } else if (!e.shiftKey && active === last) {
          e.preventDefault();
          first?.focus();
        }
      }}
      onClick={(e) => {
        // In the modal pattern the content fills the dialog, so a click on the dialog itself is the backdrop.
        if (modal && e.target === e.currentTarget) hub.close();
      }}
    >
      <div class="bar">
        {engine.state.canGoBack.value && (
          <button type="button" class="icon-button" data-situ="back" aria-label={t('article.back')} onClick={() => hub.back()}>
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path d="M15 5l-7 7 7 7" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
            </svg>
          </button>
        )}
        <h2 id="situ-panel-title" class="bar-title" tabIndex={-1}>
          {t(inArticle ? 'article.heading' : 'hub.title')}
        </h2>
        <button type="button" class="icon-button" data-situ="close" aria-label={t('hub.close')} onClick={() => hub.close()}>
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M6 6l12 12M18 6L6 18" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
          </svg>
        </button>
      </div>
      <HubBody engine={engine} />
    </dialog>
  );
});
