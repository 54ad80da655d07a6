import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, readdir, stat, unlink } from 'node:fs/promises';
import path from 'node:path';

/**
 * The local files articles point at (images, PDFs). Each is published under a content-hashed
 * name, so a changed image never hides behind a cached old one and unchanged ones stay cached.
 */
export class Assets {
  private readonly names = new Map<string, Promise<string | undefined>>();
  private readonly copied = new Set<string>();

  /** The published name of `file` (`chart.3f9a1c2e.png`), or undefined when it is not a readable file. */
  name(file: string): Promise<string | undefined> {
    let name = this.names.get(file);
    if (!name) this.names.set(file, (name = hashedName(file)));
    return name;
  }

  /** Copies `files` next to `outFile` (once per folder); resolves to the paths written. */
  async copy(files: Iterable<string>, outFile: string): Promise<string[]> {
    const dir = path.dirname(outFile);
    const written: string[] = [];
    for (const file of files) {
      const name = await this.name(file);
      const target = path.join(dir, name ?? '');
      if (name === undefined || this.copied.has(target)) continue;
      this.copied.add(target);
      await mkdir(dir, { recursive: true });
      await copyFile(file, target);
      written.push(target);
    }
    return written;
  }

  /**
   * Deletes the hashed copies an earlier build left in `dir` that this build no longer uses: a
   * file is deleted only when its name is one `Assets` gives and `before` (the earlier build's
   * output files there, as text) names it, so nothing the site put there itself is touched.
   * Resolves to the paths deleted.
   */
  async removeStale(dir: string, before: readonly string[]): Promise<string[]> {
    const names = await readdir(dir).catch(() => [] as string[]);
    const stale = names.filter((name) => HASHED.test(name) && !this.copied.has(path.join(dir, name)) && before.some((text) => text.includes(name)));
    for (const name of stale) await unlink(path.join(dir, name));
    return stale.map((name) => path.join(dir, name));
  }
}

/** What a published name looks like: `chart.e25cab61.png`, `terms.0b1c2d3e.pdf`, `LICENSE.4f5a6b7c`. */
const HASHED = /^[^/\\]+\.[0-9a-f]{8}(\.[^./\\]+)?$/;

async function hashedName(file: string): Promise<string | undefined> {
  try {
    if (!(await stat(file)).isFile()) return undefined;
    const hash = createHash('sha256').update(await readFile(file)).digest('hex').slice(0, 8);
    const ext = path.extname(file);
    return `${path.basename(file, ext)}.${hash}${ext}`;
  } catch {
    return undefined;
  }
}
