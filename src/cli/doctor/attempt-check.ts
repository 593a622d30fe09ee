// How the doctor runs a check that can fail: the work gets a deadline, and a throw becomes a failed
// check whose detail says why in one line, never a stack.
import { isOhmystackError } from '../../model/errors/ohmystack-error.js';
import type { DoctorCheck } from './doctor-check.js';

/**
 * Runs `work` as the check `name`: 'ok' with `describe` (and what `work` returned), or 'fail' with
 * `describe` and the reason it threw. `work`'s signal aborts at the doctor's deadline.
 */
export type AttemptCheck = (
  name: string,
  describe: string,
  work: (signal: AbortSignal) => Promise<string | undefined>,
) => Promise<DoctorCheck>;

/**
 * Returns an {@link AttemptCheck} whose work may take `timeoutMs`; it never throws.
 *
 * @example
 * const attempt = attemptCheck(10_000);
 * await attempt('s3', 's3://jobs-lake', async () => 'HeadBucket ok'); // { status: 'ok', detail: 's3://jobs-lake: HeadBucket ok' }
 */
export function attemptCheck(timeoutMs: number): AttemptCheck {
  return async (name, describe, work) => {
    try {
      const detail = await work(AbortSignal.timeout(timeoutMs));
      return { name, status: 'ok', detail: detail ? `${describe}: ${detail}` : describe };
    } catch (error) {
      return { name, status: 'fail', detail: `${describe}: ${failureReason(error)}` };
    }
  };
}

/**
 * Returns why a check failed, in one line: an ohmystack error's message without its hint, another
 * error's message with its code ('ECONNREFUSED') when the message lacks it.
 *
 * @example failureReason(Object.assign(new Error('connect failed'), { code: 'ECONNREFUSED' })) // 'connect failed (ECONNREFUSED)'
 */
export function failureReason(error: unknown): string {
  // The doctor is what a ConfigError's hint recommends; the message alone names the setting.
  if (isOhmystackError(error)) {
    return error.hint && error.message.endsWith(`; ${error.hint}`)
      ? error.message.slice(0, -(error.hint.length + 2))
      : error.message;
  }
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    const text = error.message || error.name;
    return typeof code === 'string' && !text.includes(code) ? `${text} (${code})` : text;
  }
  return String(error);
}
