import type { ResolvedTheme } from '@situ/core';
import launcherCss from '../styles/launcher.css?inline';
import { createLauncher, type Launcher } from './launcher';
import { addSheet } from './addSheet';
import { launcherThemeCss } from './theme';

/** Situ's one element in the page: a host with an open shadow root holding everything else. */
export interface Host {
  /** The `<situ-root>` element appended to the body. */
  readonly element: HTMLElement;
  /** Its open shadow root. */
  readonly shadow: ShadowRoot;
  /** The launcher button. */
  readonly launcher: Launcher;
  /** The id the panel must carry (the launcher's `aria-controls`). */
  readonly panelId: string;
  /** Adds a stylesheet to the shadow root. */
  addStyles(css: string): void;
  /**
   * Applies a theme: CSS variables, position and colour scheme. The loader sets the launcher's
   * part; the hub passes `themeCss` for the whole.
   */
  setTheme(theme: ResolvedTheme, toCss?: (doc: Document, theme: ResolvedTheme) => string): void;
  /** Removes the host and everything in it. */
  destroy(): void;
}

/** Options for mounting. */
export interface MountOptions {
  /** A CSP nonce for the `<style>` fallback where constructable stylesheets are missing. */
  nonce?: string;
}

let hostCount = 0;

/** Mounts the host and its launcher at the end of the body. */
export function mountHost(doc: Document = document, options: MountOptions = {}): Host {
  // A page may have taken the name for an element of its own: then a plain element hosts us.
  const element = doc.createElement(doc.defaultView?.customElements?.get('situ-root') ? 'div' : 'situ-root');
  const shadow = element.attachShadow({ mode: 'open' });
  const panelId = `situ-panel-${++hostCount}`;
  const themeSheet = addSheet(shadow, '', options.nonce);
  addSheet(shadow, launcherCss, options.nonce);
  doc.body.append(element);
  const launcher = createLauncher(shadow, panelId);
  return {
    element,
    shadow,
    launcher,
    panelId,
    addStyles: (css) => void addSheet(shadow, css, options.nonce),
    setTheme(theme, toCss = launcherThemeCss) {
      element.dataset.position = theme.position;
      element.dataset.scheme = theme.scheme;
      themeSheet.set(toCss(doc, theme));
    },
    destroy: () => element.remove(),
  };
}
