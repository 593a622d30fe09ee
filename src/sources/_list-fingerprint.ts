import { createHash } from 'node:crypto';
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
 * Returns a short hash of the list-visible fields of a posting: equal for an unchanged posting across
 * runs, different when its title, stacks, career, places or deadline change.
 *
 * @example listFingerprint({ title: '백엔드 개발자', stackTags: ['Java'], … }) // 'b1946ac92492d234'
 */
export function listFingerprint(item: RawPosting): string {
  const record = item as Record<string, unknown>;
  const visible = VISIBLE_FIELDS.map((field) => record[field] ?? null);
  return createHash('sha1').update(JSON.stringify(visible)).digest('hex').slice(0, 16);
}
