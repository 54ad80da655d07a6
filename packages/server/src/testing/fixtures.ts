import { randomBytes } from 'node:crypto';
import type { ContactPayload } from '@situ/core/payload';
import { createReceiver } from '../app';
import { serveReceiver, type RunningReceiver } from '../serveReceiver';
import type { Storage } from '../storage/storage';

export const SECRET = 'test-agent-secret-42';

/** A fresh client-made id. */
export const newId = () => randomBytes(12).toString('base64url');

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** A fresh reference such as `K7Q-4PZ`. */
export function newReference(): string {
  const chars = [...randomBytes(6)].map((b) => ALPHABET[b % ALPHABET.length]).join('');
  return `${chars.slice(0, 3)}-${chars.slice(3)}`;
}

/** A full contact, as the widget sends it. */
export function contact(overrides: Partial<ContactPayload> = {}): ContactPayload {
  return {
    id: newId(),
    reference: newReference(),
    createdAt: '2026-11-22T10:15:00Z',
    site: 'northwind',
    customer: { id: 'c-17', name: 'Ada Jansen', email: 'ada@example.com' },
    item: { id: 'order-88', type: 'order', title: 'Order 88: winter tyres' },
    category: { id: 'refund', path: ['payments', 'refund'] },
    channel: 'form',
    urgency: 'high',
    message: 'My card was charged twice for order 88.',
    context: {
      page: { url: 'https://portal.example/checkout/payment', title: 'Payment', pageId: 'checkout-payment', step: 'card' },
      journey: [
        { url: 'https://portal.example/orders', pageId: 'orders', at: '2026-11-22T10:10:00Z' },
        { url: 'https://portal.example/checkout/payment', pageId: 'checkout-payment', step: 'card', at: '2026-11-22T10:13:00Z' },
      ],
      articlesViewed: [{ id: 'card-declined', title: 'Why was my card declined?', seconds: 42, helpful: false }],
      searches: [{ query: 'refund card', results: 3 }, { query: 'charged twice', results: 0 }],
      host: { plan: 'gold' },
      env: { language: 'nl-NL', viewport: '390x844', timezone: 'Europe/Amsterdam' },
    },
    ...overrides,
  };
}

/** A receiver on 127.0.0.1 on a free port, over real HTTP. */
export function serve(storage: Storage, options: { origins?: '*' | string[]; maxBodyBytes?: number } = {}): Promise<RunningReceiver> {
  return serveReceiver(createReceiver({ storage, agentSecret: SECRET, ...options }), { port: 0, host: '127.0.0.1' });
}

/** `POST {url}{path}` with JSON and, unless `key: null`, the body's id as `Idempotency-Key`. */
export function post(url: string, path: string, body: unknown, { key, headers = {} }: { key?: string | null; headers?: Record<string, string> } = {}) {
  const id = key === undefined ? (body as { id?: string }).id : key;
  return fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(id ? { 'Idempotency-Key': id } : {}), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
