import { OhmystackError } from './ohmystack-error.js';

/** Thrown when a factory is called without an option it cannot work without. */
export class MissingOptionError extends OhmystackError {
  override name = 'MissingOptionError';
  readonly option: string;

  constructor(scope: string, option: string, hint?: string) {
    super(`option "${option}" is required`, {
      code: 'missing_option',
      source: scope,
      hint: hint ?? `pass "${option}" in the options of ${scope}()`,
    });
    this.option = option;
  }
}
