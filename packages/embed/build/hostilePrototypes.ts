import type { Plugin } from 'vite';

/**
 * Two patches to third-party code so the hub survives pages that tamper with `Object.prototype`
 * (see docs/robustness.md). Each asserts it found what it patches, so a library update that
 * changes the code fails the build instead of silently losing the protection.
 *
 * 1. @preact/signals-core assigns `Signal.prototype.valueOf`, `toString` and `toJSON`. On a page
 *    that froze `Object.prototype` (SES-style lockdown), such an assignment throws in strict
 *    code (the "override mistake"): it becomes `Object.defineProperty`, which does not.
 * 2. The bundler's runtime builds a lazily loaded module's namespace with `for (… in …)`, which
 *    walks an enumerable property a page added to `Object.prototype` (and then throws): it
 *    becomes `for (… of Object.keys(…))`, the same keys without inherited ones.
 */
export function hostilePrototypes(): Plugin {
  let patchedRuntime = false;
  return {
    name: 'situ:hostile-prototypes',
    transform(code, id) {
      if (!/@preact[\\/]signals-core[\\/]dist[\\/]/.test(id)) return null;
      let count = 0;
      const out = code.replace(
        /(\w+)\.prototype\.(valueOf|toString|toJSON)\s*=\s*(function\s*\(\)\s*\{\s*return this\.value(?:\s*\+\s*"")?;?\s*\})/g,
        (_, target: string, name: string, fn: string) => {
          count++;
          return `Object.defineProperty(${target}.prototype,"${name}",{value:${fn},writable:true,configurable:true})`;
        },
      );
      if (count !== 3) this.error(`situ:hostile-prototypes: expected 3 prototype assignments in ${id}, found ${count}`);
      return { code: out, map: null };
    },
    renderChunk(code, chunk) {
      if (!code.includes('Symbol.toStringTag') || !/for\s*\(\s*var\s+\w+\s+in\s+\w+\s*\)/.test(code)) return null;
      patchedRuntime = true;
      return { code: code.replace(/for\s*\(\s*var\s+(\w+)\s+in\s+(\w+)\s*\)/, 'for (var $1 of Object.keys($2))'), map: null };
    },
    generateBundle(_, bundle) {
      // A lazily loaded module inside a shared chunk needs the runtime; if there is one, it must be patched.
      const runtime = Object.keys(bundle).some((name) => name.includes('rolldown-runtime'));
      if (runtime && !patchedRuntime) this.error('situ:hostile-prototypes: the bundler runtime changed; update the patch');
    },
  };
}
