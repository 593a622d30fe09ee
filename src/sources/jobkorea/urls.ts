import { readId, valueAt } from '../_read-values.js';

/** The site id of every JobKorea RawPosting. */
export const JOBKOREA_SOURCE = 'jobkorea';

/**
 * Returns the public page of a JobKorea posting, without the search's tracking query (`Oem_Code`,
 * `logpath`, `stext`, …).
 *
 * @example jobkoreaPostingUrl('49759955') // 'https://www.jobkorea.co.kr/Recruit/GI_Read/49759955'
 */
export function jobkoreaPostingUrl(id: string): string {
  return `https://www.jobkorea.co.kr/Recruit/GI_Read/${encodeURIComponent(id)}`;
}

/**
 * Returns the public page of a read card or detail whose `id` is known, else undefined.
 *
 * @example jobkoreaUrlOf({ id: '49759955' }) // 'https://www.jobkorea.co.kr/Recruit/GI_Read/49759955'
 */
export function jobkoreaUrlOf(raw: unknown): string | undefined {
  const id = readId(valueAt(raw, ['id']));
  return id === undefined || !/^\d+$/.test(id) ? undefined : jobkoreaPostingUrl(id);
}
