import type { Engine } from '@situ/core';

/**
 * "Contact us", one click from the hub's home, an empty search and every article: no
 * self-help cul-de-sac. Absent when the config lists no channel (it would lead nowhere).
 */
export function ContactLink({ engine, lead }: { engine: Engine; lead?: string }) {
  if (!engine.state.config.value?.channels.length) return null;
  return (
    <p class="contact-link">
      {lead && <span>{lead} </span>}
      <button type="button" class="button" data-situ="contact-us" onClick={() => engine.api.contact.start()}>
        {engine.state.t.value('contact.us')}
      </button>
    </p>
  );
}
