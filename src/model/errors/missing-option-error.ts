import { type ErrorDetails, OhmystackError } from './ohmystack-error.js';

/** What {@link MissingOptionError} is built from. */
export interface MissingOptionErrorDetails extends ErrorDetails {
  /** Whose options lack it: a factory such as 'fileSink', or a source id; the message's scope. */
  source: string;
  /** The option's name, e.g. 'dir'. */
  option: string;
}

/**
 * Thrown when a factory is called without an option it cannot work without.
 *
 * @example
 * new MissingOptionError({ source: 'fileSink', option: 'dir' }).message
 * // '[ohmystack:fileSink] option "dir" is required; pass "dir" in the options of fileSink()'
 */
export class MissingOptionError extends OhmystackError {
  override name = 'MissingOptionError';
  readonly option: string;

  constructor(details: MissingOptionErrorDetails) {
    const { option, hint, ...context } = details;
    super({
      ...context,
      message: `option "${option}" is required`,
      code: 'missing_option',
      hint: hint ?? `pass "${option}" in the options of ${context.source}()`,
    });
    this.option = option;
  }
}
