import { stat } from 'node:fs/promises';
import { build } from './build/build';
import { parseBuildArgs } from './build/args';
import { summarize } from './build/summary';
import { watch } from './build/watch';
import type { BuildResult } from './build/build';
import { check } from './check';

const USAGE = `Usage: situ build <folder> --out <file.json> [--config <situ.json>] [--allow-html]
                  [--default-locale <code>] [--watch]
       situ check <config.json> [--stamp]

  build     Compiles a folder of Markdown articles (YAML front matter: title, tags, …) into the
            JSON the widget fetches from "articlesUrl": sanitised HTML, plain text for search,
            images copied beside it under hashed names. Exit 1 on errors, and nothing written.
    --out             The JSON file; "{locale}" in it writes one file per locale, each with
                      the default locale's articles it has no translation of.
    --config          The site's config: article pages/steps and its lists are checked against
                      it, and its "locale" is the default locale.
    --allow-html      Keep raw HTML written in the Markdown (still sanitised).
    --default-locale  The locale of files whose name (fees.nl.md) and front matter name none
                      (default: the config's "locale", else "en").
    --watch           Build again on every change until stopped (Ctrl+C).
  check     Validates a Situ config and prints every problem by path (exit 1 on problems).
    --stamp   Writes "checked" into a valid config: the page then trusts it without loading
              the config schema (about 4.7 KB gzip). Run it again after every edit.

Docs: docs/cli.md`;

/** Runs the CLI with `args`; resolves to the exit code. `signal` ends `build --watch`, as Ctrl+C does. */
export async function main(args: string[], { signal }: { signal?: AbortSignal } = {}): Promise<number> {
  const [command, ...rest] = args;
  if (command === 'check') {
    const files = rest.filter((a) => !a.startsWith('--'));
    const unknown = rest.filter((a) => a.startsWith('--') && a !== '--stamp');
    if (files.length !== 1 || unknown.length > 0) {
      console.error(unknown.length ? `situ check: unknown option ${unknown.join(', ')}\n\n${USAGE}` : USAGE);
      return 2;
    }
    const result = await check(files[0]!, { stamp: rest.includes('--stamp') });
    (result.code ? console.error : console.log)(result.lines.join('\n'));
    return result.code;
  }
  if (command === 'build') return runBuild(rest, signal);
  console.error(command === undefined || command === '--help' ? USAGE : `situ: unknown command "${command}"\n\n${USAGE}`);
  return command === '--help' ? 0 : 2;
}

async function runBuild(args: string[], signal: AbortSignal | undefined): Promise<number> {
  const parsed = parseBuildArgs(args);
  if ('usage' in parsed) {
    console.error(`situ build: ${parsed.usage}\n\n${USAGE}`);
    return 2;
  }
  if (!parsed.watch) {
    try {
      return report(await build(parsed.options));
    } catch (error) {
      console.error(`situ build: ${(error as Error).message}`);
      return 1;
    }
  }
  // A watch needs its folder to exist; anything else wrong is reported and watched for a fix.
  const folder = await stat(parsed.options.folder).catch(() => undefined);
  if (!folder?.isDirectory()) {
    console.error(`${parsed.options.folder}: no such folder`);
    return 1;
  }
  return new Promise<number>((resolve) => {
    const watcher = watch(parsed.options, (result) => {
      report(result);
      console.log(`situ build: watching ${parsed.options.folder} (Ctrl+C to stop)`);
    });
    const stop = () => {
      watcher.close();
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    signal?.addEventListener('abort', stop, { once: true });
  });
}

/** Prints a build's problems and summary; returns its exit code. */
function report(result: BuildResult): number {
  const { errors, warnings, summary } = summarize(result);
  for (const line of [...warnings, ...errors]) console.error(line);
  (result.errors.length > 0 ? console.error : console.log)(summary);
  return result.errors.length > 0 ? 1 : 0;
}
