import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** An absolute path inside the repository. */
export const repoPath = (...parts: string[]) => resolve(ROOT, ...parts);
