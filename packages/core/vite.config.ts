import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    lib: { entry: 'src/index.ts', formats: ['es'], fileName: 'index' },
    rollupOptions: { external: [/^@preact\//, 'minisearch', 'valibot', 'urlpattern-polyfill'] },
    target: 'es2022',
    minify: false,
  },
});
