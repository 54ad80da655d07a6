import { defineConfig } from 'vite';

// The receiver: ES modules for Node (the library and the `situ-server` bin), with core's payload
// schema bundled in (its source is TypeScript) and the npm dependencies left as imports.
export default defineConfig({
  build: {
    ssr: true,
    outDir: 'dist',
    target: 'node20',
    minify: false,
    rollupOptions: {
      input: { index: 'src/index.ts', main: 'src/main.ts' },
      output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
    },
  },
  ssr: { noExternal: ['@situ/core'] },
});
