import { defineConfig } from 'vitest/config';

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'core', environment: 'node', include: ['packages/core/src/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'cli', environment: 'node', include: ['packages/cli/src/**/*.test.ts'] },
      },
      {
        extends: true,
        // The receiver: the same suite on PGlite and on PostgreSQL (SITU_TEST_DATABASE_URL, see
        // scripts/ensure-postgres.mjs), through real HTTP on 127.0.0.1.
        test: {
          name: 'server',
          environment: 'node',
          include: ['packages/server/src/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'widget',
          environment: 'happy-dom',
          include: ['packages/widget/src/**/*.test.{ts,tsx}', 'packages/embed/src/**/*.test.ts', 'packages/embed/build/**/*.test.ts'],
        },
      },
    ],
  },
});
