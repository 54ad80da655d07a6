import { linkMessages, type Engine } from '@situ/core';
import { useEffect, useRef } from 'preact/hooks';

/**
 * Asked before a link from the help leaves a page holding what the visitor typed: open it in a
 * new tab (nothing lost), leave anyway, or stay.
 */
export function LeaveChoice({ engine, url, onStay }: { engine: Engine; url: string; onStay: () => void }) {
  const translate = engine.state.t.value as (key: string) => string;
  // A key the config or the loaded language does not translate comes back as itself.
  const t = (key: keyof typeof linkMessages) => (translate(key) === key ? linkMessages[key] : translate(key));
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
