import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, stat } from 'node:fs/promises';
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
}

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
