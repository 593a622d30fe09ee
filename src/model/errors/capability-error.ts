import { OhmystackError } from './ohmystack-error.js';

/** Thrown up front when a config asks a sink for something it does not declare (a mode, query, a format). */
export class CapabilityError extends OhmystackError {
  override name = 'CapabilityError';
  /** The capability asked for, e.g. 'query' or 'mode:merge'. */
  readonly capability: string;

  /**
   * @example new CapabilityError('file', 'query', 'use queryLake(dir) to query a local lake')
   */
  constructor(sink: string, capability: string, hint?: string) {
    super(`sink does not support ${capability}`, {
      code: 'capability_missing',
      sink,
      hint: hint ?? `pick a sink whose capabilities include ${capability}, or drop it from the config`,
    });
    this.capability = capability;
  }
}
