import { type ErrorDetails, OhmystackError } from './ohmystack-error.js';

/** What {@link CapabilityError} is built from. */
export interface CapabilityErrorDetails extends ErrorDetails {
  /** The sink asked, e.g. 'file'. */
  sink: string;
  /** The capability asked for, e.g. 'query' or 'mode:merge'. */
  capability: string;
}

/**
 * Thrown up front when a config asks a sink for something it does not declare (a mode, query, a format).
 *
 * @example
 * new CapabilityError({ sink: 'file', capability: 'query', hint: 'use queryLake(dir) to query a local lake' })
 */
export class CapabilityError extends OhmystackError {
  override name = 'CapabilityError';
  /** The capability asked for, e.g. 'query' or 'mode:merge'. */
  readonly capability: string;

  constructor(details: CapabilityErrorDetails) {
    const { capability, hint, ...context } = details;
    super({
      ...context,
      message: `sink does not support ${capability}`,
      code: 'capability_missing',
      hint: hint ?? `pick a sink whose capabilities include ${capability}, or drop it from the config`,
    });
    this.capability = capability;
  }
}
