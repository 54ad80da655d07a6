/// <reference types="node" />
// (Tests only: a real HTTP receiver on 127.0.0.1. Core itself knows no Node.)
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryPlatform, type MemoryPlatform } from '../../platform/memoryPlatform';
import type { PersistentStore } from '../../platform/platform';
import type { ActivityEntry } from '../../activity/activity';
import { createOutbox, type Outbox } from './sender';

/** A receiver on 127.0.0.1 whose answers the test scripts, one per request, then 201. */
type Answer = { status: number; headers?: Record<string, string>; body?: unknown };
let server: Server;
let base: string;
let script: Answer[];
let requests: { key: string | undefined; body: unknown; at: number }[];
let hold: Promise<void> | null;

beforeEach(async () => {
  script = [];
  requests = [];
  hold = null;
  server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    let text = '';
    for await (const chunk of req) text += chunk;
    requests.push({ key: req.headers['idempotency-key'] as string | undefined, body: JSON.parse(text), at: Date.now() });
    if (hold) await hold;
    const answer = script.shift() ?? { status: 201, body: { caseId: `case-${requests.length}`, status: 'received', reference: 'K7Q-4PZ' } };
    res.writeHead(answer.status, { 'Content-Type': 'application/json', ...answer.headers });
    res.end(JSON.stringify(answer.body ?? {}));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(async () => {
  opened.forEach((o) => o.stop());
  opened.length = 0;
  await new Promise((resolve) => server.close(resolve));
});

const opened: Outbox[] = [];
async function open(platform: MemoryPlatform, random = () => 0.5) {
  const outbox = createOutbox({ platform, delivery: await platform.delivery(), site: 'shop', random });
  opened.push(outbox);
  return outbox;
}
/** Waits, on the real clock, for real HTTP and storage to settle. */
async function until(check: () => boolean, what: string) {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await new Promise<void>((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}
const stored = (p: MemoryPlatform) => (p.storeData.get('situ:shop:outbox') ?? {}) as Record<string, { state: string; attempts: number; nextAt: number }>;
const activity = (p: MemoryPlatform) => (p.storeData.get('situ:shop:activity') ?? []) as ActivityEntry[];
const message = (id: string) => ({
  id,
  url: `${base}/contacts`,
  body: { id, message: 'My card was stolen' },
  activity: { id, kind: 'case' as const, title: 'Cards', at: 0, reference: 'K7Q-4PZ' },
});

describe('outbox', () => {
  it('writes a message to storage before the first send, and it leaves only on the 2xx', async () => {
    const platform = createMemoryPlatform();
    let release!: () => void;
    hold = new Promise((r) => (release = r));
    const outbox = await open(platform);
    const { saved } = await outbox.add(message('msg-00000001'));
    expect(saved).toBe(true);
    await until(() => requests.length === 1, 'the first send');
    // The server has it but has not answered: it is still in the outbox.
    expect(Object.keys(stored(platform))).toEqual(['msg-00000001']);
    expect(activity(platform)[0]).toMatchObject({ id: 'msg-00000001', kind: 'case', status: 'queued' });
    release();
    await until(() => outbox.outcomes.value['msg-00000001']?.state === 'sent', 'delivery');
    expect(stored(platform)).toEqual({});
    expect(activity(platform)[0]).toMatchObject({ id: 'msg-00000001', status: 'received', caseId: 'case-1' });
    expect(requests[0]!.key).toBe('msg-00000001');
  });

  it('retries 5xx with backoff, the same key every time, and stops at the first 2xx', async () => {
    const platform = createMemoryPlatform();
    script = [{ status: 500 }, { status: 503 }, { status: 500 }];
    const outbox = await open(platform, () => 0);
    await outbox.add(message('msg-00000002'));
    await until(() => stored(platform)['msg-00000002']?.attempts === 1 && platform.pendingTimers() > 0, 'the first failure');
    // Equal jitter with random 0: half of 2 s, then half of 4 s, then half of 8 s.
    for (const wait of [1000, 2000, 4000]) {
      const before = requests.length;
      platform.advance(wait - 1);
      await new Promise<void>((r) => setTimeout(r, 30));
      expect(requests.length).toBe(before);
      platform.advance(1);
      await until(() => requests.length === before + 1, `the retry after ${wait} ms`);
      await until(() => outbox.outcomes.value['msg-00000002']?.state !== 'sending' && (platform.pendingTimers() > 0 || outbox.outcomes.value['msg-00000002']?.state === 'sent'), 'its answer');
    }
    await until(() => outbox.outcomes.value['msg-00000002']?.state === 'sent', 'delivery');
    expect(requests.map((r) => r.key)).toEqual(Array(4).fill('msg-00000002'));
    expect(stored(platform)).toEqual({});
    platform.advance(60 * 60_000);
    await new Promise<void>((r) => setTimeout(r, 30));
    expect(requests).toHaveLength(4);
  });

  it('honours Retry-After on a 429: not sooner', async () => {
    const platform = createMemoryPlatform();
    script = [{ status: 429, headers: { 'Retry-After': '2' } }];
    const outbox = await open(platform, () => 0);
    await outbox.add(message('msg-00000003'));
    await until(() => stored(platform)['msg-00000003']?.attempts === 1 && platform.pendingTimers() > 0, 'the 429');
    expect(outbox.outcomes.value['msg-00000003']).toMatchObject({ state: 'queued', nextAt: platform.now() + 2000 });
    platform.advance(1999);
    await new Promise<void>((r) => setTimeout(r, 30));
    expect(requests).toHaveLength(1);
    platform.advance(1);
    await until(() => outbox.outcomes.value['msg-00000003']?.state === 'sent', 'delivery after 2 s');
    expect(requests).toHaveLength(2);
  });

  it('honours Retry-After given as an HTTP date', async () => {
    const platform = createMemoryPlatform();
    script = [{ status: 503, headers: { 'Retry-After': new Date(platform.now() + 90_000).toUTCString() } }];
    const outbox = await open(platform, () => 0);
    await outbox.add(message('msg-00000004'));
    await until(() => outbox.outcomes.value['msg-00000004']?.state === 'queued', 'the 503');
    expect(outbox.outcomes.value['msg-00000004']).toMatchObject({ nextAt: platform.now() + 90_000 });
  });

  it('marks a message refused with a 4xx as failed, keeps its text, and never sends it again', async () => {
    const platform = createMemoryPlatform();
    script = [{ status: 400, body: { error: 'invalid contact', problems: [{ path: 'message', message: 'expected a message' }] } }];
    const outbox = await open(platform);
    await outbox.add(message('msg-00000005'));
    await until(() => outbox.outcomes.value['msg-00000005']?.state === 'failed', 'the refusal');
    expect(outbox.outcomes.value['msg-00000005']).toEqual({ state: 'failed', status: 400, problem: 'invalid contact; message: expected a message' });
    expect(stored(platform)['msg-00000005']).toMatchObject({ state: 'failed' });
    expect(activity(platform)[0]).toMatchObject({ status: 'failed' });
    platform.advance(60 * 60_000);
    await outbox.flush(true);
    expect(requests).toHaveLength(1);
    await outbox.discard('msg-00000005');
    expect(stored(platform)).toEqual({});
  });

  it('keeps a message while offline and sends it when the network comes back', async () => {
    const platform = createMemoryPlatform();
    const outbox = await open(platform);
    const offline = { ...message('msg-00000006'), url: 'http://127.0.0.1:9/contacts' };
    await outbox.add(offline);
    await until(() => outbox.outcomes.value['msg-00000006']?.state === 'queued', 'the failed try');
    // Back online, at the same address as the receiver now.
    await platform.store!.update('situ:shop:outbox', (all) => {
      const copy = all as Record<string, { url: string }>;
      copy['msg-00000006']!.url = `${base}/contacts`;
      return copy;
    });
    platform.goOnline();
    await until(() => outbox.outcomes.value['msg-00000006']?.state === 'sent', 'delivery once online');
    expect(requests).toHaveLength(1);
  });

  it('sends what an earlier page left, when opened', async () => {
    const platform = createMemoryPlatform();
    script = [{ status: 500 }];
    const first = await open(platform);
    await first.add(message('msg-00000007'));
    await until(() => stored(platform)['msg-00000007']?.attempts === 1, 'the failed try');
    first.stop();
    // The next page load: a new outbox on the same storage.
    const next = await open(platform);
    await next.flush();
    expect(requests).toHaveLength(1); // not due yet
    platform.advance(5 * 60_000);
    await until(() => stored(platform)['msg-00000007'] === undefined, 'delivery by the next page');
    expect(requests.map((r) => r.key)).toEqual(['msg-00000007', 'msg-00000007']);
    expect(activity(platform)[0]).toMatchObject({ status: 'received' });
  });

  it('sends with keepalive as the page is left, and keeps the message', async () => {
    const platform = createMemoryPlatform(base + '/');
    script = [{ status: 500 }];
    const outbox = await open(platform);
    await outbox.add(message('msg-00000008'));
    await until(() => stored(platform)['msg-00000008']?.attempts === 1, 'the failed try');
    script = [{ status: 201, body: { caseId: 'c', status: 'received', reference: 'K7Q-4PZ' } }];
    platform.leave();
    await until(() => requests.length === 2, 'the keepalive send');
    await new Promise<void>((r) => setTimeout(r, 30));
    expect(platform.posted.at(-1)).toMatchObject({ keepalive: true, headers: { 'Idempotency-Key': 'msg-00000008' } });
    expect(stored(platform)['msg-00000008']).toBeDefined();
  });

  it('does not send with keepalive to another origin (its preflight could not finish)', async () => {
    const platform = createMemoryPlatform('https://shop.example/');
    script = [{ status: 500 }];
    const outbox = await open(platform);
    await outbox.add(message('msg-00000009'));
    await until(() => stored(platform)['msg-00000009']?.attempts === 1, 'the failed try');
    platform.leave();
    await new Promise<void>((r) => setTimeout(r, 50));
    expect(requests).toHaveLength(1);
  });

  it('lets one tab send at a time: two tabs on one storage deliver each message once', async () => {
    const platform = createMemoryPlatform();
    let release!: () => void;
    hold = new Promise((r) => (release = r));
    const tabA = await open(platform);
    const tabB = await open(platform);
    await tabA.add(message('msg-00000010'));
    await until(() => requests.length === 1, 'tab A sending');
    await tabB.add(message('msg-00000011'));
    await tabB.flush(true);
    expect(requests).toHaveLength(1); // B found A holding the lease
    release();
    hold = null;
    await until(() => tabA.outcomes.value['msg-00000010']?.state === 'sent', 'tab A delivering its own');
    await until(() => Object.keys(stored(platform)).length === 0, "tab A delivering tab B's too");
    // B learns what became of its message from the activity record.
    platform.advance(2000);
    await until(() => tabB.outcomes.value['msg-00000011']?.state === 'sent', 'tab B learning of it');
    expect(requests.map((r) => r.key).sort()).toEqual(['msg-00000010', 'msg-00000011']);
  });

  it('without storage, says it is not saved on this device, and still sends while the page is open', async () => {
    const platform = createMemoryPlatform();
    const blocked: PersistentStore = {
      get: () => Promise.reject(new Error('blocked')),
      set: () => Promise.reject(new Error('blocked')),
      delete: () => Promise.reject(new Error('blocked')),
      update: () => Promise.reject(Object.assign(new Error('full'), { name: 'QuotaExceededError' })),
    };
    platform.store = blocked;
    script = [{ status: 503 }];
    const outbox = await open(platform, () => 0);
    const { saved } = await outbox.add(message('msg-00000012'));
    expect(saved).toBe(false);
    await until(() => outbox.outcomes.value['msg-00000012']?.state === 'queued' && platform.pendingTimers() > 0, 'the 503');
    platform.advance(1000);
    await until(() => outbox.outcomes.value['msg-00000012']?.state === 'sent', 'delivery from memory');
    expect(requests).toHaveLength(2);
  });
});
