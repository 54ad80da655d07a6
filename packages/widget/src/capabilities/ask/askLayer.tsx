import type { AskPart, Channel, Engine, Question, askMessages } from '@situ/core';
import { render } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Layer } from '../../shell/layers';
import { reactive } from '../../shell/reactive';
import { dockOf } from '../../shell/dock';
import { ArticleBody } from '../reading/ArticleBody';
import { PeopleLinks } from '../contact/PeopleLinks';

/** Questions before consequential actions: one modal alert dialog at a time. */
export const askLayer: Layer = ({ engine, host }) => {
  const part = engine.api.ask.questions.part.peek()!;
  // The dock brings the cards' stylesheet, which the dialog shares.
  const place = dockOf(host).add();
  const root = host.element.ownerDocument.createElement('div');
  host.shadow.append(root);
  render(<Asking engine={engine} part={part} />, root);
  return () => {
    render(null, root);
    root.remove();
    place.remove();
  };
};

const Asking = reactive(function Asking({ engine, part }: { engine: Engine; part: AskPart }) {
  const question = part.current.value;
  return question ? <AskDialog key={question} engine={engine} question={question} /> : null;
});

/**
 * The question as an alert dialog (`role="alertdialog"`, labelled by its title, described by
 * its body): modal, focus on the safe choice, kept inside, and given back afterwards. Escape
 * and the cancel button mean no. It can show the article that explains the consequences, and
 * the ways to a person.
 */
const AskDialog = reactive(function AskDialog({ engine, question }: { engine: Engine; question: Question }) {
  const t = engine.state.t.value as (key: keyof typeof askMessages, params?: Record<string, string>) => string;
  const ref = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const [reading, setReading] = useState(false);
  const article = question.article ? engine.api.articles.getArticle(question.article) : undefined;
  const channels = (engine.state.config.value as { channels?: Channel[] } | null)?.channels ?? [];

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (question.article) void engine.api.articles.loadArticles();
    const doc = dialog.ownerDocument;
    // The element to give focus back to: in the page, or in Situ's own panel.
    let before = doc.activeElement as HTMLElement | null;
    while (before?.shadowRoot?.activeElement) before = before.shadowRoot.activeElement as HTMLElement;
    dialog.showModal();
    cancel.current?.focus();
    return () => {
      if (dialog.open) dialog.close();
      before?.focus?.();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    // Tab stays in the dialog (showModal alone lets it out to the browser's own controls).
    if (event.key !== 'Tab') return;
    const dialog = event.currentTarget as HTMLDialogElement;
    const all = Array.from(dialog.querySelectorAll<HTMLElement>('button, a[href], [tabindex]:not([tabindex="-1"])')).filter(
      (el) => el.getClientRects().length > 0,
    );
    const active = (dialog.getRootNode() as ShadowRoot).activeElement;
    const [first, last] = [all[0], all[all.length - 1]];
    if (event.shiftKey && active === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first?.focus();
    }
  };

  const label = (c: Channel) => (c.kind === 'phone' ? t('ask.call', { number: c.number! }) : t('ask.email', { address: c.address! }));
  return (
    <dialog
      ref={ref}
      class="ask"
      data-situ="ask"
      role="alertdialog"
      aria-labelledby="situ-ask-title"
      aria-describedby={question.body ? 'situ-ask-body' : undefined}
      onCancel={(event) => {
        event.preventDefault();
        question.answer(false);
      }}
      onKeyDown={onKeyDown}
    >
      <h2 id="situ-ask-title" class="ask-title">
        {question.title}
      </h2>
      {question.body && <p id="situ-ask-body">{question.body}</p>}
      {article && (
        <p>
          <button type="button" class="link-button" data-situ="ask-article" aria-expanded={reading} onClick={() => setReading(!reading)}>
            {reading ? t('ask.hideArticle') : t('ask.readMore', { title: article.title })}
          </button>
        </p>
      )}
      {article && reading && (
        <div class="ask-article" data-situ="ask-article-body">
          <ArticleBody engine={engine} article={article} onLeave={(url) => window.open(url, '_blank', 'noopener')} />
        </div>
      )}
      {channels.some((c) => (c.kind === 'phone' && c.number) || (c.kind === 'email' && c.address)) && (
        <div class="card-people" data-situ="ask-people">
          <p class="card-sub">{t('ask.person')}</p>
          <PeopleLinks channels={channels} label={label} />
        </div>
      )}
      <div class="ask-actions">
        <button type="button" class="button" ref={cancel} data-situ="ask-cancel" onClick={() => question.answer(false)}>
          {question.cancelLabel ?? t('ask.cancel')}
        </button>
        <button type="button" class="button primary" data-situ="ask-confirm" onClick={() => question.answer(true)}>
          {question.confirmLabel ?? t('ask.confirm')}
        </button>
      </div>
    </dialog>
  );
});
