import { linkMessages, type Engine } from '@situ/core';
import { useEffect, useRef } from 'preact/hooks';

/**
 * Asked before a link from the help leaves a page holding what the visitor typed: open it in a
 * new tab (nothing lost), leave anyway, or stay.
 */
export function LeaveChoice({ engine, url, onStay }: { engine: Engine; url: string; onStay: () => void }) {
  // Its English arrives with it (a lazy chunk), so the hub does not carry it.
  engine.api.i18n.addMessages(linkMessages);
  const t = engine.state.t.value as (key: keyof typeof linkMessages) => string;
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), [url]);
  const win = first.current?.ownerDocument.defaultView ?? window;
  return (
    <div class="note leave" role="alert" data-situ="leave-choice">
      <p>{t('link.unsaved')}</p>
      <div class="rate-buttons">
        <button
          type="button"
          class="button"
          ref={first}
          data-situ="leave-new-tab"
          onClick={() => {
            win.open(url, '_blank', 'noopener');
            onStay();
          }}
        >
          {t('link.newTab')}
        </button>
        <button type="button" class="button" data-situ="leave-go" onClick={() => win.location.assign(url)}>
          {t('link.leave')}
        </button>
        <button type="button" class="button" data-situ="leave-stay" onClick={onStay}>
          {t('link.stay')}
        </button>
      </div>
    </div>
  );
}
