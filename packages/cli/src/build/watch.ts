import { watch as watchFiles, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { build, type BuildOptions, type BuildResult } from './build';
import { shownPath } from './sources';

/** How long to wait after a change for more: an editor's save is often several events. */
const DEBOUNCE_MS = 100;

/**
 * Builds, then builds again after every change under the folder or to the config, until
 * `close()`. A failed build keeps the watch going (and the last good output in place).
 */
export function watch(options: BuildOptions, onResult: (result: BuildResult) => void, { debounceMs = DEBOUNCE_MS } = {}): { close(): void } {
  const cwd = options.cwd ?? process.cwd();
  const folder = path.resolve(cwd, options.folder);
  const config = options.config === undefined ? undefined : path.resolve(cwd, options.config);
  // What the last build wrote: an output inside the folder must not set off the next build.
  let ownFiles = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let again = false;
  let closed = false;

  const run = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      const result = await build(options).catch((error: Error) => failed(folder, error));
      ownFiles = new Set([...result.written, ...result.removed].map((file) => path.resolve(cwd, file)));
      if (!closed) onResult(result);
    } finally {
      running = false;
      if (again && !closed) {
        again = false;
        schedule();
      }
    }
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), debounceMs);
  };
  const changed = (dir: string) => (_event: string, name: string | Buffer | null) => {
    const file = name === null ? undefined : path.join(dir, name.toString());
    if (file !== undefined && (ownFiles.has(file) || file.endsWith('.tmp'))) return;
    if (dir !== folder && file !== config) return;
    schedule();
  };

  const watchers: FSWatcher[] = [watchFiles(folder, { recursive: true }, changed(folder))];
  // The config's folder, not the file: editors save by replacing the file, which ends a file watch.
  if (config) watchers.push(watchFiles(path.dirname(config), changed(path.dirname(config))));
  void run();
  return {
    close() {
      closed = true;
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
    },
  };
}

/** A build that could not finish (a disk error while writing): reported like any other error. */
function failed(folder: string, error: Error): BuildResult {
  return { errors: [{ file: shownPath(folder), message: error.message }], warnings: [], written: [], articles: 0, locales: [], outputs: [], removed: [] };
}
