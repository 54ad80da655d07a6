import { check } from './check';

const USAGE = `Usage: situ check <config.json> [--stamp]

  check     Validates a Situ config and prints every problem by path (exit 1 on problems).
  --stamp   Writes "checked" into a valid config: the page then trusts it without loading
            the config schema (about 4.7 KB gzip). Run it again after every edit.`;

/** Runs the CLI with `args`; resolves to the exit code. */
export async function main(args: string[]): Promise<number> {
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
  console.error(command === undefined || command === '--help' ? USAGE : `situ: unknown command "${command}"\n\n${USAGE}`);
  return command === '--help' ? 0 : 2;
}
