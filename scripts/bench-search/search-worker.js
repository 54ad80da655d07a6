// A module worker served from the page's origin: fetches the articles, builds the index in one
// go (nothing here blocks the page), and answers queries with the ids and titles of the hits.
import { buildAtOnce } from './lib.js';

let index = null;
let titles = new Map();

addEventListener('message', async ({ data }) => {
  if (data.type === 'load') {
    const t0 = performance.now();
    const text = await (await fetch(data.url)).text();
    const t1 = performance.now();
    const articles = JSON.parse(text).articles;
    const t2 = performance.now();
    index = buildAtOnce(articles);
    titles = new Map(articles.map((a) => [a.id, a.title]));
    const t3 = performance.now();
    const resources = performance.getEntriesByType('resource').map((e) => ({ name: e.name, encoded: e.encodedBodySize, decoded: e.decodedBodySize }));
    postMessage({ type: 'ready', fetchMs: t1 - t0, parseMs: t2 - t1, buildMs: t3 - t2, resources });
  } else if (data.type === 'search') {
    const hits = index.search(data.q).map((h) => ({ id: h.id, title: titles.get(h.id) }));
    postMessage({ type: 'hits', seq: data.seq, hits });
  }
});
