#!/usr/bin/env node
/*
 * `situ-server`: the receiver on its own.
 *
 *   PORT=8787 HOST=127.0.0.1 node packages/server/dist/main.js
 *   DATABASE_URL=postgres://… node packages/server/dist/main.js     # a PostgreSQL server
 *   SITU_DATA_DIR=/var/lib/situ node packages/server/dist/main.js  # PGlite in that folder
 */
import { createReceiver } from './app';
import { agentSecret } from './agentSecret';
import { serveReceiver } from './serveReceiver';
import { DEFAULT_DATA_DIR, openStorage } from './storage/openStorage';

/** `SITU_ORIGINS="https://a.example, https://b.example"` → a list; unset or `*` → any origin. */
function parseOrigins(value: string | undefined): '*' | string[] {
  const list = (value ?? '*').split(',').map((s) => s.trim()).filter(Boolean);
  return list.length === 0 || list.includes('*') ? '*' : list;
}

function parsePort(value: string | undefined): number {
  const port = Number(value ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`situ-server: PORT "${value}" is not a port number`);
  return port;
}

async function main(env: NodeJS.ProcessEnv): Promise<void> {
  const storage = await openStorage(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : { dataDir: env.SITU_DATA_DIR || DEFAULT_DATA_DIR });
  const secret = await agentSecret(storage, env.SITU_AGENT_SECRET);
  const app = createReceiver({ storage, agentSecret: secret.secret, origins: parseOrigins(env.SITU_ORIGINS) });
  const running = await serveReceiver(app, { port: parsePort(env.PORT), host: env.HOST || '127.0.0.1' });
  console.log(`situ-server: listening on ${running.url} (storage: ${storage.kind} at ${storage.location})`);
  console.log(`situ-server: agent view at ${running.url}/agent`);
  if (secret.created) {
    console.log(`situ-server: the agent secret is ${secret.secret}`);
    console.log('situ-server: it is printed only this once; it is kept in the storage. Set SITU_AGENT_SECRET to choose your own.');
  }
  const stop = async () => {
    await running.close();
    await storage.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main(process.env).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
