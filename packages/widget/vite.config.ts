import { defineConfig } from 'vite';

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    lib: { entry: { index: 'src/index.ts', mount: 'src/mount/host.ts' }, formats: ['es'] },
    rollupOptions: { external: [/^preact/, /^@preact\//, /^@situ\//, 'micromark'] },
    target: 'es2022',
    minify: false,
  },
});
