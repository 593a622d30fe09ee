import { type ErrorContext, OhmystackError } from './ohmystack-error.js';

/** One problem found while validating a value: where it is and what is wrong. */
export interface ValidationIssue {
  path: readonly (string | number)[];
  message: string;
}

/** Thrown when a value cannot be used as given (a RawPosting without an id, a bad config). Never retryable. */
export class ValidationError extends OhmystackError {
  override name = 'ValidationError';
  readonly issues: readonly ValidationIssue[];
  readonly input: unknown;

  constructor(
    what: string,
    issues: readonly ValidationIssue[],
    context: ErrorContext & { input?: unknown } = {},
  ) {
    const detail = issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
    super(`invalid ${what}: ${detail}`, {
      ...context,
      code: 'validation_failed',
      hint: 'the record goes to quarantine; fix the input or report the site change',
    });
    this.issues = issues;
    this.input = context.input;
  }
}
