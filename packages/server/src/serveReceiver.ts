import type { AddressInfo } from 'node:net';
import { getRequestListener, serve } from '@hono/node-server';
import type { Hono } from 'hono';

/** A receiver listening on a port. */
export interface RunningReceiver {
  /** `http://127.0.0.1:8787` (no trailing slash). */
  url: string;
  port: number;
  /** Stops listening; open connections are closed. Does not close the storage. */
  close(): Promise<void>;
}

/** Serves a Hono app with `@hono/node-server`; port 0 picks a free one. */
export function serveReceiver(app: Hono, { port = 8787, host = '127.0.0.1' }: { port?: number; host?: string } = {}): Promise<RunningReceiver> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname: host }, (info: AddressInfo) => {
      server.off('error', reject);
      const shown = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${shown}:${info.port}`,
        port: info.port,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            if ('closeAllConnections' in server) server.closeAllConnections();
          }),
      });
    });
    server.once('error', reject);
  });
}

/** The app as a Node `(req, res)` listener, to hand requests to from another Node server (`http.createServer`, Express). */
export function toNodeListener(app: Hono): ReturnType<typeof getRequestListener> {
  return getRequestListener(app.fetch);
}
