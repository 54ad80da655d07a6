import type { Engine } from '@situ/core';

/**
 * "Contact us", one click from the hub's home, an empty search and every article: no
 * self-help cul-de-sac. Absent when the config lists no channel (it would lead nowhere).
 */
export function ContactLink({ engine, label = 'contact.us' }: { engine: Engine; label?: 'contact.us' | 'contact.still' }) {
  return engine.state.config.value?.channels.length ? (
    <button type="button" class="button contact-link" data-situ="contact-us" onClick={() => engine.api.contact.start()}>
      {engine.state.t.value(label)}
    </button>
  ) : null;
}
