type Renderer = typeof import('./renderArticle');
let renderer: Promise<Renderer> | undefined;
let loaded: Renderer | undefined;

/** The renderer once loaded, for a body rendered before the first paint. */
export const loadedRenderer = () => loaded;

/**
 * Loads the article renderer (a lazy chunk) and what the article needs in this browser (the
 * Markdown parser for a Markdown body; DOMPurify where there is no native sanitiser): called
 * when the visitor points at or focuses an article link, so that by the click all is here and the
 * body is in place before the first paint, without pushing the rest of the article down.
 */
export function prepareRenderer(markdown = false) {
  renderer ??= import('./renderArticle').then((m) => (loaded = m)).catch((error: unknown) => {
    renderer = undefined; // the next article tries again (after a redeploy, say)
    throw error;
  });
  void renderer.then((m) => m.prepareFor(markdown)).catch(() => {});
  return renderer;
}
