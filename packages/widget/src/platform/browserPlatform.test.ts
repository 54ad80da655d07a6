/// <reference types="node" />
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserPlatform } from './browserPlatform';

// fetchText over real HTTP on 127.0.0.1: the text comes back whole whatever the cuts between the
// bytes, the network's or the 64 KB pieces it decodes at a time.

// One byte, then four-byte characters only: every cut not four bytes after the first falls
// inside a character.
const TEXT = `x${'😀'.repeat(80_000)}é中`;
const BYTES = Buffer.from(TEXT);
/** Where `/cut` cuts its writes: mostly inside a character. */
const CUTS = [7, 8, 65_545, 65_547, 185_548];
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    // The test's document is not on this origin, and happy-dom asks first (a preflight).
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (req.method === 'OPTIONS') return void res.writeHead(204, { 'Access-Control-Allow-Headers': '*' }).end();
    if (req.url === '/missing') return void res.writeHead(404).end();
    const cuts = req.url === '/cut' ? CUTS : [];
    const chunks = [0, ...cuts].map((from, i) => BYTES.subarray(from, cuts[i] ?? BYTES.length));
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
    // Each part written on its own, a moment apart, so that the client sees them as they come.
    const write = (i: number) => (i < chunks.length ? res.write(chunks[i], () => setTimeout(() => write(i + 1), 5)) : res.end());
    write(0);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const collect = async (pieces: AsyncIterable<string>) => {
  const all: string[] = [];
  for await (const piece of pieces) all.push(piece);
  return all;
};

describe('browserPlatform().fetchText', () => {
  for (const [what, path] of [
    ['in one write', '/whole'],
    ['in writes cut inside characters', '/cut'],
  ] as const) {
    it(`gives the text whole: ${what}`, async () => {
      const pieces = await collect(await browserPlatform(window).fetchText(`${base}${path}`));
      expect(pieces.join('')).toBe(TEXT);
      expect(pieces.join('')).not.toContain('\uFFFD');
      expect(pieces.length, 'given as it came, in more than one piece').toBeGreaterThan(1);
    });
  }

  it('decodes a body handed over in one chunk (as a cache may) 64 KB at a time, cutting no character', async () => {
    // The one place the network is not used: a stream of a single 320 KB chunk, which a socket
    // never delivers but the HTTP cache or a service worker can.
    const oneChunk = () => new Response(new ReadableStream({ start: (c) => (c.enqueue(new Uint8Array(BYTES)), c.close()) }));
    const win = { document, fetch: async () => oneChunk() } as unknown as Window;
    const pieces = await collect(await browserPlatform(win).fetchText('/cached'));
    expect(pieces.join('')).toBe(TEXT);
    expect(pieces.length, 'more than one piece').toBeGreaterThan(3);
    expect(Math.max(...pieces.map((p) => p.length)), 'no piece longer than 64 K characters').toBeLessThanOrEqual(65_536);
  });

  it('rejects a 404 with its status before any piece', async () => {
    await expect(browserPlatform(window).fetchText(`${base}/missing`)).rejects.toMatchObject({ status: 404 });
  });
});
