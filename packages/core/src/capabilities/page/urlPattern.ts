/** The part of URLPattern that Situ uses. */
export interface URLPatternLike {
  test(input: string): boolean;
}

/** The URLPattern constructor, native or polyfilled. */
export type URLPatternConstructor = new (input: string | URLPatternInit, baseURL?: string) => URLPatternLike;

/** The components of a URL pattern object. */
export interface URLPatternInit {
  pathname?: string;
  search?: string;
  hash?: string;
}

let loading: Promise<URLPatternConstructor> | undefined;
let loaded: URLPatternConstructor | undefined;

/** Resolves the native URLPattern, or loads the polyfill (a lazy chunk) where it is missing. */
export function loadURLPattern(): Promise<URLPatternConstructor> {
  const native = (globalThis as { URLPattern?: URLPatternConstructor }).URLPattern;
  if (native) return Promise.resolve((loaded = native));
  loading ??= import('urlpattern-polyfill/urlpattern').then((m) => (loaded = m.URLPattern as unknown as URLPatternConstructor));
  return loading;
}

/** The URLPattern constructor once `loadURLPattern` has resolved, else undefined. */
export const loadedURLPattern = (): URLPatternConstructor | undefined => loaded;

/** A pattern as written in config: a pathname pattern, or components. */
export type PatternSource = string | URLPatternInit;

/** Compiles a config pattern; a string is a pathname pattern, so search and hash match anything. */
export function compilePattern(Pattern: URLPatternConstructor, source: PatternSource): URLPatternLike {
  return new Pattern(typeof source === 'string' ? { pathname: source } : source);
}
