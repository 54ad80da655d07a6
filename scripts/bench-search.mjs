// Search benchmark: 5,000 generated articles of ~250 words, 112 keystrokes typed as a visitor
// types them (prefixes, one typo). Prints build time, the longest index slice and per-keystroke
// p50/p95 against the p95 budget, and says `over budget` when p95 is over it. Timings depend on
// the machine's load, so it is a measurement, not a test: it exits 0 whatever the figures, and
// non-zero only when it crashes. Run after `pnpm build` (it uses packages/core/dist).
import { performance } from 'node:perf_hooks';
import { SearchIndex, SLICE_MS } from '../packages/core/dist/index.js';

const BUDGET_P95_MS = 8;
const COUNT = 5000;

// A deterministic vocabulary of help-centre words, so runs are comparable.
// mulberry32: a small seeded generator, so every run indexes the same corpus.
let seed = 42;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const base = `account address adviser amount annual application appointment arrears balance bank bill
  block boiler broken budget cancel card charge claim close code company compensation complaint
  confirm contract cost cover customs damage date debit declined deductible delivery deposit direct
  document energy expiry fee fire flood form fraud gas heating home instalment insurance invoice
  late letter limit lost meter mobile move notice online order overdue password payment personal
  phone photo policy postcode premium price receipt refund renew repair reply report roof secure
  service sign solar statement stolen storm supplier tariff transfer travel water window`.split(/\s+/);
// Word frequencies in real text follow Zipf's law: made-up words from syllables fill a
// 30,000-term vocabulary, with the help-centre words placed at ranks 100 to 1,000, so each
// appears in roughly 5-20 % of articles, as content words in a knowledge base do.
const syllables = 'ba be bi bo ka ke ki ko ra re ri ro ta te ti to ma me mi mo na ne ni no sa se si so la le li lo da de di do pa pe pi po ver ant ing ment tion ster'.split(' ');
const vocab = [];
const seen = new Set(base);
while (vocab.length < 30000) {
  const w = Array.from({ length: 2 + Math.floor(rand() * 3) }, () => syllables[Math.floor(rand() * syllables.length)]).join('');
  if (!seen.has(w)) seen.add(w), vocab.push(w);
}
base.forEach((w, i) => (vocab[100 + i * 10] = w));
const cumulative = [];
let total = 0;
for (let r = 1; r <= vocab.length; r++) cumulative.push((total += 1 / r));
const word = () => {
  const x = rand() * total;
  let lo = 0, hi = cumulative.length - 1;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (cumulative[mid] < x) lo = mid + 1; else hi = mid; }
  return vocab[lo];
};
const words = (n) => Array.from({ length: n }, word).join(' ');
const articles = Array.from({ length: COUNT }, (_, i) => ({ id: `a${i}`, title: words(6), body: words(250), tags: [word(), word()] }));

// The index builds in slices that yield to the page; the longest gap between two turns of the
// event loop is the longest the page is blocked.
let slowestSlice = 0;
let last = performance.now();
let building = true;
const tick = () => {
  const now = performance.now();
  slowestSlice = Math.max(slowestSlice, now - last);
  last = now;
  if (building) setImmediate(tick);
};
setImmediate(tick);
const t0 = performance.now();
const index = new SearchIndex(articles);
await index.ready;
building = false;
const buildMs = performance.now() - t0;

const phrases = ['card declined', 'refund payment', 'storm damage roof', 'meter reading', 'moving house notice', 'lost card blocked', 'paymnet', 'instalmnet plan', 'insurance claim photos', 'direct debit returned'];
const keystrokes = [];
for (const phrase of phrases) for (let i = 1; i <= phrase.length; i++) keystrokes.push(phrase.slice(0, i));
const times = [];
// One round first to warm the JIT, as a visitor's first few keystrokes do; then three measured.
for (const q of keystrokes.slice(0, 112)) index.search(q);
for (let round = 0; round < 3; round++) {
  for (const q of keystrokes.slice(0, 112)) {
    const s = performance.now();
    index.search(q);
    times.push(performance.now() - s);
  }
}
times.sort((a, b) => a - b);
const pct = (p) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))];
const fmt = (n) => n.toFixed(2);
console.log(`search: ${COUNT} articles, index built in ${Math.round(buildMs)} ms in slices of ${SLICE_MS} ms (longest block ${fmt(slowestSlice)} ms)`);
console.log(`search: ${times.length} keystrokes, p50 ${fmt(pct(50))} ms, p95 ${fmt(pct(95))} ms, max ${fmt(times.at(-1))} ms (budget p95 ${BUDGET_P95_MS} ms)`);
// The last line is the verdict; scripts/test-all.mjs repeats it in its results.
console.log(
  pct(95) > BUDGET_P95_MS
    ? `search: p95 ${fmt(pct(95))} ms is over budget (${BUDGET_P95_MS} ms); not a failure, as timings depend on machine load`
    : `search: p95 ${fmt(pct(95))} ms is within budget (${BUDGET_P95_MS} ms)`,
);
