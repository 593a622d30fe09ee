// Change detection between runs: a posting listed again is fetched again only when its fingerprint
// changed. Both fingerprints are change hashes of canonical JSON, so the order in which a site sends
// its keys never reads as a change.
import { changeHash } from '../model/change-hash.js';
import type { RawPosting } from '../model/raw-posting.js';

// Fields a reader of the list sees change when a posting changes. Counters (views, scraps, bookmarks)
// and image URLs in the payload change all the time, so hashing the payload would refetch everything.
const VISIBLE_FIELDS = [
  'title',
  'company',
  'categories',
  'stackTags',
  'career',
  'locations',
  'deadline',
  'alwaysOpen',
  'employmentType',
  'salary',
  'education',
  'updatedAt',
] as const;

/**
 * Returns the default fingerprint of a listed posting: the change hash of its `payload` (the item as
 * the site sent it). Adapters whose payload carries counters (views, bookmarks) use
 * {@link listFingerprint} instead.
 *
 * @example defaultFingerprint({ …item, payload: { id: 51234, title: '백엔드 개발자' } }) // 16 hex digits
 */
export function defaultFingerprint(item: RawPosting): string {
  return changeHash(item.payload);
}

/**
 * Returns the change hash of the list-visible fields of a posting: equal for an unchanged posting
 * across runs, different when its title, stacks, career, places or deadline change.
 *
 * @example listFingerprint({ …item, title: '백엔드 개발자', stackTags: ['Java'] }) // 16 hex digits
 */
export function listFingerprint(item: RawPosting): string {
  const record = item as Record<string, unknown>;
  return changeHash(VISIBLE_FIELDS.map((field) => record[field] ?? null));
}
