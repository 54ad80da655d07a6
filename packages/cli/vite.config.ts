import { defineConfig } from 'vite';

// The CLI: one ES module for Node, with Situ's engine bundled in (its source is TypeScript) and
// the npm dependencies left as imports.
export default defineConfig({
  build: {
    ssr: 'src/cli.ts',
    outDir: 'dist',
    target: 'node20',
    minify: false,
    rollupOptions: { output: { entryFileNames: 'cli.js', chunkFileNames: '[name]-[hash].js' } },
  },
  ssr: { noExternal: ['@situ/core'] },
});
