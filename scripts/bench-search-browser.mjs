// Search in a real browser: Debian's Chromium, 5,000 and 20,000 compiled articles of ~250 words
// (scripts/bench-search/corpus.mjs), three ways of getting a searchable index:
//   slices          the widget's way: the articles file (stamped and one article per line, as
//                   `situ build` writes it) parsed line by line as it arrives, its stamp checked
//                   in slices, then packages/core's
//                   SearchIndex built in the page in slices of 8 ms;
//   worker          a module worker from the page's origin fetches the articles, builds the same
//                   index at once and answers each keystroke by postMessage (round trip timed);
//   prebuilt(-async) the index serialised in Node (JSON.stringify(miniSearch)), fetched with the
//                   articles and loaded by MiniSearch.loadJSON (or loadJSONAsync).
// For each: ms until searchable, gzip bytes fetched, long tasks (≥ 50 ms) while getting ready and
// while typing, per-keystroke p50/p95/max over the keystrokes of scripts/bench-search.mjs plus
// "custms charges". Served from 127.0.0.1 with `Content-Security-Policy: default-src 'self'` and
// gzip; the script checks the policy holds (a blob: worker is refused). Medians of 3 fresh pages.
// A measurement, not a test: exits 0 whatever the figures, non-zero only when it crashes.
//
//   node scripts/bench-search-browser.mjs [--count 5000,20000] [--runs 3]
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { generateArticles } from './bench-search/corpus.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const here = fileURLToPath(new URL('./bench-search/', import.meta.url));
const CSP = "default-src 'self'";
const WAYS = ['slices', 'worker', 'prebuilt', 'prebuilt-async'];
const BUDGET_P95_MS = 8;

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const counts = arg('count', '5000,20000').split(',').map(Number);
const runs = Number(arg('runs', '3'));

// playwright-core as @playwright/test resolves it (the root depends on @playwright/test only).
const requireFromRoot = createRequire(join(root, 'package.json'));
const requireFromTest = createRequire(requireFromRoot.resolve('@playwright/test/package.json'));
const playwright = await import(pathToFileURL(requireFromTest.resolve('playwright-core')).href);
const chromium = playwright.chromium ?? playwright.default.chromium;
const { build } = await import(pathToFileURL(requireFromRoot.resolve('vite')).href);

// 1. The page, the worker and the shared search code, bundled as the widget would be.
const out = mkdtempSync(join(tmpdir(), 'situ-bench-search-'));
const started = performance.now();
await build({
  configFile: false,
  root: here,
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: out,
    emptyOutDir: true,
    minify: true,
    target: 'es2022',
    modulePreload: false,
    rollupOptions: {
      input: { page: join(here, 'page.js'), 'search-worker': join(here, 'search-worker.js'), lib: join(here, 'lib.js') },
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name].js' },
      preserveEntrySignatures: 'exports-only',
    },
  },
});
const lib = await import(pathToFileURL(join(out, 'lib.js')).href);

// 2. What the server sends: files gzipped once, up front.
const files = new Map();
const put = (path, body, type) => files.set(path, { type, body: Buffer.from(body), gz: gzipSync(body) });
put('/', '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>search bench</title></head><body><script type="module" src="/page.js"></script></body></html>', 'text/html; charset=utf-8');
for (const name of readdirSync(out).filter((f) => f.endsWith('.js'))) put(`/${name}`, readFileSync(join(out, name)), 'text/javascript');
const corpus = {};
for (const n of counts) {
  const articles = generateArticles(n);
  const t = performance.now();
  const index = lib.buildAtOnce(articles);
  const buildMs = performance.now() - t;
  put(`/articles-${n}.json`, lib.formatArticlesFile({ checked: await lib.articlesStampOf({ articles }), articles }), 'application/json');
  put(`/index-${n}.json`, lib.serialise(index), 'application/json');
  corpus[n] = { nodeBuildMs: buildMs, articles: files.get(`/articles-${n}.json`), index: files.get(`/index-${n}.json`) };
}

const sent = new Map();
const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  const file = files.get(path);
  if (!file) return res.writeHead(404).end();
  const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  const body = gzip ? file.gz : file.body;
  sent.set(path, (sent.get(path) ?? 0) + body.length);
  res.writeHead(200, {
    'Content-Type': file.type,
    'Content-Length': body.length,
    'Cache-Control': 'no-store',
    'Content-Security-Policy': CSP,
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
  });
  res.end(body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});

/** One fresh page (its own context: nothing cached), one way, one size; the page's figures. */
async function measure(way, n, { csp = false } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  sent.clear();
  const response = await page.goto(`${base}/?way=${way}&n=${n}${csp ? '&csp' : ''}`);
  await page.waitForFunction(() => window.__bench, null, { timeout: 180_000, polling: 200 });
  const result = await page.evaluate(() => window.__bench);
  await context.close();
  if (result.error) throw new Error(`${way} ${n}: ${result.error}\n${errors.join('\n')}`);
  result.dataBytes = [...sent].filter(([p]) => p.endsWith('.json')).reduce((s, [, b]) => s + b, 0);
  result.cspHeader = response.headers()['content-security-policy'];
  result.consoleErrors = errors;
  return result;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const pct = (times, p) => {
  const s = [...times].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

// 3. The policy holds: the document carries it, a blob: worker is refused, /search-worker.js runs.
const check = await measure('worker', counts[0], { csp: true });
const cspLine = `csp: header ${JSON.stringify(check.cspHeader)}; a blob: worker: ${check.blobWorker}; the same-origin module worker: ${check.workerBuildMs >= 0 ? 'ran' : 'did not run'}`;
if (check.cspHeader !== CSP || check.blobWorker === 'ran') console.log(`WARNING: the CSP does not hold (${cspLine})`);

// 4. Every size, way and run; the runs of one configuration interleaved with the others'.
const results = {};
for (const n of counts) {
  for (let r = 0; r < runs; r++) {
    for (const way of WAYS) {
      (results[`${n} ${way}`] ??= []).push(await measure(way, n));
      process.stderr.write('.');
    }
  }
}
process.stderr.write('\n');
await browser.close().catch(() => undefined);
const browserVersion = browser.version();
server.close();
rmSync(out, { recursive: true, force: true });

// 5. The table: medians of the runs.
const kb = (b) => `${Math.round(b / 1024).toLocaleString('en')} KB`;
const ms = (x) => (x >= 100 ? Math.round(x).toLocaleString('en') : x.toFixed(x >= 10 ? 0 : 1));
const rows = [];
for (const n of counts) {
  for (const way of WAYS) {
    const rs = results[`${n} ${way}`];
    const m = (f) => median(rs.map(f));
    const t = rs.map((x) => x.typing.times);
    rows.push([
      n.toLocaleString('en'),
      way,
      ms(m((x) => x.readyMs)),
      kb(m((x) => x.dataBytes)),
      `${m((x) => x.readyLongTasks.count)} / ${ms(m((x) => x.readyLongTasks.total))} / ${ms(m((x) => x.readyLongTasks.longest))}`,
      `${m((x) => x.readyGaps.count)} / ${ms(m((x) => x.readyGaps.longest))}`,
      `${ms(m((x) => x.readyBeats.count / (x.readyMs / 1000)))} / ${ms(m((x) => x.readyBeats.median))}`,
      `${ms(median(t.map((x) => pct(x, 50))))} / ${ms(median(t.map((x) => pct(x, 95))))} / ${ms(median(t.map((x) => Math.max(...x))))}`,
      `${m((x) => x.typing.longTasks.count)} / ${ms(m((x) => x.typing.longTasks.longest))}; ${m((x) => x.typing.gaps.count)} / ${ms(m((x) => x.typing.gaps.longest))}`,
      `${rs[0].custms.hits}${rs[0]['custms charges'] ? `, ${rs[0]['custms charges'].hits}` : ''}`,
      Object.keys(rs[0].phases).map((p) => `${p} ${ms(m((x) => x.phases[p]))}`).join(', ') +
        (way === 'worker' ? ` (in the worker: fetch ${ms(m((x) => x.workerFetchMs))}, parse ${ms(m((x) => x.workerParseMs))}, build ${ms(m((x) => x.workerBuildMs))})` : ''),
    ]);
  }
}
const head = ['articles', 'way', 'ready ms', 'data gz', 'long tasks ready: n / total / longest ms', 'blocked ready: n / longest', 'page timer ready: beats per s / median gap ms', 'keystroke p50 / p95 / max ms', 'typing: long tasks n / longest; blocked n / longest', '"custms", "custms charges" hits', 'ready, by phase (ms)'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;

console.log(`search in Chromium ${browserVersion}, ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; medians of ${runs} fresh pages per row`);
console.log(cspLine);
for (const n of counts) {
  const c = corpus[n];
  console.log(`corpus ${n.toLocaleString('en')}: articles JSON ${kb(c.articles.body.length)} (${kb(c.articles.gz.length)} gzip), index JSON ${kb(c.index.body.length)} (${kb(c.index.gz.length)} gzip), built in Node in ${ms(c.nodeBuildMs)} ms`);
}
console.log(`bundles (gzip): ${[...files].filter(([p]) => p.endsWith('.js')).map(([p, f]) => `${p.slice(1)} ${kb(f.gz.length)}`).join(', ')}`);
console.log(line(head));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const r of rows) console.log(line(r));
console.log('long tasks: PerformanceObserver "longtask" entries; blocked: gaps of 50 ms or more in a heartbeat timer (Chromium reports no long task for code resuming from `await response.text()`); page timer: how often that zero timer ran while getting ready (on a free page, one beat per 4 ms or so)');
console.log(`keystrokes: ${results[`${counts[0]} slices`][0].typing.times.length} per run, each its own task, typed back to back; the worker's is the postMessage round trip (budget p95 ${BUDGET_P95_MS} ms)`);
const errors = Object.values(results).flat().flatMap((r) => r.consoleErrors);
if (errors.length) console.log(`console errors in the pages: ${[...new Set(errors)].join(' | ')}`);
console.log(`bench-search-browser: done in ${Math.round((performance.now() - started) / 1000)} s`);
