/** The always-loaded launcher: plain DOM, no framework, so the loader stays tiny. */
export interface Launcher {
  /** The button. */
  readonly button: HTMLButtonElement;
  /** Sets the visible text and the accessible name (which must contain the visible text). */
  setLabels(text: string, name: string): void;
  /** Reflects whether the hub is open. */
  setExpanded(expanded: boolean): void;
  /** Shows it again in the top layer (after the page removed and the host put it back). */
  show(): void;
}

const ICON =
  '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" d="M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Z M9.1 9a3 3 0 0 1 5.8 1c0 2-3 2.5-3 4.5"/><circle cx="12" cy="17.5" r="1.1" fill="currentColor"/></svg>';

interface TrustedTypes {
  createPolicy(name: string, rules: { createHTML(input: string): string }): { createHTML(input: string): string };
}
// One per page: a second policy of the same name is refused where the page does not allow it.
let policy: ReturnType<TrustedTypes['createPolicy']> | undefined;

/** Creates the launcher inside `root`, in the top layer where the browser supports popovers. */
export function createLauncher(root: ShadowRoot, panelId: string): Launcher {
  const doc = root.ownerDocument;
  const layer = doc.createElement('div');
  layer.className = 'launcher-layer';
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'launcher';
  button.dataset.situ = 'launcher';
  button.setAttribute('aria-haspopup', 'dialog');
  button.setAttribute('aria-controls', panelId);
  // Under Trusted Types a page lists "situ" among its policies; if it does not, no icon.
  try {
    const tt = (doc.defaultView as { trustedTypes?: TrustedTypes } | null)?.trustedTypes;
    button.innerHTML = tt ? (policy ??= tt.createPolicy('situ', { createHTML: () => ICON })).createHTML('') : ICON;
  } catch {
    // The label alone still names the button.
  }
  const text = doc.createElement('span');
  button.append(text);
  layer.append(button);
  root.append(layer);
  const show = () => {
    if (typeof layer.showPopover !== 'function' || layer.matches(':popover-open')) return;
    layer.popover = 'manual';
    layer.showPopover();
  };
  show();
  const launcher: Launcher = {
    show,
    button,
    setLabels(visible, name) {
      text.textContent = visible;
      button.setAttribute('aria-label', name);
    },
    setExpanded(expanded) {
      button.setAttribute('aria-expanded', String(expanded));
    },
  };
  launcher.setLabels('Help', 'Open help');
  launcher.setExpanded(false);
  return launcher;
}
