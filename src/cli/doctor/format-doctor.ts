// The doctor's report for a terminal: one aligned line per check with a mark, then a verdict line.
import { padWidth } from '../format/text-width.js';
import type { CheckStatus, DoctorCheck } from './doctor-check.js';

const MARKS: Record<CheckStatus, string> = { ok: '✓', warn: '!', fail: '✗', skip: '-' };

/**
 * Returns the doctor's report as text lines.
 *
 * @example formatDoctor([{ name: 'node', status: 'ok', detail: 'v20.20.2' }]) // ['✓ node  v20.20.2', '', 'all required checks passed']
 */
export function formatDoctor(checks: readonly DoctorCheck[]): string[] {
  const width = Math.max(...checks.map((check) => check.name.length));
  const lines = checks.map(
    (check) => `${MARKS[check.status]} ${padWidth(check.name, width)}  ${check.detail}`,
  );
  const failed = checks.filter((check) => check.status === 'fail').length;
  const warned = checks.filter((check) => check.status === 'warn').length;
  lines.push(
    '',
    failed > 0
      ? `${failed} required check${failed === 1 ? '' : 's'} failed`
      : `all required checks passed${warned > 0 ? ` (${warned} optional missing)` : ''}`,
  );
  return lines;
}
