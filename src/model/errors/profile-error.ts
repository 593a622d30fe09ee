import { type ErrorDetails, OhmystackError } from './ohmystack-error.js';

/** What {@link ProfileError} is built from. */
export interface ProfileErrorDetails extends ErrorDetails {
  /** The offending field of the profile, dotted ('years', 'commute.maxMinutes', 'families.0'). */
  field: string;
  /** What is wrong with it ('must be between 0 and 60'). */
  problem: string;
  /** The value as given, for the caller's own message. */
  value?: unknown;
}

/**
 * Thrown by `recommend` and its relatives — and nothing else is thrown for a bad profile — when a
 * profile cannot be used: no stacks and no introduction (or one naming no technology), negative or
 * absurd years, a home no geocoder can place, an unknown commute mode or job family. Never retryable.
 *
 * @example
 * new ProfileError({ field: 'years', problem: 'must be between 0 and 60', value: -1 }).message
 * // '[ohmystack:recommend] profile.years must be between 0 and 60; fix "years" in the profile'
 */
export class ProfileError extends OhmystackError {
  override name = 'ProfileError';
  readonly field: string;
  readonly value: unknown;

  constructor(details: ProfileErrorDetails) {
    const { field, problem, value, hint, source = 'recommend', ...context } = details;
    super({
      ...context,
      source,
      message: `profile.${field} ${problem}`,
      code: 'invalid_profile',
      hint: hint ?? `fix "${field}" in the profile`,
    });
    this.field = field;
    this.value = value;
  }
}
