// A wrong command line: an unknown option, a missing argument, a value that is not a number. Not an
// OhmystackError (the library did nothing wrong); it maps to exit code 64 and prints the command's usage.

/** What {@link UsageError} is built from. */
export interface UsageErrorDetails {
  /** What is wrong with the command line, e.g. '--postings must be a positive whole number, got "many"'. */
  message: string;
  /** What to do instead, printed on its own line. */
  hint?: string;
  /** The error behind this one, e.g. a parser's; becomes `error.cause`. */
  cause?: unknown;
}

/**
 * Thrown by a command for a wrong command line; exits 64.
 *
 * @example new UsageError({ message: '--postings must be a positive whole number, got "many"' })
 */
export class UsageError extends Error {
  override name = 'UsageError';
  /** What to do instead, printed on its own line. */
  readonly hint: string | undefined;

  constructor(details: UsageErrorDetails) {
    // Only a given cause is set, so `'cause' in error` stays false for the common case without one.
    super(details.message, 'cause' in details ? { cause: details.cause } : undefined);
    this.hint = details.hint;
  }
}

/** True for the CLI's own usage errors and citty's (unknown command, missing required argument). */
export function isUsageError(error: unknown): boolean {
  return error instanceof UsageError || (error instanceof Error && error.name === 'CLIError');
}
