import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    lib: { entry: { index: 'src/index.ts', payload: 'src/payload.ts' }, formats: ['es'] },
    rollupOptions: { external: [/^@preact\//, 'minisearch', 'valibot', 'urlpattern-polyfill'] },
    target: 'es2022',
    minify: false,
  },
});
