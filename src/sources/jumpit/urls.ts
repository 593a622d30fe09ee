import { readId, valueAt } from '../_read-values.js';

/** The site id of every Jumpit RawPosting. */
export const JUMPIT_SOURCE = 'jumpit';

/**
 * Returns the public page of a Jumpit position.
 *
 * @example jumpitPositionUrl('54917021') // 'https://jumpit.saramin.co.kr/position/54917021'
 */
export function jumpitPositionUrl(id: string): string {
  return `https://jumpit.saramin.co.kr/position/${encodeURIComponent(id)}`;
}

/**
 * Returns the public page of a raw item whose `id` can be read, else undefined (for quarantine entries).
 *
 * @example jumpitUrlOf({ id: 54917021 }) // 'https://jumpit.saramin.co.kr/position/54917021'
 */
export function jumpitUrlOf(raw: unknown): string | undefined {
  const id = readId(valueAt(raw, ['id']));
  return id === undefined ? undefined : jumpitPositionUrl(id);
}
