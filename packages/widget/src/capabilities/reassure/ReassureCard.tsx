import type { Channel, Engine, Reassurance, reassureMessages } from '@situ/core';
import type { ComponentChildren } from 'preact';
import { CardClose } from '../../shell/CardClose';
import { PeopleLinks } from '../contact/PeopleLinks';

/** The words of a reassurance card: what the visitor may worry about, answered, and what happens next. */
export function ReassureCard({ engine, card, onDismiss, children }: { engine: Engine; card: Reassurance; onDismiss: () => void; children?: ComponentChildren }) {
  const t = engine.state.t.value as (key: keyof typeof reassureMessages, params?: Record<string, string>) => string;
  const label = (c: Channel) => (c.kind === 'phone' ? t('reassure.call', { number: c.number! }) : t('reassure.email', { address: c.address! }));
  return (
    <div class="card" data-situ="reassure">
      <p class="card-title">
        <svg class="card-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M12 3l7 3v5c0 4.4-3 8.4-7 10-4-1.6-7-5.6-7-10V6l7-3z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" />
          <path d="M9 12l2 2 4-4" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
        </svg>
        <span>{card.title}</span>
      </p>
      {card.body && <p>{card.body}</p>}
      {children}
      {card.next.length > 0 && (
        <>
          <p class="card-sub">{t('reassure.next')}</p>
          <ol>
            {card.next.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ol>
        </>
      )}
      {card.people.length > 0 && (
        <>
          {/* The way that carries the page and what was read, under a reference; or straight to a phone. */}
          <button type="button" class="person" data-situ="reassure-person" onClick={() => engine.api.contact.start(undefined, 'channel')}>
            {t('reassure.person')}
          </button>
          <PeopleLinks channels={card.people} label={label} />
        </>
      )}
      <CardClose label={t('reassure.dismiss')} situ="reassure-dismiss" onClick={onDismiss} />
    </div>
  );
}
