// The CLI's exit codes, so a scheduler (cron, systemd, Airflow) can tell a partial run from a failed one
// and a busy slot from a broken config. 64 and 75 are sysexits.h's EX_USAGE and EX_TEMPFAIL; 130 and 143
// are the shell's 128 + SIGINT/SIGTERM.
import type { RunReport } from '../model/run-report.js';

/** Every exit code the CLI uses. */
export const EXIT = {
  /** The run is ok, skipped (slot already committed) or staged (collect only); a check passed. */
  ok: 0,
  /** Nothing was committed (a sink failed), a doctor check failed, or an unexpected error. */
  failed: 1,
  /** Data was loaded but a source failed or records were quarantined. */
  partial: 2,
  /** A wrong command line, configuration or recommend profile; the message names the setting or field. */
  usage: 64,
  /** A needed optional package is missing (e.g. `npm install @duckdb/node-api` for `query`). */
  unavailable: 69,
  /** The slot is already running in another process; try again later. */
  locked: 75,
  /** Interrupted by Ctrl-C (SIGINT); the run was aborted cleanly and can be resumed. */
  interrupted: 130,
  /** Stopped by SIGTERM (systemd stop, docker stop); the run was aborted cleanly. */
  terminated: 143,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * Returns the exit code of a finished run.
 *
 * @example exitCodeOfStatus('partial') // 2
 */
export function exitCodeOfStatus(status: RunReport['status']): ExitCode {
  if (status === 'failed') return EXIT.failed;
  if (status === 'partial') return EXIT.partial;
  return EXIT.ok;
}

/** The exit codes as help text, for `ohmystack --help`. */
export const EXIT_CODES_HELP = `EXIT CODES

  0    ok, skipped (slot already done) or staged (collect only)
  1    failed: nothing committed, a doctor check failed, or an unexpected error
  2    partial: data loaded, but a source failed or records were quarantined
  64   usage, configuration or profile error (the message names the setting or field)
  69   an optional package is missing (query needs: npm install @duckdb/node-api)
  75   the slot is already running in another process
  130  interrupted (Ctrl-C): aborted cleanly; the same --run-id resumes
  143  terminated (SIGTERM): aborted cleanly`;
