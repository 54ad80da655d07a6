import { defineConfig } from 'vite';
import { hostilePrototypes } from './build/hostilePrototypes.ts';
import { noAnnotations } from './build/noAnnotations.ts';
import { MINISEARCH_UNUSED, stripUnusedMethods } from './build/stripUnusedMethods.ts';

const MINISEARCH_PRIVATE =
  /^_(?:avgFieldLength|currentVacuum|dirtCount|documentCount|documentIds|enqueuedVacuum|enqueuedVacuumConditions|fieldIds|fieldLength|idToShortId|index|nextId|options|path|prefix|size|storedFields|tree|type)$/;

// The hub: Preact views and the engine, an ES module loaded by situ.js on idle or first
// interaction. Markdown and the URLPattern polyfill split into chunks of their own.
export default defineConfig({
  plugins: [hostilePrototypes(), noAnnotations(), stripUnusedMethods(MINISEARCH_UNUSED)],
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    lib: { entry: 'src/hub.ts', formats: ['es'], fileName: () => 'situ-hub.js' },
    rollupOptions: {
      // Needed to keep shared modules out of the lazy groups below; the hub entry only gains exports.
      preserveEntrySignatures: 'allow-extension',
      output: {
        chunkFileNames: 'chunks/[name]-[hash:6].js',
        // Lazy code that loads together goes in one chunk: the config schema (every
        // capability's fragment and valibot, for configs not stamped by `situ check`), a
        // language's messages, and what following a link from an article needs.
        codeSplitting: {
          // Only the modules named here: shared ones (JSX runtime, helpers) stay with the hub.
          includeDependenciesRecursively: false,
          groups: [
            // (with the theme arithmetic: a stamped config carries its result)
            { name: 'validation', test: /valibot|[\\/]config[\\/](fields|schema|validate|plainData)\.ts$|[\\/]capabilities[\\/][^\\/]+[\\/]config\.ts$|deriveTheme\.ts$|[\\/]theme[\\/]colors\.ts$/ },
            { name: 'nl', test: /[\\/]capabilities[\\/][^\\/]+[\\/]nl\.ts$/ },
            { name: 'links', test: /followLink\.ts$|hasUnsavedInput\.ts$|LeaveChoice\.tsx$|linkMessages\.ts$|followArticleLink\.ts$/ },
            { name: 'idb-keyval', test: /idb-keyval/ },
            // The sanitiser for browsers without Element.setHTML, beside the renderer.
            { name: 'dompurify', test: /dompurify/ },
            // Small modules the hints and the cards share: one chunk, not four tiny ones.
            { name: 'shared-parts', test: /kernel[\\/]checkOptions\.ts$|kernel[\\/]whenConfigured\.ts$|util[\\/]pathOf\.ts$|hints[\\/]hint\.ts$|shell[\\/]themeSheet\.ts$/ },
            // Contact us, loaded when the flow opens: the flow (routing, the payload) and its views.
            // One dynamic import per group: a group holding two (imported from different places)
            // makes rolldown split Preact and the signals out of the hub.
            {
              name: 'contact-flow',
              test: /core[\\/]src[\\/]capabilities[\\/]contact[\\/](flow|buildPayload|route|hours|reference|maskCardNumbers|messages|rules[\\/][^\\/]+)\.ts$/,
            },
            { name: 'contact', test: /widget[\\/]src[\\/]capabilities[\\/]contact[\\/](ContactView|ChannelList|IncludedParts|Field|SendStep|DoneStep|CopyText)\.tsx$|widget[\\/]src[\\/]capabilities[\\/]contact[\\/](when\.ts|contact\.css)/ },
            // The outbox, loaded by the first message, or by one left waiting (the browser's delivery is a chunk of its own).
            { name: 'outbox', test: /capabilities[\\/]outbox[\\/](sender|entries|lease|backoff|retryAfter)\.ts$/ },
            // The cards and the question (reassure, confirm, ask) share their stylesheet and dock.
            { name: 'cards', test: /widget[\\/]src[\\/]capabilities[\\/](reassure[\\/]|confirm[\\/]|ask[\\/]|contact[\\/]PeopleLinks)[^\\/]*\.tsx?$|[\\/]shell[\\/](dock\.ts|cards\.css|cardsLayer\.ts|CardClose\.tsx|useAnnounced\.ts|overlap\.ts)/ },
          ],
        },
      },
    },
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // terser compresses Situ's code about 13 % better than the default minifier (measured).
    minify: 'terser',
    // Safe options only: `pure_getters` once dropped the signal reads in useEngine (reading a
    // signal's .value subscribes, a side effect) and every page fell back to "Popular help".
    // minisearch keeps its state in `_`-prefixed properties (`this._index`, ...); no other code
    // reads them, and no chunk reads another's, so their names can be shortened (120 B gzip).
    terserOptions: { compress: { passes: 3, ecma: 2020, unsafe_arrows: true }, mangle: { properties: { regex: MINISEARCH_PRIVATE } }, format: { comments: false }, ecma: 2020, module: true },
    cssTarget: ['chrome123', 'firefox120', 'safari17.5'],
    sourcemap: true,
  },
});
