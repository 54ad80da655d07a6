import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningReceiver } from '../serveReceiver';
import type { Storage } from '../storage/storage';
import { SECRET, contact, newId, post, serve } from '../testing/fixtures';
import { STORAGES, truncate, type Place } from '../testing/storages';

describe.each(STORAGES)('the agent view on $name', ({ place: makePlace }) => {
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
      receiver = await serve(storage);
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

  /** Signs in through the form; answers the session cookie (`name=value`). */
  async function signIn(secret = SECRET): Promise<Response> {
    return fetch(`${url}/agent/login`, { method: 'POST', body: new URLSearchParams({ secret }), redirect: 'manual' });
  }
  async function cookie(): Promise<string> {
    const response = await signIn();
    expect(response.status).toBe(303);
    return (response.headers.get('Set-Cookie') ?? '').split(';')[0] ?? '';
  }
  const page = async (path: string, session?: string) => fetch(`${url}${path}`, { headers: session ? { Cookie: session } : {} });

  it('asks for the secret: without a session the list is the sign-in form, with 401', async () => {
    const response = await page('/agent');
    expect(response.status).toBe(401);
    const text = await response.text();
    expect(text).toContain('name="secret"');
    expect(text).not.toContain('Contacts, newest first');
    expect((await page('/agent/cases/anything')).status).toBe(401);
  });

  it('refuses a wrong secret with 401 and sets no cookie', async () => {
    const response = await signIn('not-it');
    expect(response.status).toBe(401);
    expect(response.headers.get('Set-Cookie')).toBeNull();
  });

  it('signs in with an HttpOnly, SameSite=Strict cookie scoped to the agent view', async () => {
    const response = await signIn();
    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toBe('/agent');
    const set = response.headers.get('Set-Cookie') ?? '';
    expect(set).toMatch(/HttpOnly/i);
    expect(set).toMatch(/SameSite=Strict/i);
    expect(set).toMatch(/Path=\/agent/);
    expect(set).not.toContain(SECRET);
  });

  it('lists the contacts newest first, with a strict CSP', async () => {
    const session = await cookie();
    const references: string[] = [];
    for (let i = 0; i < 3; i++) {
      const sent = contact();
      references.push(sent.reference);
      await post(url, '/contacts', sent);
    }
    const response = await page('/agent', session);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Security-Policy')).toMatch(/default-src 'none'.*style-src 'self'/);
    expect(response.headers.get('Content-Security-Policy')).not.toContain('unsafe-inline');
    const text = await response.text();
    const positions = references.map((r) => text.indexOf(r));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => b - a));
  });

  it('finds a contact by its reference, however it is typed', async () => {
    const session = await cookie();
    const wanted = contact();
    await post(url, '/contacts', wanted);
    const other = contact();
    await post(url, '/contacts', other);
    const typed = wanted.reference.toLowerCase().replace('-', ' ');
    const text = await (await page(`/agent?q=${encodeURIComponent(typed)}`, session)).text();
    expect(text).toContain(wanted.reference);
    expect(text).not.toContain(other.reference);
  });

  it('shows a contact in full: page, step, item, articles, searches, journey, message', async () => {
    const session = await cookie();
    const sent = contact();
    const { caseId } = await (await post(url, '/contacts', sent)).json();
    const response = await page(`/agent/cases/${caseId}`, session);
    expect(response.status).toBe(200);
    const text = await response.text();
    for (const expected of [
      sent.reference,
      'Payment',
      'checkout-payment',
      'card',
      'Order 88: winter tyres',
      'Why was my card declined?',
      '42 s',
      'did not help',
      'refund card',
      '3 results',
      'charged twice',
      '0 results',
      'orders',
      'https://portal.example/orders',
      'My card was charged twice for order 88.',
      'Ada Jansen',
      'gold',
    ]) {
      expect(text, expected).toContain(expected);
    }
  });

  it('shows what a visitor sent as text, never as markup', async () => {
    const session = await cookie();
    const hostile = '<script>alert(1)</script><img src=x onerror="alert(2)">';
    const sent = contact({
      message: hostile,
      customer: { id: 'c-1', name: '<b>Eve</b>' },
      context: { page: { url: 'javascript:alert(3)', title: '<svg onload=alert(4)>' }, searches: [{ query: '"><script>x</script>', results: 1 }] },
    });
    const { caseId } = await (await post(url, '/contacts', sent)).json();
    for (const path of ['/agent', `/agent/cases/${caseId}`]) {
      const text = await (await page(path, session)).text();
      expect(text).not.toContain('<script>');
      expect(text).not.toContain('<img');
      expect(text).not.toContain('<svg');
      expect(text).not.toContain('<b>Eve');
      expect(text).not.toContain('href="javascript:');
    }
    const detail = await (await page(`/agent/cases/${caseId}`, session)).text();
    expect(detail).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(2)&quot;&gt;');
  });

  it('sets a case status, which GET /cases then answers', async () => {
    const session = await cookie();
    const sent = contact();
    const { caseId } = await (await post(url, '/contacts', sent)).json();
    const set = await fetch(`${url}/agent/cases/${caseId}/status`, {
      method: 'POST',
      headers: { Cookie: session },
      body: new URLSearchParams({ status: 'resolved' }),
      redirect: 'manual',
    });
    expect(set.status).toBe(303);
    const { cases } = await (await fetch(`${url}/cases?ids=${caseId}`)).json();
    expect(cases[0].status).toBe('resolved');
    const withoutSession = await fetch(`${url}/agent/cases/${caseId}/status`, { method: 'POST', body: new URLSearchParams({ status: 'received' }) });
    expect(withoutSession.status).toBe(401);
  });

  it('serves its stylesheet, and shows feedback on the case', async () => {
    const session = await cookie();
    const css = await page('/agent/style.css');
    expect(css.headers.get('Content-Type')).toContain('text/css');
    const sent = contact();
    const { caseId } = await (await post(url, '/contacts', sent)).json();
    await post(url, '/feedback', { id: newId(), createdAt: '2026-11-23T09:00:00Z', site: 'northwind', caseId, outcome: 2, comment: '<i>slow</i>' });
    const text = await (await page(`/agent/cases/${caseId}`, session)).text();
    expect(text).toContain('outcome 2/5');
    expect(text).toContain('&lt;i&gt;slow&lt;/i&gt;');
  });
});
