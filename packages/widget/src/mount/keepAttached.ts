import type { Host } from './host';

/**
 * Puts the host back when the page removes it: Turbo Drive, pjax or htmx replacing the body, or
 * a script rewriting `body.innerHTML`. Checking costs one property read per batch of mutations.
 * `onBack` runs after each return (a panel that was open closed with the removal).
 */
export function keepAttached(host: Host, onBack: () => void): () => void {
  const doc = host.element.ownerDocument;
  const check = () => {
    if (host.element.isConnected || !doc.body) return;
    doc.body.append(host.element);
    host.launcher.show();
    onBack();
  };
  const watch = new MutationObserver(check);
  watch.observe(doc.documentElement, { childList: true, subtree: true });
  // The page may have replaced the body before the hub arrived.
  check();
  return () => watch.disconnect();
}
