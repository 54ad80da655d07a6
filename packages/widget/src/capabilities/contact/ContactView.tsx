import type { ContactFlow, Engine } from '@situ/core';
import type { ViewProps } from '../../shell/views';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { addSheet } from '../../mount/addSheet';
import { reactive } from '../../shell/reactive';
import { ArticleList } from '../articles/ArticleList';
import { ChannelList } from './ChannelList';
import contactCss from './contact.css?inline';
import { DoneStep } from './DoneStep';
import { SendStep } from './SendStep';

const styled = new WeakSet<ShadowRoot>();

/** The contact flow in the hub: a category, the articles that answer it, a channel, then send. */
export const ContactView = reactive(function ContactView({ engine, prepare }: ViewProps) {
  const lazy = engine.api.contact.flow;
  const flow = lazy.part.value;
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const shadow = root.current?.getRootNode();
    if (shadow instanceof ShadowRoot && !styled.has(shadow)) {
      styled.add(shadow);
      addSheet(shadow, contactCss);
    }
    // Opened as a view (`open("contact")`, Back to it): the flow under way, or a fresh one.
    void lazy.run('open', (f) => f.resume());
  }, []);
  return (
    <div ref={root} data-situ="contact" class="contact">
      {flow && <Steps engine={engine} flow={flow} prepare={prepare} />}
    </div>
  );
});

const Steps = reactive(function Steps({ engine, flow, prepare }: { engine: Engine; flow: ContactFlow; prepare: ViewProps['prepare'] }) {
  const t = engine.state.t.value as (key: string, params?: Record<string, string | number>) => string;
  const step = flow.step.value;
  const title = useRef<HTMLElement | null>(null);
  const first = useRef(true);
  // Each step's heading takes focus as it arrives (not the first: the hub places that), so a
  // keyboard or screen-reader user hears where they are.
  // Before paint, so that a keystroke right after the step arrives lands in the field the
  // visitor then chooses, not in a heading that takes focus a frame later.
  useLayoutEffect(() => {
    if (first.current) first.current = false;
    else title.current?.focus({ preventScroll: false });
  }, [step, flow.path.value.length]);
  const setTitle = (el: HTMLElement | null) => void (title.current = el);
  const heading = (text: string) => (
    <h3 class="flow-title" tabIndex={-1} ref={setTitle} data-situ="flow-title">
      {text}
    </h3>
  );
  const parent = flow.path.value.at(-1);
  return (
    <>
      {step === 'category' &&
        (flow.choices.value.length ? (
          <section data-situ="contact-categories">
            {heading(parent ? t('contact.pickMore', { category: parent.label }) : t('contact.pick'))}
            <ul class="list">
              {flow.choices.value.map((c) => (
                <li key={c.id}>
                  <button type="button" class="item" data-situ="category" data-category={c.id} onClick={() => flow.chooseCategory(c.id)}>
                    <span class="item-title">{c.label}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ) : (
          <section>
            {heading(t('contact.channels'))}
            <p class="note">{t('contact.noCategories')}</p>
            <ChannelList engine={engine} routed={flow.channels.value} onChoose={(id) => flow.chooseChannel(id)} />
          </section>
        ))}
      {step === 'articles' && (
        <section data-situ="contact-articles">
          {heading(t('contact.suggested'))}
          <ArticleList engine={engine} articles={flow.suggested.value} prepare={prepare} />
          <div class="actions">
            <button type="button" class="button" data-situ="contact-skip" onClick={() => flow.skipArticles()}>
              {t('contact.skip')}
            </button>
          </div>
        </section>
      )}
      {step === 'channel' && (
        <section data-situ="contact-channels">
          {heading(t('contact.channels'))}
          {flow.channels.value.length ? (
            <ChannelList engine={engine} routed={flow.channels.value} onChoose={(id) => flow.chooseChannel(id)} />
          ) : (
            <p class="note">{t('contact.noChannels')}</p>
          )}
        </section>
      )}
      {step === 'send' && flow.channel.value && (
        <section>
          {heading(flow.channel.value.label ?? t(`contact.kind.${flow.channel.value.kind}`))}
          <SendStep engine={engine} flow={flow} />
        </section>
      )}
      {step === 'done' && flow.result.value && <DoneStep engine={engine} flow={flow} titleRef={setTitle} />}
    </>
  );
});
