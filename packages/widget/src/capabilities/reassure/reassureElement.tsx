import type { Engine, Moment, ReassurePart } from '@situ/core';
import { render } from 'preact';
import type { Host } from '../../mount/host';
import { reactive } from '../../shell/reactive';
import { themeSheet } from '../../shell/themeSheet';
import cardsCss from '../../shell/cards.css?inline';
import { ReassureCard } from './ReassureCard';

const watchers = new Set<(el: HTMLElement, connected: boolean) => void>();

/**
 * `<situ-reassure heading="Your payment is protected" moment="anxious">The words.</situ-reassure>`:
 * reassurance written in the page's own markup, shown where it is written as a card once Situ
 * arrives (the text stays the page's own light DOM). Returns false where the name is taken.
 */
export function defineReassureElement(win: Window): boolean {
  const registry = win.customElements;
  if (!registry) return false;
  const existing = registry.get('situ-reassure');
  if (existing) return (existing as { situ?: boolean }).situ === true;
  class SituReassureElement extends (win as unknown as { HTMLElement: typeof HTMLElement }).HTMLElement {
    static situ = true;
    connectedCallback() {
      for (const watch of watchers) watch(this, true);
    }
    disconnectedCallback() {
      for (const watch of watchers) watch(this, false);
    }
  }
  registry.define('situ-reassure', SituReassureElement);
  return true;
}

/** Renders every `<situ-reassure>` of the page, now and as they come and go; returns the stop. */
export function reassureWatchers(engine: Engine, part: ReassurePart, host: Host): () => void {
  const doc = host.element.ownerDocument;
  const win = doc.defaultView!;
  const theme = themeSheet(engine, host);
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(`${cardsCss}\n:host{display:block;margin:12px 0}:host([hidden]){display:none}`);
  const shown = new Set<HTMLElement>();
  const watch = (el: HTMLElement, connected: boolean) => {
    if (!connected) {
      if (el.shadowRoot && shown.delete(el)) render(null, el.shadowRoot);
      return;
    }
    if (shown.has(el)) return;
    const shadow = el.shadowRoot ?? el.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = [theme.sheet, sheet];
    shown.add(el);
    render(<MarkupCard engine={engine} part={part} el={el} />, shadow);
  };
  watchers.add(watch);
  doc.querySelectorAll<HTMLElement>('situ-reassure').forEach((el) => watch(el, true));
  return () => {
    watchers.delete(watch);
    theme.stop();
    for (const el of shown) {
      // The page's element goes back to its own text, inline, as before Situ.
      render(null, el.shadowRoot!);
      el.shadowRoot!.adoptedStyleSheets = [];
      el.shadowRoot!.replaceChildren(doc.createElement('slot'));
    }
    shown.clear();
  };
}

const MarkupCard = reactive(function MarkupCard({ engine, part, el }: { engine: Engine; part: ReassurePart; el: HTMLElement }) {
  const title = el.getAttribute('heading') ?? '';
  // Dismissed on this page: the same words elsewhere are another card.
  const key = `markup:${engine.state.page.value?.id ?? engine.state.href.value}:${title}`;
  if (part.dismissed.value.has(key)) return null;
  const attr = el.getAttribute('moment');
  const where = engine.state.stepConfig.value?.moment ?? engine.state.page.value?.moment;
  const moment = ((attr === 'anxious' || attr === 'emotional' || attr === 'routine' ? attr : where) as Moment | undefined) ?? null;
  return (
    <ReassureCard engine={engine} card={{ key, title, next: [], moment, people: part.people(moment) }} onDismiss={() => part.dismiss({ key })}>
      <slot />
    </ReassureCard>
  );
});
