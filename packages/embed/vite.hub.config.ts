import { defineConfig } from 'vite';

// The hub: Preact views and the engine, an ES module loaded by situ.js on idle or first
// interaction. Markdown, DOMPurify and the URLPattern polyfill split into chunks of their own.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    lib: { entry: 'src/hub.ts', formats: ['es'], fileName: () => 'situ-hub.js' },
    rollupOptions: { output: { chunkFileNames: 'chunks/[name]-[hash].js' } },
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // terser compresses Situ's code about 13 % better than the default minifier (measured).
    minify: 'terser',
    terserOptions: { compress: { passes: 3, ecma: 2020, pure_getters: true, unsafe_arrows: true, unsafe_methods: true }, ecma: 2020, module: true, toplevel: true },
    cssTarget: ['chrome123', 'firefox120', 'safari17.5'],
    sourcemap: true,
  },
});
