import { existsSync, realpathSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { FullConfig } from '@playwright/test';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = (path: string) => resolve(root, path);

/** The one CSP the fixtures use: nothing inline, nothing from elsewhere. */
export const STRICT_CSP = "default-src 'self'";

/** A port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts the demo portal's server with the e2e fixtures mounted at /e2e/ and Bootstrap's CSS at
 * /vendor/bootstrap/, and sends a strict CSP for /e2e/csp*. The URL reaches the tests through
 * SITU_E2E_URL (workers inherit the environment). Returns the teardown.
 */
export default async function globalSetup(_config: FullConfig): Promise<() => Promise<void>> {
  const serverFile = at('examples/portal/server.mjs');
  if (!existsSync(serverFile)) throw new Error(`e2e: ${serverFile} is missing; the portal server starts the tests' site`);
  // SITU_E2E_DIST serves /situ/ from another build (a release candidate, an experiment) instead.
  const dist = process.env.SITU_E2E_DIST ? resolve(process.env.SITU_E2E_DIST) : null;
  const situJs = dist ? resolve(dist, 'situ.js') : at('packages/embed/dist/situ.js');
  if (!existsSync(situJs)) {
    throw new Error(`e2e: ${situJs} is missing; run \`node scripts/pnpm.mjs run build\` first`);
  }

  // The npm consumer's page (/e2e/csp-npm.html): createSitu from @situ/widget, bundled by Vite.
  const { build } = await import('vite');
  await build({ configFile: at('e2e/npm/vite.config.ts') });

  const { startServer } = (await import(pathToFileURL(serverFile).href)) as {
    startServer(options: {
      port: number;
      host: string;
      mounts: Record<string, string>;
      headers: (pathname: string) => Record<string, string> | undefined;
    }): Promise<{ url: string; close(): Promise<void> | void }>;
  };

  const server = await startServer({
    port: await freePort(),
    host: '127.0.0.1',
    mounts: {
      ...(dist ? { '/situ/': dist } : {}),
      '/e2e/': at('e2e/fixtures'),
      '/vendor/bootstrap/': realpathSync(at('node_modules/bootstrap/dist/css')),
    },
    headers: (pathname): Record<string, string> =>
      pathname.startsWith('/e2e/csp') ? { 'Content-Security-Policy': STRICT_CSP } : {},
  });
  process.env.SITU_E2E_URL = server.url.replace(/\/$/, '');
  console.log(`e2e: portal server at ${process.env.SITU_E2E_URL}${dist ? ` with /situ/ from ${dist}` : ''}`);
  return async () => {
    await server.close();
  };
}
