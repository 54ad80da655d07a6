import { reactive } from '../../shell/reactive';
import type { ContactFlow, Engine } from '@situ/core';
import { ChannelList } from './ChannelList';
import { CopyText } from './CopyText';
import { byWhen } from './when';

/**
 * After sending: the reference, what happens next and by when; or, refused, the visitor's text
 * to copy and the other ways to reach a person. Nothing they wrote is lost.
 */
export const DoneStep = reactive(function DoneStep({ engine, flow, titleRef }: { engine: Engine; flow: ContactFlow; titleRef: (el: HTMLElement | null) => void }) {
  const t = engine.state.t.value as (key: string, params?: Record<string, string | number>) => string;
  const locale = engine.state.locale.value;
  const result = flow.result.value!;
  const copyText = <CopyText text={result.text} label={t('contact.copy')} done={t('contact.copied')} />;
  if (result.state === 'failed') {
    return (
      <div data-situ="contact-failed">
        <h3 class="flow-title" tabIndex={-1} ref={titleRef} data-situ="flow-title">
          {t('contact.failed')}
        </h3>
        <p role="alert">{t('contact.failedHint')}</p>
        {result.text && copyText}
        <h4 class="section-title">{t('contact.others')}</h4>
        <ChannelList engine={engine} routed={flow.channels.value.filter((r) => r.channel.id !== result.channel.id)} onChoose={(id) => flow.chooseChannel(id)} />
      </div>
    );
  }
  const callback = result.channel.kind === 'callback';
  return (
    <div data-situ="contact-done" data-state={result.state}>
      <h3 class="flow-title" tabIndex={-1} ref={titleRef} data-situ="flow-title">
        {t(callback ? 'contact.sentCallback' : 'contact.sent')}
      </h3>
      <p class="contact-reference" data-situ="reference">
        {t('contact.reference')}
        <span class="contact-reference-code">{result.reference}</span>
      </p>
      <p role="status" data-situ="contact-status">
        {result.state === 'sending' ? t('contact.sending') : result.state === 'queued' ? t('contact.queued') : ''}
      </p>
      {!result.saved && (
        <>
          <p role="alert" data-situ="contact-not-saved">
            {t('contact.notSaved')}
          </p>
          {copyText}
        </>
      )}
      <ul class="done-list">
        {result.replyBy !== null && <li>{t(callback ? 'contact.callBy' : 'contact.replyBy', { when: byWhen(result.replyBy, locale) })}</li>}
        {result.saved && <li>{t('contact.caseKept')}</li>}
      </ul>
      <div class="actions">
        <button type="button" class="button" data-situ="contact-again" onClick={() => flow.start()}>
          {t('contact.newContact')}
        </button>
      </div>
    </div>
  );
});
