/** One thing wrong with the knowledge base, with where it is. */
export interface Problem {
  /** The file, as it should be printed: relative to the working directory. */
  file: string;
  /** 1-based line in `file`; absent only where no line applies (an unreadable folder). */
  line?: number;
  message: string;
}

/** `help/payments/fees.md:3: message`, the shape editors and CI annotate. */
export function formatProblem({ file, line, message }: Problem): string {
  return line === undefined ? `${file}: ${message}` : `${file}:${line}: ${message}`;
}

/** Errors and warnings found while building; errors stop the build from writing anything. */
export class Problems {
  readonly errors: Problem[] = [];
  readonly warnings: Problem[] = [];

  error(file: string, line: number | undefined, message: string): void {
    this.errors.push(line === undefined ? { file, message } : { file, line, message });
  }

  warn(file: string, line: number | undefined, message: string): void {
    this.warnings.push(line === undefined ? { file, message } : { file, line, message });
  }
}

/** Problems in file, then line order, so the list reads like the folder it describes. */
export function sortProblems(list: Problem[]): Problem[] {
  return [...list].sort((a, b) => (a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : a.file < b.file ? -1 : 1));
}
