/** A stylesheet added to a shadow root, whose text can be replaced later. */
export interface Sheet {
  /** Replaces the stylesheet's text. */
  set(css: string): void;
}

/**
 * Adds a stylesheet to a shadow root: constructable where supported (no CSP `style-src` needed),
 * else a `<style>` carrying the page's `nonce`.
 */
export function addSheet(shadow: ShadowRoot, css: string, nonce?: string): Sheet {
  const doc = shadow.ownerDocument;
  const win = doc.defaultView;
  if (win && 'adoptedStyleSheets' in shadow && typeof win.CSSStyleSheet === 'function') {
    const s = new win.CSSStyleSheet();
    s.replaceSync(css);
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, s];
    return { set: (next) => s.replaceSync(next) };
  }
  const style = doc.createElement('style');
  if (nonce) style.nonce = nonce;
  style.textContent = css;
  shadow.append(style);
  return { set: (next) => void (style.textContent = next) };
}
