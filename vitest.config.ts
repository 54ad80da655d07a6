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
        test: {
          name: 'widget',
          environment: 'happy-dom',
          include: ['packages/widget/src/**/*.test.{ts,tsx}', 'packages/embed/src/**/*.test.ts'],
        },
      },
    ],
  },
});
