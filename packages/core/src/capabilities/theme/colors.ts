/**
 * The accent's readable companions, worked out by WCAG 2.2 arithmetic: in Node by `situ check
 * --stamp` (a stamped config carries them in `derived.theme`), else in the page by a lazy chunk.
 */

/** An sRGB colour, channels 0–255. */
export type Rgb = [number, number, number];

/** Relative luminance per WCAG 2.2. */
export function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** Contrast ratio between two colours, 1 to 21. */
export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Mixes `color` toward `toward` until it reaches `ratio` against `background` (4.5:1 for text). */
export function readableOn(color: Rgb, background: Rgb, toward: Rgb, ratio = 4.5): Rgb {
  let mixed = color;
  for (let t = 0; t <= 1.0001 && contrast(mixed, background) < ratio; t += 0.05) {
    mixed = color.map((c, i) => Math.round(c + (toward[i]! - c) * t)) as Rgb;
  }
  return mixed;
}

/** Formats as `rgb(r g b)`. */
export function rgb([r, g, b]: Rgb): string {
  return `rgb(${r} ${g} ${b})`;
}

/** Parses the `rgb()`/`rgba()` a browser reports for a computed colour. */
export function parseRgb(computed: string): Rgb | null {
  const m = computed.match(/rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

/** The colours derived from the accent so that text on and in it meets WCAG AA (4.5:1). */
export interface DerivedColors {
  /** Text on the accent (the bar, the launcher): white or near-black, whichever contrasts more. */
  onAccent: string;
  /** The accent as text on a light surface. */
  accentTextLight: string;
  /** The accent as text on a dark surface. */
  accentTextDark: string;
}

const WHITE: Rgb = [255, 255, 255];
const INK: Rgb = [17, 24, 39];
const DARK_SURFACE: Rgb = [24, 26, 32];

/** Derives the readable colours of an accent, given as sRGB. */
export function deriveColors(accent: Rgb): DerivedColors {
  return {
    onAccent: rgb(contrast(WHITE, accent) >= contrast(INK, accent) ? WHITE : INK),
    accentTextLight: rgb(readableOn(accent, WHITE, [0, 0, 0])),
    accentTextDark: rgb(readableOn(accent, DARK_SURFACE, WHITE)),
  };
}
