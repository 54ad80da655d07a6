import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningReceiver } from './serveReceiver';
import type { Storage } from './storage/storage';
import { contact, newId, newReference, post, serve } from './testing/fixtures';
import { STORAGES, truncate, type Place } from './testing/storages';

describe.each(STORAGES)('the receiver on $name', ({ place: makePlace }) => {
  let place: Place;
  let storage: Storage;
  let receiver: RunningReceiver;
  let url: string;

  // A storage that cannot be opened (no PostgreSQL) fails every test with the reason, none is skipped.
  let setupError: unknown;
  beforeAll(async () => {
    try {
      place = await makePlace();
      storage = await place.open();
      receiver = await serve(storage, { origins: ['https://shop.example'] });
      url = receiver.url;
    } catch (error) {
      setupError = error;
    }
  });
  afterAll(async () => {
    await receiver?.close();
    await storage?.close();
    await place?.dispose().catch(() => undefined);
  });
  beforeEach(async () => {
    if (setupError) throw setupError;
    await truncate(storage);
  });

  const count = async (table: string, id?: string) => {
    const { rows } = await storage.query<{ n: number | string }>(`select count(*)::int as n from ${table}${id ? ' where id = $1' : ''}`, id ? [id] : []);
    return Number(rows[0]?.n);
  };

  describe('POST /contacts', () => {
    it('answers a valid contact with 201 and { caseId, status, reference }', async () => {
      const sent = contact();
      const response = await post(url, '/contacts', sent);
      expect(response.status).toBe(201);
      expect(response.headers.get('Idempotent-Replayed')).toBeNull();
      const body = await response.json();
      expect(body).toEqual({ caseId: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/), status: 'received', reference: sent.reference });
      expect(await count('situ_contacts', sent.id)).toBe(1);
    });

    it('answers a repeat of the key with the first answer, 200 and Idempotent-Replayed: true, stored once', async () => {
      const sent = contact();
      const first = await (await post(url, '/contacts', sent)).json();
      const again = await post(url, '/contacts', sent);
      expect(again.status).toBe(200);
      expect(again.headers.get('Idempotent-Replayed')).toBe('true');
      expect(await again.json()).toEqual(first);
      expect(await count('situ_contacts', sent.id)).toBe(1);
    });

    it('stores 20 concurrent requests with one key once, and answers each with the same caseId', async () => {
      const sent = contact();
      const responses = await Promise.all(Array.from({ length: 20 }, () => post(url, '/contacts', sent)));
      const bodies = await Promise.all(responses.map((r) => r.json() as Promise<{ caseId: string }>));
      expect(responses.map((r) => r.status).sort()).toEqual([...Array(19).fill(200), 201]);
      expect(new Set(bodies.map((b) => b.caseId)).size).toBe(1);
      expect(await count('situ_contacts', sent.id)).toBe(1);
    });

    it('refuses a key used before for a different contact with 422, keeping the first', async () => {
      const sent = contact();
      await post(url, '/contacts', sent);
      const other = await post(url, '/contacts', { ...sent, message: 'something else' });
      expect(other.status).toBe(422);
      expect(await other.json()).toMatchObject({ error: 'idempotency_key_reused' });
    });

    it('answers a body over 64 KB with 413 and a JSON error', async () => {
      const response = await post(url, '/contacts', contact({ message: 'x'.repeat(70 * 1024) }));
      expect(response.status).toBe(413);
      expect(await response.json()).toMatchObject({ error: 'payload_too_large', message: expect.stringContaining('65536') });
    });

    it('answers malformed JSON with 400 that names it', async () => {
      const response = await post(url, '/contacts', '{"id": "abcdefgh1",', { key: 'abcdefgh1' });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: 'malformed_json', message: expect.stringContaining('not valid JSON') });
    });

    it('answers a schema problem with 422 and the problems by path', async () => {
      const sent = contact();
      const response = await post(url, '/contacts', { ...sent, context: { ...sent.context, page: { url: 42 } } });
      expect(response.status).toBe(422);
      const body = await response.json();
      expect(body).toMatchObject({ error: 'invalid_payload', message: expect.stringContaining('context.page.url') });
      expect(body.problems).toContainEqual({ path: 'context.page.url', message: 'expected a URL' });
      expect(await count('situ_contacts')).toBe(0);
    });

    it('answers a missing Idempotency-Key with 400 that says so', async () => {
      const response = await post(url, '/contacts', contact(), { key: null });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: 'missing_idempotency_key', message: expect.stringContaining('Idempotency-Key') });
    });

    it('answers an Idempotency-Key that differs from the body\'s id with 400 that says so', async () => {
      const response = await post(url, '/contacts', contact(), { key: newId() });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: 'idempotency_key_mismatch', message: expect.stringContaining('"id"') });
    });

    it('answers a body that is not JSON with 415', async () => {
      const sent = contact();
      const response = await post(url, '/contacts', sent, { headers: { 'Content-Type': 'text/plain' } });
      expect(response.status).toBe(415);
    });
  });

  describe('CORS', () => {
    it('answers the preflight from an allowed origin: Idempotency-Key and Content-Type allowed', async () => {
      const response = await fetch(`${url}/contacts`, {
        method: 'OPTIONS',
        headers: { Origin: 'https://shop.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type, idempotency-key' },
      });
      expect(response.status).toBe(204);
      expect(response.headers.get('Access-Control-Allow-Origin')).toBe('https://shop.example');
      const allowed = (response.headers.get('Access-Control-Allow-Headers') ?? '').toLowerCase().split(/\s*,\s*/);
      expect(allowed).toEqual(expect.arrayContaining(['content-type', 'idempotency-key']));
      expect(response.headers.get('Access-Control-Allow-Methods')).toContain('POST');
    });

    it('lets the allowed origin read the answer and the replay header; names no other origin', async () => {
      const sent = contact();
      const first = await post(url, '/contacts', sent, { headers: { Origin: 'https://shop.example' } });
      expect(first.headers.get('Access-Control-Allow-Origin')).toBe('https://shop.example');
      expect(first.headers.get('Access-Control-Expose-Headers')).toContain('Idempotent-Replayed');
      const stranger = await fetch(`${url}/contacts`, { method: 'OPTIONS', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' } });
      expect(stranger.headers.get('Access-Control-Allow-Origin')).toBeNull();
    });
  });

  describe('POST /feedback', () => {
    it('stores feedback once per key: 201, then 200 with the same answer', async () => {
      const feedback = { id: newId(), createdAt: '2026-11-23T09:00:00Z', site: 'northwind', reference: newReference(), outcome: 4, effort: 2, comment: 'Quick.' };
      const first = await post(url, '/feedback', feedback);
      expect(first.status).toBe(201);
      expect(await first.json()).toEqual({ id: feedback.id, status: 'received' });
      const again = await post(url, '/feedback', feedback);
      expect(again.status).toBe(200);
      expect(again.headers.get('Idempotent-Replayed')).toBe('true');
      expect(await count('situ_feedback', feedback.id)).toBe(1);
    });

    it('validates feedback: a rating out of range is 422 at its path', async () => {
      const response = await post(url, '/feedback', { id: newId(), createdAt: '2026-11-23T09:00:00Z', site: 'northwind', outcome: 9 });
      expect(response.status).toBe(422);
      expect((await response.json()).problems).toContainEqual({ path: 'outcome', message: 'expected a rating from 1 to 5' });
    });
  });

  describe('POST /events', () => {
    const batch = { site: 'northwind', events: [{ name: 'hub:open', at: '2026-11-22T10:00:00Z' }, { name: 'article:view', at: '2026-11-22T10:00:05Z', data: { id: 'card-declined' } }] };

    it('accepts a batch with 202 { accepted }, and stores a keyed batch once', async () => {
      const key = newId();
      const first = await post(url, '/events', batch, { key });
      expect(first.status).toBe(202);
      expect(await first.json()).toEqual({ accepted: 2 });
      const again = await post(url, '/events', batch, { key });
      expect(again.status).toBe(200);
      expect(again.headers.get('Idempotent-Replayed')).toBe('true');
      expect(await count('situ_events')).toBe(2);
    });

    it('validates events: a bad time is 422 at its path', async () => {
      const response = await post(url, '/events', { site: 'northwind', events: [{ name: 'x', at: 'yesterday' }] }, { key: null });
      expect(response.status).toBe(422);
      expect((await response.json()).problems[0].path).toBe('events[0].at');
    });
  });

  describe('GET /cases', () => {
    it('answers the status of the named cases, by case id or contact id, never the payload', async () => {
      const a = contact();
      const b = contact();
      const receiptA = await (await post(url, '/contacts', a)).json();
      await post(url, '/contacts', b);
      await post(url, '/contacts', contact());
      const response = await fetch(`${url}/cases?ids=${receiptA.caseId},${b.id}`, { headers: { Origin: 'https://shop.example' } });
      expect(response.status).toBe(200);
      expect(response.headers.get('Access-Control-Allow-Origin')).toBe('https://shop.example');
      const { cases } = await response.json();
      expect(cases).toHaveLength(2);
      for (const c of cases) expect(Object.keys(c).sort()).toEqual(['caseId', 'id', 'reference', 'status', 'updatedAt']);
      expect(cases).toContainEqual({ id: a.id, caseId: receiptA.caseId, reference: a.reference, status: 'received', updatedAt: expect.any(String) });
      expect(cases.map((c: { id: string }) => c.id)).toContain(b.id);
    });

    it('answers 400 without ids, or with something that is not an id', async () => {
      expect((await fetch(`${url}/cases`)).status).toBe(400);
      expect((await fetch(`${url}/cases?ids=K7Q-4PZ`)).status).toBe(400);
    });
  });

  it('keeps the data across a restart (storage closed, the same place opened again)', async () => {
    const sent = contact();
    const receipt = await (await post(url, '/contacts', sent)).json();
    await receiver.close();
    await storage.close();

    storage = await place.open();
    receiver = await serve(storage, { origins: ['https://shop.example'] });
    url = receiver.url;
    const { cases } = await (await fetch(`${url}/cases?ids=${receipt.caseId}`)).json();
    expect(cases).toEqual([expect.objectContaining({ caseId: receipt.caseId, reference: sent.reference })]);
    const again = await post(url, '/contacts', sent);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(receipt);
    const { rows } = await storage.query<{ version: number }>('select version from situ_migrations order by version');
    expect(rows.map((r) => r.version)).toEqual([1]);
  });
});
