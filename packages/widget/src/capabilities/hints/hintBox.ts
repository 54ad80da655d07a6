/** Custom elements that notify the hint layers when `<situ-hint for>` is added to or removed from the page. */
export const markupWatchers = new Set<(el: HTMLElement, connected: boolean) => void>();

/**
 * Gives a `<situ-hint>` its shadow root: a box whose text is the element's own light DOM (so
 * that a field's `aria-describedby` can point at it), a title slot and an arrow.
 */
export function renderBox(el: HTMLElement): ShadowRoot {
  const doc = el.ownerDocument;
  const shadow = el.shadowRoot ?? el.attachShadow({ mode: 'open' });
  const box = doc.createElement('div');
  box.className = 'box';
  box.setAttribute('part', 'box');
  const title = doc.createElement('slot');
  title.name = 'title';
  const heading = doc.createElement('div');
  heading.className = 'title';
  heading.append(title);
  box.append(heading, doc.createElement('slot'));
  const arrow = doc.createElement('div');
  arrow.className = 'arrow';
  shadow.replaceChildren(box, arrow);
  return shadow;
}

/**
 * `<situ-hint for="field-id">The text.</situ-hint>`: help placed in the page's own markup (plain
 * HTML, React, Vue), upgraded when Situ arrives. Attributes: `for` (the field's id), `trigger`,
 * `placement`; a child with `slot="title"` is its heading.
 */
export function defineHintElement(win: Window): boolean {
  const registry = win.customElements;
  if (!registry) return false;
  const existing = registry.get('situ-hint');
  if (existing) return (existing as { situ?: boolean }).situ === true;
  class SituHintElement extends (win as unknown as { HTMLElement: typeof HTMLElement }).HTMLElement {
    static situ = true;
    connectedCallback() {
      if (this.hasAttribute('for')) for (const watch of markupWatchers) watch(this, true);
    }
    disconnectedCallback() {
      for (const watch of markupWatchers) watch(this, false);
    }
  }
  registry.define('situ-hint', SituHintElement);
  return true;
}
