import type { RawCareer } from '../model/raw-posting.js';
import { compact } from './_compact.js';

/**
 * Returns a RawPosting's career from a site's structured fields — years from and to, whether newcomers
 * may apply — with the fields the site left null or out dropped.
 *
 * @example careerRange(0, null, true) // { min: 0, newcomer: true }
 */
export function careerRange(
  min: number | null | undefined,
  max: number | null | undefined,
  newcomer: boolean | null | undefined,
): RawCareer {
  return compact({ min: min ?? undefined, max: max ?? undefined, newcomer: newcomer ?? undefined });
}
