import type { ResolvedTheme } from '@situ/core';
import { contrast, parseRgb, readableOn, rgb, type Rgb } from './contrast';

const WHITE: Rgb = [255, 255, 255];
const INK: Rgb = [17, 24, 39];
const DARK_SURFACE: Rgb = [24, 26, 32];

/** Resolves any CSS colour to RGB through the browser, which knows every colour syntax. */
function toRgb(doc: Document, color: string): Rgb {
  const probe = doc.createElement('i');
  probe.style.color = color;
  probe.hidden = true;
  doc.body.append(probe);
  const parsed = parseRgb(getComputedStyle(probe).color);
  probe.remove();
  return parsed ?? [11, 110, 79];
}

/**
 * The theme as CSS custom properties on the host. Accent-derived colours are adjusted so text
 * meets WCAG AA (4.5:1) whatever accent a site picks, in light and in dark.
 */
export function themeCss(doc: Document, theme: ResolvedTheme): string {
  const accent = toRgb(doc, theme.accent);
  const onAccent = contrast(WHITE, accent) >= contrast(INK, accent) ? WHITE : INK;
  return `${launcherThemeCss(doc, { ...theme, accent: rgb(accent) })}
:host {
  --situ-on-accent: ${rgb(onAccent)};
  --situ-accent-text-light: ${rgb(readableOn(accent, WHITE, [0, 0, 0]))};
  --situ-accent-text-dark: ${rgb(readableOn(accent, DARK_SURFACE, WHITE))};
  --situ-radius: ${theme.radius}px;
}`;
}

/**
 * What the launcher needs of the theme, set by the loader before the hub arrives: its colour,
 * place and font, no arithmetic (the label's colour comes from CSS, launcher.css). `accent`
 * must already be a colour the browser accepts.
 */
export function launcherThemeCss(_doc: Document, theme: ResolvedTheme): string {
  return `:host {
  --situ-accent: ${theme.accent};
  --situ-offset-x: ${theme.offset.x}px;
  --situ-offset-y: ${theme.offset.y}px;
  --situ-font: ${theme.font};
  --situ-z: ${theme.zIndex};
}`;
}
