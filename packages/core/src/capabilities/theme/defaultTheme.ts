import type { DerivedColors } from './colors';

/** The theme with every default filled in. */
export interface ResolvedTheme {
  /** Accent colour of the launcher, links and buttons. @default "#0b6e4f" */
  accent: string;
  /** Corner of the launcher and panel. @default "bottom-right" */
  position: 'bottom-right' | 'bottom-left';
  /** Distance of the launcher from its corner, in px. @default { x: 20, y: 20 } */
  offset: { x: number; y: number };
  /** Corner radius in px. @default 12 */
  radius: number;
  /** Font family. @default the system UI font stack */
  font: string;
  /** Light, dark, or following `prefers-color-scheme`. @default "auto" */
  scheme: 'auto' | 'light' | 'dark';
  /** Stacking order of the launcher, where the browser has no top layer. @default 2147483000 */
  zIndex: number;
  /**
   * The accent's readable colours, from a config stamped by `situ check --stamp` (worked out
   * ahead of time); absent otherwise, and then worked out in the page.
   */
  colors?: DerivedColors;
}

/** The default theme. */
export const defaultTheme: ResolvedTheme = {
  accent: '#0b6e4f',
  position: 'bottom-right',
  offset: { x: 20, y: 20 },
  radius: 12,
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  scheme: 'auto',
  zIndex: 2147483000,
};
