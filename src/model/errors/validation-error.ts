import { type ErrorDetails, OhmystackError } from './ohmystack-error.js';

/** One problem found while validating a value: where it is and what is wrong. */
export interface ValidationIssue {
  path: readonly (string | number)[];
  message: string;
}

/** What {@link ValidationError} is built from. */
export interface ValidationErrorDetails extends ErrorDetails {
  /** What was validated, e.g. 'raw posting'. */
  what: string;
  /** Every problem found. */
  issues: readonly ValidationIssue[];
  /** The value as given, kept for quarantine. */
  input?: unknown;
}

/**
 * Thrown when a value cannot be used as given (a RawPosting without an id, a bad config). Never retryable.
 *
 * @example
 * new ValidationError({ what: 'raw posting', issues: [{ path: ['title'], message: 'required' }], input: { company: '카카오' } })
 */
export class ValidationError extends OhmystackError {
  override name = 'ValidationError';
  readonly issues: readonly ValidationIssue[];
  readonly input: unknown;

  constructor(details: ValidationErrorDetails) {
    const { what, issues, input, hint, ...context } = details;
    const detail = issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
    super({
      ...context,
      message: `invalid ${what}: ${detail}`,
      code: 'validation_failed',
      hint: hint ?? 'the record goes to quarantine; fix the input or report the site change',
    });
    this.issues = issues;
    this.input = input;
  }
}
