import { type ErrorDetails, OhmystackError } from './ohmystack-error.js';
import type { ValidationIssue } from './validation-error.js';

/** What {@link ConfigError} is built from. */
export interface ConfigErrorDetails extends ErrorDetails {
  /** Every bad setting: where it is and what is wrong. */
  issues: readonly ValidationIssue[];
  /** Where the settings came from, e.g. 'ohmystack.config.json'. @default 'configuration' */
  origin?: string;
}

/**
 * Thrown at once when a pipeline configuration is wrong; the message names every bad setting. Never
 * retryable.
 *
 * @example
 * new ConfigError({ issues: [{ path: ['geo', 'geocoder'], message: 'Invalid option' }] }).message
 * // '[ohmystack] invalid configuration: geo.geocoder: Invalid option; fix the setting in …'
 */
export class ConfigError extends OhmystackError {
  override name = 'ConfigError';
  readonly issues: readonly ValidationIssue[];

  constructor(details: ConfigErrorDetails) {
    const { issues, origin = 'configuration', hint, ...context } = details;
    // An issue of the whole config (an unknown top-level key, an unreadable file) says it all itself.
    const detail = issues
      .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
      .join('; ');
    super({
      ...context,
      message: `invalid ${origin}: ${detail}`,
      code: 'invalid_config',
      hint:
        hint ??
        'fix the setting in ohmystack.config.json (or .ts) or the OHMYSTACK_* environment variables; `ohmystack doctor` checks them',
    });
    this.issues = issues;
  }
}
