// A deterministic knowledge base of compiled articles (`{ id, title, html, text, lang, tags,
// summary }`, as `situ build` writes them), for the browser search benchmark and the e2e test
// at scale. The words follow scripts/bench-search.mjs: a 30,000-term Zipf vocabulary of made-up
// words with help-centre words at ranks 100 to 1,000, so each appears in roughly 5-20 % of
// articles, as content words in a knowledge base do. Same seed, same articles, on every run.

const BASE = `account address adviser amount annual application appointment arrears balance bank bill
  block boiler broken budget cancel card charge claim close code company compensation complaint
  confirm contract cost cover customs damage date debit declined deductible delivery deposit direct
  document energy expiry fee fire flood form fraud gas heating home instalment insurance invoice
  late letter limit lost meter mobile move notice online order overdue password payment personal
  phone photo policy postcode premium price receipt refund renew repair reply report roof secure
  service sign solar statement stolen storm supplier tariff transfer travel water window`.split(/\s+/);

const SYLLABLES = 'ba be bi bo ka ke ki ko ra re ri ro ta te ti to ma me mi mo na ne ni no sa se si so la le li lo da de di do pa pe pi po ver ant ing ment tion ster'.split(' ');

/** mulberry32: a small seeded generator. */
function seeded(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` compiled articles of about `words` words each. `exclude` lists words that must appear
 * in no article (the e2e test puts one of them in exactly one article of its own).
 */
export function generateArticles(count, { seed = 42, words: length = 250, exclude = [] } = {}) {
  const rand = seeded(seed);
  const vocab = [];
  const seen = new Set(BASE);
  while (vocab.length < 30000) {
    const w = Array.from({ length: 2 + Math.floor(rand() * 3) }, () => SYLLABLES[Math.floor(rand() * SYLLABLES.length)]).join('');
    if (!seen.has(w)) seen.add(w), vocab.push(w);
  }
  BASE.forEach((w, i) => (vocab[100 + i * 10] = w));
  // An excluded word's place goes to a made-up word, so the frequencies stay Zipf.
  const banned = new Set(exclude);
  for (let i = 0; i < vocab.length; i++) if (banned.has(vocab[i])) vocab[i] = `zu${i.toString(36)}`;
  const cumulative = [];
  let total = 0;
  for (let r = 1; r <= vocab.length; r++) cumulative.push((total += 1 / r));
  const word = () => {
    const x = rand() * total;
    let lo = 0, hi = cumulative.length - 1;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (cumulative[mid] < x) lo = mid + 1; else hi = mid; }
    return vocab[lo];
  };
  const some = (n) => Array.from({ length: n }, word);
  const sentence = (n) => { const s = some(n).join(' '); return `${s[0].toUpperCase()}${s.slice(1)}.`; };

  return Array.from({ length: count }, (_, i) => {
    const title = sentence(6).slice(0, -1);
    // The body: an intro paragraph, a heading, a list of three items, a closing paragraph;
    // `text` is the same words without tags, as `situ build` extracts them.
    const parts = { intro: sentence(Math.round(length * 0.4)), heading: sentence(4).slice(0, -1), items: [0, 1, 2].map(() => sentence(Math.round(length * 0.1))) };
    parts.outro = sentence(length - Math.round(length * 0.4) - 4 - 3 * Math.round(length * 0.1));
    const html = `<p>${parts.intro}</p><h2>${parts.heading}</h2><ul>${parts.items.map((t) => `<li>${t}</li>`).join('')}</ul><p>${parts.outro}</p>`;
    const text = [parts.intro, parts.heading, ...parts.items, parts.outro].join('\n');
    return { id: `a${i}`, title, html, text, lang: 'en', tags: some(2), summary: sentence(10) };
  });
}

/**
 * The keystrokes of scripts/bench-search.mjs (112: prefixes of the phrases a visitor types, with
 * typos), then "custms charges" typed key by key (a typo in the first word).
 */
export function typingSequence() {
  const phrases = ['card declined', 'refund payment', 'storm damage roof', 'meter reading', 'moving house notice', 'lost card blocked', 'paymnet', 'instalmnet plan', 'insurance claim photos', 'direct debit returned'];
  const keystrokes = [];
  for (const phrase of phrases) for (let i = 1; i <= phrase.length; i++) keystrokes.push(phrase.slice(0, i));
  const typo = 'custms charges';
  return [...keystrokes.slice(0, 112), ...Array.from(typo, (_, i) => typo.slice(0, i + 1))];
}
