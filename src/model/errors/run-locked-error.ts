import { type ErrorDetails, OhmystackError } from './ohmystack-error.js';

/** What {@link RunLockedError} is built from. */
export interface RunLockedErrorDetails extends ErrorDetails {
  /** The slot already running, e.g. '20261129T0900'. */
  runId: string;
  /** Who holds the lock, e.g. 'pid 42' or '4242@host'. */
  holder: string;
}

/**
 * Thrown when another process is already running the same slot: a slot never runs twice at once.
 *
 * @example
 * new RunLockedError({ runId: '20261129T0900', holder: 'pid 42' }).message
 * // '[ohmystack] run 20261129T0900 is already running (pid 42); wait for it to finish; …'
 */
export class RunLockedError extends OhmystackError {
  override name = 'RunLockedError';

  constructor(details: RunLockedErrorDetails) {
    const { holder, hint, ...context } = details;
    super({
      ...context,
      message: `run ${context.runId} is already running (${holder})`,
      code: 'run_locked',
      hint:
        hint ??
        'wait for it to finish; a lock left by a killed process is taken over once its process is gone',
    });
  }
}
