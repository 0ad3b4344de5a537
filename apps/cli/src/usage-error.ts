/**
 * A failure the user can fix: bad arguments, a missing file, an unknown authority.
 * The CLI prints `message` and `hint` (one line each) and exits 1; anything else is a bug and exits 2.
 */
export class UsageError extends Error {
  override readonly name = "UsageError";
  readonly code: string;
  /** One line telling the user what to try. */
  readonly hint: string;

  constructor(
    code: string,
    message: string,
    hint: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.code = code;
    this.hint = hint;
  }
}

/** True when `error` is a {@link UsageError}. */
export function isUsageError(error: unknown): error is UsageError {
  return error instanceof UsageError;
}
