// Runs the pinned pnpm through npx, so a machine with only Node and npm can use the workspace.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { constants } from 'node:os';

const { packageManager } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const command = ['npx', '-y', packageManager, ...process.argv.slice(2)];
const result = spawnSync(command[0], command.slice(1), {
  stdio: 'inherit',
  env: { ...process.env, npm_config_update_notifier: 'false' },
});
// pnpm reports its own failures; say why only when it did not run or did not finish.
if (result.error) {
  console.error(`pnpm.mjs: could not run \`${command.join(' ')}\`: ${result.error.message}`);
  process.exit(1);
}
if (result.signal) {
  console.error(`pnpm.mjs: \`${command.join(' ')}\` was killed by ${result.signal}`);
  process.exit(128 + (constants.signals[result.signal] ?? 0));
}
process.exit(result.status ?? 1);
