// One line of `ohmystack doctor`: what was checked, how it went, and whether a failure stops a run.

/** ok: fine; warn: works, but something optional is missing; fail: a run would fail; skip: not configured. */
export type CheckStatus = 'ok' | 'warn' | 'fail' | 'skip';

/** A check's outcome. Details never hold secret values: at most a variable's name and "set"/"not set". */
export interface DoctorCheck {
  name: string;
  status: CheckStatus;
  detail: string;
}
