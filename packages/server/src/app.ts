import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { agentRoutes } from './agent/agentRoutes';
import { problem } from './http/problem';
import { IDEMPOTENCY_KEY, REPLAYED } from './http/readPayload';
import { getCases } from './routes/cases';
import { postContact } from './routes/contacts';
import { postEvents } from './routes/events';
import { postFeedback } from './routes/feedback';
import type { Storage } from './storage/storage';

/** How a receiver is made. */
export interface ReceiverOptions {
  /** Where contacts are kept: from `openStorage()`. */
  storage: Storage;
  /** The secret the agent view asks for (see `agentSecret()` for one kept in the storage). */
  agentSecret: string;
  /**
   * The origins whose pages may send (CORS). `'*'` allows any, without credentials.
   * @default '*'
   */
  origins?: '*' | string[];
  /**
   * The largest request body, in bytes; a larger one is answered 413.
   * @default 65536
   */
  maxBodyBytes?: number;
  /**
   * The path the app is served under (`/api/situ`), for its routes and the agent view's links.
   * @default ''
   */
  basePath?: string;
}

/** The default body limit: 64 KB, well above the largest valid contact. */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * The receiver as a Hono app: `POST /contacts`, `POST /feedback`, `POST /events`, `GET /cases`,
 * and the agent view at `/agent`. Serve it with `@hono/node-server`, or mount it in another app.
 */
export function createReceiver(options: ReceiverOptions): Hono {
  const { storage, agentSecret, origins = '*', maxBodyBytes = MAX_BODY_BYTES } = options;
  const base = (options.basePath ?? '').replace(/\/+$/, '');
  if (!agentSecret) throw new Error('createReceiver: agentSecret is required (the agent view must not be open to anyone)');
  if (base && !base.startsWith('/')) throw new Error(`createReceiver: basePath "${base}" must start with "/"`);

  const app = base ? new Hono().basePath(base) : new Hono();

  const api = cors({
    origin: origins === '*' ? '*' : (origin) => (origins.includes(origin) ? origin : null),
    allowMethods: ['GET', 'POST', 'OPTIONS'],
    allowHeaders: ['Content-Type', IDEMPOTENCY_KEY],
    exposeHeaders: [REPLAYED],
    maxAge: 86_400,
  });
  const limit = bodyLimit({
    maxSize: maxBodyBytes,
    onError: (c) => problem(c, 413, 'payload_too_large', `The body is larger than ${maxBodyBytes} bytes.`),
  });
  const noStore = async (c: Parameters<Parameters<Hono['use']>[1]>[0], next: () => Promise<void>) => {
    await next();
    c.header('Cache-Control', 'no-store');
  };
  for (const path of ['/contacts', '/feedback', '/events', '/cases']) app.use(path, api, noStore);

  app.post('/contacts', limit, postContact(storage));
  app.post('/feedback', limit, postFeedback(storage));
  app.post('/events', limit, postEvents(storage));
  app.get('/cases', getCases(storage));
  app.use('/agent/*', bodyLimit({ maxSize: 8 * 1024, onError: (c) => c.text('Too large', 413) }));
  app.route('/agent', agentRoutes(storage, agentSecret, base));

  app.notFound((c) => problem(c, 404, 'not_found', `No route for ${c.req.method} ${c.req.path}.`));
  app.onError((error, c) => {
    console.error(`situ-server: ${c.req.method} ${c.req.path}:`, error);
    return problem(c, 500, 'internal_error', 'The receiver could not handle this request; try again later.');
  });
  return app;
}
