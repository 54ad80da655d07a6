import { parseArgs } from 'node:util';
import type { BuildOptions } from './build';
import { LOCALE } from './locales';

/** `situ build`'s options, or the usage error to print (exit code 2). */
export type ParsedArgs = { options: BuildOptions; watch: boolean } | { usage: string };

/** Reads `situ build <folder> --out <file.json> [--config f] [--allow-html] [--default-locale c] [--watch]`. */
export function parseBuildArgs(args: string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        config: { type: 'string', short: 'c' },
        'allow-html': { type: 'boolean' },
        'default-locale': { type: 'string' },
        watch: { type: 'boolean', short: 'w' },
      },
    });
  } catch (error) {
    return { usage: (error as Error).message };
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) return { usage: positionals.length === 0 ? 'expected the folder of Markdown files' : `expected one folder, got ${positionals.join(', ')}` };
  if (!values.out) return { usage: 'expected --out <file.json>' };
  if (!values.out.endsWith('.json')) return { usage: `--out: expected a .json file, got "${values.out}"` };
  const locale = values['default-locale'];
  if (locale !== undefined && !LOCALE.test(locale)) return { usage: `--default-locale: expected a language code such as "en" or "nl-BE", got "${locale}"` };
  const options: BuildOptions = { folder: positionals[0]!, out: values.out };
  if (values.config !== undefined) options.config = values.config;
  if (values['allow-html']) options.allowHtml = true;
  if (locale !== undefined) options.defaultLocale = locale;
  return { options, watch: values.watch ?? false };
}
