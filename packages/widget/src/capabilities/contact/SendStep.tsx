import { reactive } from '../../shell/reactive';
import type { ContactFlow, Engine } from '@situ/core';
import { useRef } from 'preact/hooks';
import { Field } from './Field';
import { IncludedParts } from './IncludedParts';

/**
 * The last step on the chosen channel: the visitor's fields (form, callback), or the reference
 * to quote (phone, email, chat); what will be included; and the action that sends it.
 */
export const SendStep = reactive(function SendStep({ engine, flow }: { engine: Engine; flow: ContactFlow }) {
  const t = engine.state.t.value as (key: string, params?: Record<string, string | number>) => string;
  const channel = flow.channel.value!;
  const result = flow.result.value;
  const box = useRef<HTMLFormElement>(null);
  const send = async (e?: Event) => {
    e?.preventDefault();
    await flow.send();
    const problem = flow.problem.peek();
    if (problem) box.current?.querySelector<HTMLElement>(`#situ-field-${problem}`)?.focus();
  };
  const written = channel.kind === 'form' || channel.kind === 'callback';
  // Without a receiver nothing is shared: no reference to quote (the agent could not look it up).
  const receiver = !!engine.state.config.value?.endpoint;
  // (Read so that the email's body follows the parts ticked.)
  void flow.omitted.value;
  const reference = !written && receiver && (
    <p class="contact-reference" data-situ="reference">
      {t('contact.reference')}
      <span class="contact-reference-code">{flow.reference.value}</span>
    </p>
  );
  return (
    <form ref={box} data-situ="contact-send" data-kind={channel.kind} onSubmit={send} noValidate>
      {channel.kind === 'form' && (
        <>
          <Field engine={engine} flow={flow} name="name" autocomplete="name" />
          <Field engine={engine} flow={flow} name="email" type="email" autocomplete="email" />
          <Field engine={engine} flow={flow} name="message" multiline />
        </>
      )}
      {channel.kind === 'callback' && (
        <>
          <Field engine={engine} flow={flow} name="phone" type="tel" autocomplete="tel" />
          <Field engine={engine} flow={flow} name="when" />
          <Field engine={engine} flow={flow} name="message" multiline />
        </>
      )}
      {reference}
      {receiver && channel.kind === 'phone' && <p>{t('contact.phoneQuote')}</p>}
      {receiver && channel.kind === 'email' && <p>{t('contact.emailQuote')}</p>}
      <IncludedParts engine={engine} flow={flow} />
      <div class="actions">
        {written && (
          <button type="submit" class="primary" data-situ="contact-submit">
            {t(channel.kind === 'callback' ? 'contact.sendCallback' : 'contact.send')}
          </button>
        )}
        {channel.kind === 'phone' && (
          // The link dials; the click shares the context under the reference, for whoever answers.
          <a class="primary" data-situ="contact-call" href={`tel:${(channel.number ?? '').replace(/[^\d+]/g, '')}`} onClick={() => void send()}>
            {t('contact.call', { number: channel.number ?? '' })}
          </a>
        )}
        {channel.kind === 'email' && (
          <a class="primary" data-situ="contact-email" href={flow.mailto()} onClick={() => void send()}>
            {t('contact.writeEmail', { address: channel.address ?? '' })}
          </a>
        )}
        {channel.kind === 'chat' && (
          <button type="submit" class="primary" data-situ="contact-chat">
            {t('contact.startChat')}
          </button>
        )}
      </div>
      <p role="status" data-situ="contact-shared" class="note">
        {!written && receiver && result && (result.state === 'failed' ? t('contact.failed') : channel.kind === 'chat' ? t('contact.chatOpening') : t('contact.shared', { reference: result.reference }))}
      </p>
    </form>
  );
});
