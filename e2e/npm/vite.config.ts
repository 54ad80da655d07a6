import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const at = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// Bundles e2e/npm/main.ts as an npm consumer would (createSitu from @situ/widget), for the
// e2e fixture /e2e/csp-npm.html. Run by e2e/global-setup.ts.
export default defineConfig({
  configFile: false,
  logLevel: 'warn',
  resolve: { alias: { '@situ/widget': at('../../packages/widget/src/index.ts') } },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    lib: { entry: at('./main.ts'), formats: ['es'], fileName: () => 'main.js' },
    outDir: at('../fixtures/npm-build'),
    emptyOutDir: true,
    target: 'es2022',
    minify: false,
  },
});
