import * as v from 'valibot';
import { oneOf, strict, type SchemaChecks } from '../../config/fields';

const px = (max: number) => v.pipe(v.number('expected a number of pixels'), v.minValue(0), v.maxValue(max));

const themeSchema = (checks: SchemaChecks) =>
  strict({
    accent: v.optional(v.pipe(v.string(), v.check((c) => checks.isColor(c), 'expected a CSS colour'))),
    position: v.optional(oneOf(['bottom-right', 'bottom-left'])),
    offset: v.optional(strict({ x: v.optional(px(400)), y: v.optional(px(400)) })),
    radius: v.optional(px(32)),
    font: v.optional(v.pipe(v.string(), v.regex(/^[\w\s,"'-]+$/, 'expected a font-family list'))),
    scheme: v.optional(oneOf(['auto', 'light', 'dark'])),
    zIndex: v.optional(v.pipe(v.number(), v.integer())),
  });

/** A theme as written in the config. */
export type Theme = v.InferOutput<ReturnType<typeof themeSchema>>;

/** The theme's part of the config schema. */
export const fields = (checks: SchemaChecks) => ({ theme: v.optional(themeSchema(checks)) });
