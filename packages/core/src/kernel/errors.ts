/** The base of every error Situ reports; `code` is stable, `message` names the input and the problem. */
export class SituError extends Error {
  override name = 'SituError';
  /** A stable code: `config`, `command`, `listener`, `articles`, `internal`. */
  readonly code: SituErrorCode;
  /** The command or config path concerned, where there is one. */
  readonly where: string | undefined;
  constructor(code: SituErrorCode, message: string, where?: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.where = where;
  }
}

/** The kinds of error Situ reports. */
export type SituErrorCode = 'config' | 'command' | 'listener' | 'articles' | 'internal';

/** True when `error` is a SituError. */
export function isSituError(error: unknown): error is SituError {
  return error instanceof SituError;
}
