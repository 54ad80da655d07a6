import MagicString from 'magic-string';
import type { Plugin } from 'vite';

const ANNOTATION = /\/\*\s*[#@]__(?:PURE|NO_SIDE_EFFECTS)__\s*\*\//g;

/**
 * Removes `/* @__PURE__ *\/` annotations from each chunk before it is minified. In library mode
 * Vite has terser keep them for bundlers that re-bundle a library; nothing re-bundles the hub, and
 * they cost it about 200 B gzip. (The bundler has tree-shaken by then; they have done their work.)
 */
export function noAnnotations(): Plugin {
  return {
    name: 'situ:no-annotations',
    renderChunk(code) {
      if (!ANNOTATION.test(code)) return null;
      const s = new MagicString(code);
      for (const m of code.matchAll(ANNOTATION)) s.remove(m.index, m.index + m[0].length);
      return { code: s.toString(), map: s.generateMap({ hires: true }) };
    },
  };
}
