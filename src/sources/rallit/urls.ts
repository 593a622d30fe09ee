import { readId, readText, valueAt } from '../_read-values.js';

/** The site id of every Rallit RawPosting. */
export const RALLIT_SOURCE = 'rallit';

/**
 * Returns the public page of a Rallit position.
 *
 * @example rallitPositionUrl('4233') // 'https://www.rallit.com/positions/4233'
 */
export function rallitPositionUrl(id: string): string {
  return `https://www.rallit.com/positions/${encodeURIComponent(id)}`;
}

/**
 * Returns the item's own `url` when it has one, else the page built from its id, else undefined.
 *
 * @example rallitUrlOf({ id: 12 }) // 'https://www.rallit.com/positions/12'
 */
export function rallitUrlOf(raw: unknown): string | undefined {
  const own = readText(valueAt(raw, ['url']));
  if (own !== undefined) return own;
  const id = readId(valueAt(raw, ['id']));
  return id === undefined ? undefined : rallitPositionUrl(id);
}
