// The benchmark page: gets a searchable index one of three ways (`?way=`), then types the
// keystrokes, and leaves its figures in `window.__bench` for scripts/bench-search-browser.mjs.
import { typingSequence } from './corpus.mjs';
import { SearchIndex, isArticlesFileChecked, loadSerialised, readArticlesFile } from './lib.js';
// The widget's own fetch, which hands the text over in pieces as it arrives.
import { browserPlatform } from '../../packages/widget/src/platform/browserPlatform.ts';

const params = new URLSearchParams(location.search);
const way = params.get('way');
const n = params.get('n');
const articlesUrl = `/articles-${n}.json`;
const indexUrl = `/index-${n}.json`;

const longTasks = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) longTasks.push({ start: e.startTime, end: e.startTime + e.duration, duration: e.duration });
}).observe({ type: 'longtask', buffered: true });

// Chromium's Long Tasks API misses some tasks: code that runs where `await response.text()`
// (or `.json()`) resumes is never reported, however long it runs (seen in Chromium 150). So the
// page also keeps a heartbeat, a timer every few ms; a gap of 50 ms or more between two beats is
// the main thread blocked, whatever the task.
const gaps = [];
// Every beat, to see how often the page's own timer got its turn (a zero timer beats every 4 ms
// or so when the page is free).
const beats = [];
let beat = performance.now();
(function heartbeat() {
  const now = performance.now();
  if (now - beat >= 50) gaps.push({ start: beat, end: now, duration: now - beat });
  beats.push(now);
  beat = now;
  setTimeout(heartbeat, 0);
})();

// A new task without setTimeout's 4 ms clamp, so each keystroke is a task of its own.
const channel = new MessageChannel();
const nextTask = () => new Promise((resolve) => { channel.port1.onmessage = resolve; channel.port2.postMessage(0); });
const fetchText = async (url) => (await fetch(url)).text();

/** Tries to start a worker from a blob: URL; under `default-src 'self'` it must be refused. */
function blobWorker() {
  return new Promise((resolve) => {
    const done = (v) => { clearTimeout(timer); resolve(v); };
    const timer = setTimeout(() => done('no answer within 2 s'), 2000);
    document.addEventListener('securitypolicyviolation', (e) => done(`blocked by CSP (${e.violatedDirective})`), { once: true });
    try {
      const w = new Worker(URL.createObjectURL(new Blob(['postMessage(1)'], { type: 'text/javascript' })));
      w.onmessage = () => done('ran');
      w.onerror = () => done('failed to start');
    } catch (e) {
      done(`blocked (${e.name})`);
    }
  });
}

/** Each way: resolves to `search(q) => Promise<hits>` once a query can be answered, with the phases' ms. */
const ways = {
  async slices(phase) {
    // As the widget does: parsed a line at a time while the file arrives.
    const json = await readArticlesFile(await browserPlatform(window).fetchText(articlesUrl));
    phase('fetch and parse');
    if (!(await isArticlesFileChecked(json))) throw new Error('the stamp does not match');
    phase('stamp');
    const { articles } = json;
    const index = new SearchIndex(articles);
    await index.ready;
    phase('build');
    return async (q) => index.search(q);
  },
  async worker(phase, extra) {
    const worker = new Worker('/search-worker.js', { type: 'module' });
    const pending = new Map();
    let seq = 0;
    const ready = new Promise((resolve, reject) => {
      worker.onerror = (e) => reject(new Error(`the worker failed: ${e.message ?? 'no message'}`));
      worker.onmessage = ({ data }) => {
        if (data.type === 'ready') resolve(data);
        else if (data.type === 'hits') { pending.get(data.seq)(data.hits); pending.delete(data.seq); }
      };
    });
    worker.postMessage({ type: 'load', url: articlesUrl });
    const info = await ready;
    phase('worker');
    Object.assign(extra, { workerFetchMs: info.fetchMs, workerParseMs: info.parseMs, workerBuildMs: info.buildMs, workerResources: info.resources });
    return (q) => new Promise((resolve) => { pending.set(++seq, resolve); worker.postMessage({ type: 'search', seq, q }); });
  },
  async prebuilt(phase) { return loadPrebuilt(phase, false); },
  async 'prebuilt-async'(phase) { return loadPrebuilt(phase, true); },
};

// The page needs the articles as well as the index (the index stores no titles), so both come.
async function loadPrebuilt(phase, async) {
  const [indexText, articlesText] = await Promise.all([fetchText(indexUrl), fetchText(articlesUrl)]);
  phase('fetch');
  JSON.parse(articlesText);
  phase('parse');
  const index = await loadSerialised(indexText, { async });
  phase('load');
  return async (q) => index.search(q);
}

const within = (from, to, list = longTasks) => list.filter((t) => t.end > from && t.start < to);
const summary = (tasks) => ({ count: tasks.length, total: tasks.reduce((s, t) => s + t.duration, 0), longest: Math.max(0, ...tasks.map((t) => t.duration)) });

async function run() {
  const result = { way, n };
  if (params.has('csp')) result.blobWorker = await blobWorker();
  const t0 = performance.now();
  let last = t0;
  const phases = {};
  const phase = (name) => { const now = performance.now(); phases[name] = now - last; last = now; };
  const search = await ways[way](phase, result);
  const tReady = performance.now();
  Object.assign(result, { readyMs: tReady - t0, phases });

  // Let the long-task observer catch up before typing starts.
  await new Promise((resolve) => setTimeout(resolve, 100));
  const keys = typingSequence();
  const times = [];
  const tType = performance.now();
  for (const q of keys) {
    await nextTask();
    const s = performance.now();
    const hits = await search(q);
    times.push(performance.now() - s);
    if (q === 'custms' || q === 'custms charges') result[q] = { hits: hits.length, first: hits[0]?.id ?? null };
  }
  const tTyped = performance.now();
  // The observer hears of long tasks a little later: read them once typing is over.
  await new Promise((resolve) => setTimeout(resolve, 200));
  result.readyLongTasks = summary(within(t0, tReady));
  result.readyGaps = summary(within(t0, tReady, gaps));
  // The page's own timer while getting ready: how many beats, and the median gap between them.
  const readyBeats = beats.filter((t) => t >= t0 && t <= tReady);
  const beatGaps = readyBeats.slice(1).map((t, i) => t - readyBeats[i]).sort((a, b) => a - b);
  result.readyBeats = { count: readyBeats.length, median: beatGaps[Math.floor(beatGaps.length / 2)] ?? 0 };
  result.typing = { times, longTasks: summary(within(tType, tTyped)), gaps: summary(within(tType, tTyped, gaps)) };
  result.allLongTasks = longTasks.map((t) => [Math.round(t.start), Math.round(t.duration)]);
  result.resources = performance.getEntriesByType('resource').map((e) => ({ name: e.name, encoded: e.encodedBodySize, decoded: e.decodedBodySize }));
  window.__bench = result;
}

run().catch((error) => { window.__bench = { error: String(error?.stack ?? error) }; });
