import type { ConfirmPart, Engine, confirmMessages } from '@situ/core';
import { render } from 'preact';
import { useLayoutEffect } from 'preact/hooks';
import { CardClose } from '../../shell/CardClose';
import { useAnnounced } from '../../shell/useAnnounced';
import { dockOf, type Dock } from '../../shell/dock';
import type { Layer } from '../../shell/layers';
import { reactive } from '../../shell/reactive';

/**
 * Confirmations: after `confirm()`, a card in the dock saying what was done, the reference, what
 * happens next and how the visitor will hear; announced by a status region that was there
 * before it. It stays until the visitor closes it (it stays in their activity record too).
 */
export const confirmLayer: Layer = ({ engine, host }) => {
  const part = engine.api.confirm.confirmations.part.peek()!;
  const dock = dockOf(host);
  const place = dock.add();
  place.el.setAttribute('role', 'status');
  render(<Confirmation engine={engine} part={part} dock={dock} />, place.el);
  return () => {
    render(null, place.el);
    place.remove();
  };
};

const Confirmation = reactive(function Confirmation({ engine, part, dock }: { engine: Engine; part: ConfirmPart; dock: Dock }) {
  const t = engine.state.t.value as (key: keyof typeof confirmMessages) => string;
  const current = part.current.value;
  const shown = useAnnounced() ? current : null;
  useLayoutEffect(() => dock.refresh(), [shown?.id]);
  if (!shown) return null;
  return (
    <div class="card" data-situ="confirmation">
      <p class="card-title">
        <svg class="card-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2" />
          <path d="M8 12.5l2.5 2.5L16 9.5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
        </svg>
        <span>{shown.title}</span>
      </p>
      {shown.body && <p>{shown.body}</p>}
      {shown.reference && (
        <p data-situ="confirmation-reference">
          {t('confirm.reference')}: <span class="reference">{shown.reference}</span>
        </p>
      )}
      {shown.next && shown.next.length > 0 && (
        <>
          <p class="card-sub">{t('confirm.next')}</p>
          <ol>
            {shown.next.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ol>
        </>
      )}
      {shown.followUp && <p>{shown.followUp}</p>}
      {shown.saved === false && <p class="note">{t('confirm.notSaved')}</p>}
      <CardClose label={t('confirm.close')} situ="confirmation-close" onClick={() => part.dismiss()} />
    </div>
  );
});
