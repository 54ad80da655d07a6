import { readFile, writeFile } from 'node:fs/promises';
import { converter, parse } from 'culori';
import { capabilities, defaultTheme, deriveColors, stampOf, validateConfig, type DerivedColors, type SchemaChecks } from '@situ/core';
import { nodeChecks } from './nodeChecks';

/** What `situ check` found. */
export interface CheckResult {
  /** Lines to print: every problem by path, as the browser's console error lists them. */
  lines: string[];
  /** 0 when the config is valid, 1 when it has problems or cannot be read. */
  code: number;
}

/**
 * Validates a config file with the browser's schema and messages. With `stamp`, a valid config
 * is written back with `"checked"`: its SHA-256, so the page trusts it without loading the schema.
 */
export async function check(file: string, { stamp = false } = {}): Promise<CheckResult> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return { lines: [`${file}: cannot be read: ${(error as Error).message}`], code: 1 };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { lines: [`${file}: not valid JSON: ${(error as Error).message}`], code: 1 };
  }
  const prepared = await Promise.all(capabilities.map((c) => c.config?.prepare?.()));
  const checks = Object.assign({ ...nodeChecks }, ...prepared) as SchemaChecks;
  const { problems } = await validateConfig(capabilities, json, checks);
  if (problems.length > 0) {
    const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
    return { lines: [`${file}: ${count}`, ...problems.map((p) => `  ${p.path}: ${p.message}`)], code: 1 };
  }
  if (!stamp) return { lines: [`${file}: valid`], code: 0 };
  // What the page would otherwise work out itself goes in `derived`, under the stamp.
  const config = { ...(json as Record<string, unknown>) };
  config.derived = { ...(config.derived as object | undefined), theme: themeColors(config) };
  const checked = await stampOf(config);
  if ((json as Record<string, unknown>).checked === checked) return { lines: [`${file}: valid, stamp already current`], code: 0 };
  // The stamp goes right after "version", so a reviewer sees it at the top of the file.
  const { version, checked: _old, ...rest } = config;
  const indent = /^[ \t]+(?=")/m.exec(text)?.[0] ?? '  ';
  await writeFile(file, `${JSON.stringify({ version, checked, ...rest }, null, indent)}\n`);
  return { lines: [`${file}: valid, stamped ${checked}`], code: 0 };
}

const toRgb = converter('rgb');

/** The accent's readable colours (text on it, it as text in light and dark), as the page needs them. */
function themeColors(config: Record<string, unknown>): DerivedColors {
  const accent = (config.theme as { accent?: string } | undefined)?.accent ?? defaultTheme.accent;
  const color = toRgb(parse(accent))!;
  const channel = (x: number) => Math.round(Math.min(1, Math.max(0, x || 0)) * 255);
  return deriveColors([channel(color.r), channel(color.g), channel(color.b)]);
}
