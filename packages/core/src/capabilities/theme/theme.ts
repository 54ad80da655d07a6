import * as v from 'valibot';
import { defineCapability } from '../../kernel/capability';
import { oneOf, type SchemaChecks } from '../../config/fields';

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

const px = (max: number) => v.pipe(v.number('expected a number of pixels'), v.minValue(0), v.maxValue(max));

const themeSchema = (checks: SchemaChecks) =>
  v.strictObject({
    accent: v.optional(v.pipe(v.string(), v.check((c) => checks.isColor(c), 'expected a CSS colour'))),
    position: v.optional(oneOf(['bottom-right', 'bottom-left'])),
    offset: v.optional(v.strictObject({ x: v.optional(px(400)), y: v.optional(px(400)) })),
    radius: v.optional(px(32)),
    font: v.optional(v.pipe(v.string(), v.regex(/^[\w\s,"'-]+$/, 'expected a font-family list'))),
    scheme: v.optional(oneOf(['auto', 'light', 'dark'])),
    zIndex: v.optional(v.pipe(v.number(), v.integer())),
  });

/** A theme as written in the config. */
export type Theme = v.InferOutput<ReturnType<typeof themeSchema>>;

/** The look of the launcher and panel: the `theme` config; the widget applies it. */
export const theme = defineCapability({
  name: 'theme',
  config: {
    fields: (checks) => ({ theme: v.optional(themeSchema(checks)) }),
    resolve: (config: { theme?: Theme }) => {
      const t = config.theme ?? {};
      return {
        theme: {
          ...defaultTheme,
          ...t,
          offset: { ...defaultTheme.offset, ...t.offset },
        } as ResolvedTheme,
      };
    },
  },
  setup: () => ({ api: {} }),
});
