// Runs every suite (unit, e2e, size budget), each even when an earlier one failed, then the search
// benchmarks (in Node, and in Chromium at 5,000 articles), and prints per-suite counts and one summary line: `tests: N passed, N failed`. The
// benchmark's figures depend on machine load, so they are printed, not counted; only a crash of the
// benchmark counts, as a failure. Exits non-zero when anything failed or nothing ran. Reports land
// in .reports/ (unit.json, e2e.json, e2e-scale.json).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const reports = join(root, '.reports');
const bin = (name) => join(root, 'node_modules', '.bin', name);

/** Runs a command, its output shown as it goes; `run.lastLine` is its last line of stdout when `capture` is set. */
function run(label, command, args, capture = false) {
  console.log(`\n== ${label}: ${[command, ...args].join(' ')}`);
  const started = Date.now();
  const stdio = capture ? ['inherit', 'pipe', 'inherit'] : 'inherit';
  const result = spawnSync(command, args, { cwd: root, stdio, env: process.env, encoding: 'utf8' });
  if (capture) {
    process.stdout.write(result.stdout ?? '');
    run.lastLine = (result.stdout ?? '').trim().split('\n').at(-1) ?? '';
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const code = result.status ?? (result.signal ? `signal ${result.signal}` : 'spawn error');
  if (result.error) console.error(`${label}: ${result.error.message}`);
  console.log(`== ${label}: exit ${code} after ${seconds}s`);
  return result.status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** A suite's counts; a failed run with no failing test counted (a crash, a setup error) counts as one failure. */
function suite(name, passed, failed, ok, note = '') {
  if (!ok && failed === 0) {
    failed = 1;
    note = `${note ? `${note}; ` : ''}the run failed outside any test`;
  }
  return { name, passed, failed, note };
}

mkdirSync(reports, { recursive: true });
const suites = [];

// 0. A browser for e2e. Without one the e2e suite fails below, but unit and size still run.
const haveChromium = run('chromium', process.execPath, [join(root, 'scripts/ensure-chromium.mjs')]);

// 0b. A PostgreSQL server for the receiver's tests (packages/server), which run on PGlite and on
// PostgreSQL. Its URL reaches the unit tests as SITU_TEST_DATABASE_URL; without one, those tests
// fail (they say how to start it), the others still run.
if (run('postgres', process.execPath, [join(root, 'scripts/ensure-postgres.mjs')], true)) {
  const url = /^SITU_TEST_DATABASE_URL=(.+)$/.exec(run.lastLine)?.[1];
  if (url) process.env.SITU_TEST_DATABASE_URL = url;
}

// 1. Unit tests (Vitest, the workspace's own binary).
{
  const file = join(reports, 'unit.json');
  rmSync(file, { force: true });
  const ok = run('unit', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile=${file}`]);
  const report = readJson(file);
  suites.push(
    report
      ? suite('unit', report.numPassedTests ?? 0, report.numFailedTests ?? 0, ok)
      : suite('unit', 0, 0, false, 'no report written'),
  );
}

// 2. End-to-end tests (Playwright on the built widget and the demo portal): every project but
// `scale` first, two workers; then `scale` (5,000 articles, asserting no long task) on its own,
// so that no other test's browser shares the two cores with it. One suite, counts summed.
{
  const parts = [
    { project: 'chromium', file: join(reports, 'e2e.json') },
    { project: 'scale', file: join(reports, 'e2e-scale.json') },
  ];
  let passed = 0;
  let failed = 0;
  let allOk = true;
  const notes = [];
  for (const { project, file } of parts) {
    rmSync(file, { force: true });
    process.env.SITU_E2E_REPORT = file;
    const ok = haveChromium && run(`e2e (${project})`, bin('playwright'), ['test', '--project', project]);
    const report = readJson(file);
    if (report?.stats) {
      const { expected = 0, unexpected = 0, flaky = 0 } = report.stats;
      const errors = (report.errors ?? []).length;
      passed += expected + flaky;
      failed += unexpected;
      if (errors) notes.push(`${project}: ${errors} error(s) outside tests`);
      allOk &&= ok;
    } else {
      allOk = false;
      notes.push(haveChromium ? `${project}: no report written` : 'no Chromium');
    }
  }
  delete process.env.SITU_E2E_REPORT;
  suites.push(suite('e2e', passed, failed, allOk, notes.join('; ')));
}

// 3. Size budgets (scripts/size.mjs exits non-zero over budget): one check.
{
  const script = join(root, 'scripts/size.mjs');
  if (existsSync(script)) {
    const ok = run('size', process.execPath, [script]);
    suites.push(suite('size', ok ? 1 : 0, ok ? 0 : 1, true));
  } else {
    console.log('\n== size: scripts/size.mjs not found, skipped');
  }
}

// 4. Search speed (scripts/bench-search.mjs): a benchmark, not a test. Its figures depend on the
// machine's load, so a slow figure is shown but not counted; it exits non-zero only when it
// crashed, and a broken script is a real failure.
let benchmark = '';
{
  const script = join(root, 'scripts/bench-search.mjs');
  const ok = run('search', process.execPath, [script], true);
  if (ok) benchmark = run.lastLine || 'ran';
  else suites.push(suite('search', 0, 1, true, 'the benchmark crashed'));
}

// 5. Search in a real browser at 5,000 articles (scripts/bench-search-browser.mjs): the ways of
// getting an index compared (docs/decisions.md, "Search at scale"); figures printed, not counted.
let browserBenchmark = '';
if (haveChromium) {
  const script = join(root, 'scripts/bench-search-browser.mjs');
  const ok = run('search in Chromium', process.execPath, [script, '--count', '5000'], true);
  if (ok) browserBenchmark = run.lastLine || 'ran';
  else suites.push(suite('search in Chromium', 0, 1, true, 'the benchmark crashed'));
}

console.log('\n== results');
for (const s of suites) {
  console.log(`${s.name.padEnd(6)} ${String(s.passed).padStart(4)} passed ${String(s.failed).padStart(4)} failed${s.note ? `  (${s.note})` : ''}`);
}
if (benchmark) console.log(`search benchmark, not counted: ${benchmark.replace(/^search: /, '')}`);
if (browserBenchmark) console.log(`search in Chromium, not counted: see its table above (${browserBenchmark})`);
const passed = suites.reduce((n, s) => n + s.passed, 0);
const failed = suites.reduce((n, s) => n + s.failed, 0);
if (passed + failed === 0) console.log('no tests ran');
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed + failed === 0 ? 1 : 0);
