import { deriveColors, parseRgb, rgb, type DerivedColors, type ResolvedTheme, type Rgb } from '@situ/core';

/** Resolves any CSS colour to sRGB through the browser, which knows every colour syntax. */
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
 * Works out the accent's readable colours in the page, for a config `situ check --stamp` did not
 * stamp (a stamped one carries them): a lazy chunk, with the config schema's.
 */
export function deriveTheme(doc: Document, theme: ResolvedTheme): ResolvedTheme & { colors: DerivedColors } {
  const accent = toRgb(doc, theme.accent);
  return { ...theme, accent: rgb(accent), colors: deriveColors(accent) };
}
