import { readId, valueAt } from '../_read-values.js';

/** The site id of every Wanted RawPosting. */
export const WANTED_SOURCE = 'wanted';

/**
 * Returns the public page of a Wanted posting, `https://www.wanted.co.kr/wd/{id}`.
 *
 * @example wantedJobUrl('219032') // 'https://www.wanted.co.kr/wd/219032'
 */
export function wantedJobUrl(id: string): string {
  return `https://www.wanted.co.kr/wd/${encodeURIComponent(id)}`;
}

/**
 * Returns the public page of a raw job whose `id` can be read, else undefined (for quarantine entries).
 *
 * @example wantedUrlOf({ id: 219032 }) // 'https://www.wanted.co.kr/wd/219032'
 */
export function wantedUrlOf(raw: unknown): string | undefined {
  const id = readId(valueAt(raw, ['id']));
  return id === undefined ? undefined : wantedJobUrl(id);
}
