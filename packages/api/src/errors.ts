/** Codes of the failures the api raises itself. */
export type CsiErrorCode =
  "database" | "migration" | "invalid-input" | "unreadable";

/** The one base of the errors the api throws; `code` says what failed and `cause` keeps the original. */
export class CsiError extends Error {
  override readonly name = "CsiError";
  readonly code: CsiErrorCode;

  constructor(
    code: CsiErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.code = code;
  }
}

/** True when `error` is a {@link CsiError}. */
export function isCsiError(error: unknown): error is CsiError {
  return error instanceof CsiError;
}
