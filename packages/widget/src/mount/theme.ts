import type { ResolvedTheme } from '@situ/core';

/**
 * The theme as CSS custom properties on the host, with the accent's readable colours (text on
 * the accent, the accent as text in light and in dark), which meet WCAG AA whatever accent a
 * site picks. `colors` come from a stamped config or from `deriveTheme.ts`; until they are known
 * the stylesheet's defaults stand in.
 */
export function themeCss(doc: Document, theme: ResolvedTheme): string {
  const c = theme.colors;
  const colors = c ? `--situ-on-accent:${c.onAccent};--situ-accent-text-light:${c.accentTextLight};--situ-accent-text-dark:${c.accentTextDark};` : '';
  return `${launcherThemeCss(doc, theme)}:host{${colors}--situ-radius:${theme.radius}px}`;
}

/**
 * What the launcher needs of the theme, set by the loader before the hub arrives: its colour,
 * place and font, no arithmetic (the label's colour comes from CSS, launcher.css). `accent`
 * must already be a colour the browser accepts.
 */
export function launcherThemeCss(_doc: Document, theme: ResolvedTheme): string {
  return `:host{--situ-accent:${theme.accent};--situ-offset-x:${theme.offset.x}px;--situ-offset-y:${theme.offset.y}px;--situ-font:${theme.font};--situ-z:${theme.zIndex}}`;
}
