import { effect, type Engine } from '@situ/core';
import type { Host } from '../mount/host';

/** The theme's custom properties that Situ's elements in the page's own DOM use. */
const THEME_VARS = ['accent', 'on-accent', 'accent-text', 'bg', 'fg', 'muted', 'border', 'surface', 'surface-hover', 'shadow', 'font', 'radius', 'z'].map(
  (name) => `--situ-${name}`,
);

/**
 * A stylesheet holding the theme for shadow roots outside Situ's host (a `<situ-hint>` in the
 * page's DOM does not inherit the host's custom properties): copied from the host, and again
 * whenever the config changes. Returns the sheet and the function that stops following.
 */
export function themeSheet(engine: Engine, host: Host): { sheet: CSSStyleSheet; stop: () => void } {
  const win = host.element.ownerDocument.defaultView!;
  const sheet = new win.CSSStyleSheet();
  const stop = effect(() => {
    engine.state.config.value;
    const style = win.getComputedStyle(host.element);
    sheet.replaceSync(`:host{${THEME_VARS.map((name) => `${name}:${style.getPropertyValue(name) || 'initial'}`).join(';')}}`);
  });
  return { sheet, stop };
}
