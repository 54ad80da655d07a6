/** The always-loaded launcher: plain DOM, no framework, so the loader stays tiny. */
export interface Launcher {
  /** The button. */
  readonly button: HTMLButtonElement;
  /** Sets the visible text and the accessible name (which must contain the visible text). */
  setLabels(text: string, name: string): void;
  /** Reflects whether the hub is open. */
  setExpanded(expanded: boolean): void;
}

const ICON =
  '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" d="M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Z M9.1 9a3 3 0 0 1 5.8 1c0 2-3 2.5-3 4.5"/><circle cx="12" cy="17.5" r="1.1" fill="currentColor"/></svg>';

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
  button.innerHTML = ICON;
  const text = doc.createElement('span');
  button.append(text);
  layer.append(button);
  root.append(layer);
  if (typeof layer.showPopover === 'function') {
    layer.popover = 'manual';
    layer.showPopover();
  }
  const launcher: Launcher = {
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
