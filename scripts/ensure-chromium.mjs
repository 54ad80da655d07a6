// Makes sure a Chromium the e2e tests can drive is installed. Playwright cannot download browsers
// here, so the tests use the system's: $CHROMIUM_PATH, else Debian's /usr/bin/chromium.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const DEFAULT = '/usr/bin/chromium';
const wanted = process.env.CHROMIUM_PATH;

if (wanted && existsSync(wanted)) {
  console.log(`ensure-chromium: using CHROMIUM_PATH=${wanted}`);
  process.exit(0);
}
if (wanted) {
  // playwright.config.ts launches $CHROMIUM_PATH when it is set, so a wrong one cannot be papered over.
  console.error(`ensure-chromium: CHROMIUM_PATH=${wanted} does not exist; fix it or unset it to use ${DEFAULT}`);
  process.exit(1);
}
if (existsSync(DEFAULT)) {
  console.log(`ensure-chromium: using ${DEFAULT}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (!isRoot || !hasApt) {
  console.error(
    [
      `ensure-chromium: no Chromium found (${DEFAULT} is missing and CHROMIUM_PATH is not set).`,
      isRoot ? '  apt-get is not available to install it.' : '  Not running as root, so it cannot be installed from here.',
      '  Install Chromium (Debian/Ubuntu: `sudo apt-get install -y chromium`) and, if it is not at',
      `  ${DEFAULT}, point the tests at it: export CHROMIUM_PATH=/path/to/chromium`,
    ].join('\n'),
  );
  process.exit(1);
}

const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [['update'], ['install', '-y', 'chromium']]) {
  console.log(`ensure-chromium: running apt-get ${args.join(' ')}`);
  const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`ensure-chromium: apt-get ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
    process.exit(1);
  }
}
if (!existsSync(DEFAULT)) {
  console.error(`ensure-chromium: apt-get installed chromium but ${DEFAULT} is still missing; set CHROMIUM_PATH`);
  process.exit(1);
}
console.log(`ensure-chromium: installed ${DEFAULT}`);
