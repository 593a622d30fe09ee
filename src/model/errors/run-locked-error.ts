import { OhmystackError } from './ohmystack-error.js';

/** Thrown when another process is already running the same slot: a slot never runs twice at once. */
export class RunLockedError extends OhmystackError {
  override name = 'RunLockedError';

  constructor(runId: string, holder: string) {
    super(`run ${runId} is already running (${holder})`, {
      code: 'run_locked',
      runId,
      hint: 'wait for it to finish; a lock left by a killed process is taken over once its process is gone',
    });
  }
}
