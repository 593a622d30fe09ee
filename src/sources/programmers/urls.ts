import { readId, valueAt } from '../_read-values.js';

/** The site id of every Programmers RawPosting. */
export const PROGRAMMERS_SOURCE = 'programmers';

/**
 * Returns the public page of a Programmers position.
 *
 * @example programmersPositionUrl('12345') // 'https://career.programmers.co.kr/job_positions/12345'
 */
export function programmersPositionUrl(id: string): string {
  return `https://career.programmers.co.kr/job_positions/${encodeURIComponent(id)}`;
}

/**
 * Returns the public page of a raw position whose `id` can be read, else undefined (for quarantine entries).
 *
 * @example programmersUrlOf({ id: 12345 }) // 'https://career.programmers.co.kr/job_positions/12345'
 */
export function programmersUrlOf(raw: unknown): string | undefined {
  const id = readId(valueAt(raw, ['id']));
  return id === undefined ? undefined : programmersPositionUrl(id);
}

/**
 * Returns true for the HTTP status of a detail that needs a login: some ids answer 401 while the list
 * shows them, so the collector skips them instead of counting a failure.
 *
 * @example isUnauthorized(401) // true
 */
export function isUnauthorized(status: number): boolean {
  return status === 401;
}
