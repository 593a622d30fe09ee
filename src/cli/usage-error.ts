// A wrong command line: an unknown option, a missing argument, a value that is not a number. Not an
// OhmystackError (the library did nothing wrong); it maps to exit code 64 and prints the command's usage.

/** Thrown by a command for a wrong command line; exits 64. */
export class UsageError extends Error {
  override name = 'UsageError';
  /** What to do instead, printed on its own line. */
  readonly hint: string | undefined;

  /** @example new UsageError('--postings must be a positive whole number, got "many"') */
  constructor(message: string, hint?: string) {
    super(message);
    this.hint = hint;
  }
}

/** True for the CLI's own usage errors and citty's (unknown command, missing required argument). */
export function isUsageError(error: unknown): boolean {
  return error instanceof UsageError || (error instanceof Error && error.name === 'CLIError');
}
