// The Situ demo portal: a tiny static server with no dependencies.
//
//   node examples/portal/server.mjs            # http://127.0.0.1:4173/
//   PORT=8080 node examples/portal/server.mjs
//   node examples/portal/server.mjs --port 8080
//
// Serves `packages/embed/dist/` at `/situ/`, any extra mounts, and `public/` at `/`
// with pretty URLs (`/a/b` → `a/b.html` or `a/b/index.html`) and an SPA fallback for
// `/move/*` (every such path serves `move.html`).
//
// Situ's reference receiver (`@situ/server`, built to packages/server/dist) runs in the same
// process under `/api/situ`: contacts, feedback, events, cases, and the agent view at
// `/api/situ/agent`. Run directly, its data stays in `examples/portal/.situ-data` (PGlite);
// started by `startServer()` (the e2e tests), in a temporary folder removed on close.

import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const PUBLIC_DIR = resolve(here, 'public');
const SITU_DIR = resolve(here, '../../packages/embed/dist');
const RECEIVER_JS = resolve(here, '../../packages/server/dist/index.js');
/** Where the portal's pages send contacts (the portal config's `endpoint`). */
const RECEIVER_PATH = '/api/situ';
/** The demo's receiver data, kept between runs (gitignored). */
export const DEMO_DATA_DIR = resolve(here, '.situ-data');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Routes under this prefix all serve one file: the "Move house" single-page app. */
const SPA_FALLBACKS = [{ prefix: '/move/', file: 'move.html' }];

/**
 * Resolves `rel` (a decoded URL path, without the mount prefix) inside `root`, or null when
 * it would escape the root.
 */
function inside(root, rel) {
  const full = resolve(root, '.' + sep + rel);
  return full === root || full.startsWith(root + sep) ? full : null;
}

async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** The file to serve under `root` for `rel`, trying the pretty-URL forms; null when none. */
async function findFile(root, rel, pretty) {
  const candidates = [];
  if (rel === '' || rel.endsWith('/')) candidates.push(rel + 'index.html');
  else {
    candidates.push(rel);
    if (pretty && !extname(rel)) candidates.push(rel + '.html', rel + '/index.html');
  }
  for (const candidate of candidates) {
    const full = inside(root, candidate);
    if (full && (await isFile(full))) return full;
  }
  return null;
}

function normaliseMounts(mounts) {
  const list = Object.entries(mounts ?? {}).map(([prefix, dir]) => ({
    prefix: prefix.endsWith('/') ? prefix : prefix + '/',
    root: resolve(dir),
    pretty: false,
  }));
  list.push({ prefix: '/situ/', root: SITU_DIR, pretty: false });
  // Longest prefix first, so `/situ/chunks/` could override `/situ/`.
  list.sort((a, b) => b.prefix.length - a.prefix.length);
  return list;
}

/** Resolves a request pathname to a file on disk, or null. */
async function resolveRequest(pathname, mounts) {
  for (const mount of mounts) {
    if (pathname.startsWith(mount.prefix)) return findFile(mount.root, pathname.slice(mount.prefix.length), mount.pretty);
  }
  const rel = pathname.slice(1);
  const found = await findFile(PUBLIC_DIR, rel, true);
  if (found) return found;
  for (const { prefix, file } of SPA_FALLBACKS) {
    const bare = prefix.slice(0, -1);
    if ((pathname === bare || pathname.startsWith(prefix)) && !extname(pathname)) return join(PUBLIC_DIR, file);
  }
  return null;
}

const NOT_FOUND_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Page not found</title></head>
<body><h1>Page not found</h1><p><a href="/">Back to the portal</a></p></body></html>
`;

/**
 * @typedef {object} ReceiverOptions  The receiver mounted at `/api/situ`.
 * @property {string} [dataDir]      PGlite data folder; default: a temporary folder, removed on close.
 * @property {string} [databaseUrl]  A PostgreSQL server instead of PGlite.
 * @property {string} [agentSecret]  The agent view's secret; default: one made and kept in the storage.
 */

/**
 * Starts the receiver for `/api/situ`: its request listener, the agent view's URL path and secret,
 * and `close()`. Null, with a warning, when the receiver is not built and none was asked for.
 * @param {ReceiverOptions | undefined} options
 */
async function startReceiver(options) {
  if (!(await isFile(RECEIVER_JS))) {
    const why = `${RECEIVER_JS} is missing; run \`node scripts/pnpm.mjs run build\``;
    if (options) throw new Error(`portal: the receiver cannot start: ${why}`);
    console.warn(`portal: ${RECEIVER_PATH} is not served (${why})`);
    return null;
  }
  const { createReceiver, openStorage, agentSecret, toNodeListener } = await import(pathToFileURL(RECEIVER_JS).href);
  const temporary = !options?.databaseUrl && !options?.dataDir ? await mkdtemp(join(tmpdir(), 'situ-portal-')) : null;
  const storage = await openStorage(options?.databaseUrl ? { databaseUrl: options.databaseUrl } : { dataDir: options?.dataDir ?? temporary });
  try {
    const secret = await agentSecret(storage, options?.agentSecret);
    const app = createReceiver({ storage, agentSecret: secret.secret, basePath: RECEIVER_PATH });
    return {
      listener: toNodeListener(app),
      agentPath: `${RECEIVER_PATH}/agent`,
      agentSecret: secret.secret,
      dataDir: options?.databaseUrl ? null : (options?.dataDir ?? temporary),
      async close() {
        await storage.close();
        if (temporary) await rm(temporary, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await storage.close();
    throw error;
  }
}

/**
 * Starts the demo server, with the receiver under `/api/situ` unless `receiver` is false.
 * @param {{ port?: number, host?: string, mounts?: Record<string, string>,
 *           headers?: (pathname: string) => Record<string, string>,
 *           receiver?: ReceiverOptions | false }} [options]
 * @returns {Promise<{ url: string, close(): Promise<void>,
 *           receiver: { url: string, agentUrl: string, agentSecret: string, dataDir: string | null } | null }>}
 */
export async function startServer({ port = 4173, host = '127.0.0.1', mounts = {}, headers, receiver: receiverOptions } = {}) {
  const mountList = normaliseMounts(mounts);
  const receiver = receiverOptions === false ? null : await startReceiver(receiverOptions);

  const server = createServer(async (req, res) => {
    // The receiver answers everything under /api/situ (its own methods, CORS and errors).
    const rawPath = (req.url ?? '/').split('?')[0];
    if (receiver && (rawPath === RECEIVER_PATH || rawPath.startsWith(`${RECEIVER_PATH}/`))) {
      await receiver.listener(req, res);
      return;
    }

    let pathname;
    let search = '';
    try {
      // Prefix the origin rather than resolve against it, so `//host/x` stays a path.
      const raw = req.url ?? '/';
      const url = new URL(raw.startsWith('/') ? `http://localhost${raw}` : raw);
      search = url.search;
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request\n');
      return;
    }

    const extra = (() => {
      try {
        return (typeof headers === 'function' && headers(pathname)) || {};
      } catch {
        return {};
      }
    })();
    const send = (status, head, body) => {
      res.writeHead(status, { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...extra, ...head });
      res.end(req.method === 'HEAD' ? undefined : body);
    };

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }, 'Method not allowed\n');
      return;
    }
    // A NUL byte or a `..` segment never names a file we serve.
    if (pathname.includes('\0') || pathname.split(/[\\/]/).includes('..')) {
      send(400, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Bad request\n');
      return;
    }
    // `/account/` → `/account`: one URL per page (the root stays `/`).
    if (pathname.length > 1 && pathname.endsWith('/') && !mountList.some((m) => pathname.startsWith(m.prefix))) {
      // Collapse leading slashes too, so `//host/` can never become an off-site redirect.
      const location = '/' + pathname.replace(/^\/+|\/+$/g, '');
      send(301, { Location: location + search }, '');
      return;
    }

    let file = null;
    try {
      file = await resolveRequest(pathname, mountList);
    } catch {
      file = null;
    }
    if (!file) {
      // A missing asset (script, stylesheet, image) gets a plain answer; a missing page, the 404 page.
      const ext = extname(pathname).toLowerCase();
      if (ext && ext !== '.html') {
        send(404, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Not found\n');
        return;
      }
      const page = join(PUBLIC_DIR, '404.html');
      if (await isFile(page)) serveFile(404, page);
      else send(404, { 'Content-Type': TYPES['.html'] }, NOT_FOUND_HTML);
      return;
    }
    serveFile(200, file);

    function serveFile(status, path) {
      const type = TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
      res.writeHead(status, { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...extra, 'Content-Type': type });
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      const stream = createReadStream(path);
      stream.on('error', () => res.destroy());
      stream.pipe(res);
    }
  });

  return new Promise((resolvePromise, reject) => {
    server.once('error', (error) => {
      receiver?.close().catch(() => undefined);
      reject(error);
    });
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      const shownHost = host.includes(':') ? `[${host}]` : host;
      const url = `http://${shownHost}:${actualPort}/`;
      resolvePromise({
        url,
        receiver: receiver && {
          url: new URL(RECEIVER_PATH, url).href,
          agentUrl: new URL(receiver.agentPath, url).href,
          agentSecret: receiver.agentSecret,
          dataDir: receiver.dataDir,
        },
        close: () =>
          new Promise((done, fail) => {
            server.close((err) => (err ? fail(err) : done()));
            server.closeAllConnections?.();
          }).finally(() => receiver?.close()),
      });
    });
  });
}

function portFromArgs(argv, env) {
  const i = argv.indexOf('--port');
  const fromFlag = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--port='))?.slice('--port='.length);
  const value = Number(fromFlag ?? env.PORT ?? 4173);
  return Number.isInteger(value) && value >= 0 && value < 65536 ? value : 4173;
}

const runDirectly = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (runDirectly) {
  const { url, receiver } = await startServer({
    port: portFromArgs(process.argv.slice(2), process.env),
    receiver: {
      ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : { dataDir: process.env.SITU_DATA_DIR || DEMO_DATA_DIR }),
      ...(process.env.SITU_AGENT_SECRET ? { agentSecret: process.env.SITU_AGENT_SECRET } : {}),
    },
  });
  console.log(`Situ demo portal: ${url}`);
  if (receiver) {
    console.log(`Situ receiver:    ${receiver.url} (data in ${receiver.dataDir ?? 'the PostgreSQL at DATABASE_URL'})`);
    console.log(`Agent view:       ${receiver.agentUrl}  (secret: ${receiver.agentSecret})`);
  }
}
