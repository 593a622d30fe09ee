import { OhmystackError } from './ohmystack-error.js';
import type { ValidationIssue } from './validation-error.js';

/** Thrown at once when a pipeline configuration is wrong; the message names every bad setting. Never retryable. */
export class ConfigError extends OhmystackError {
  override name = 'ConfigError';
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[], origin = 'configuration') {
    const detail = issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
    super(`invalid ${origin}: ${detail}`, {
      code: 'invalid_config',
      hint: 'fix the setting in ohmystack.config.json (or .ts) or the OHMYSTACK_* environment variables; `ohmystack doctor` checks them',
    });
    this.issues = issues;
  }
}
