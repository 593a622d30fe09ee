// The content hash that tells "changed" from "seen again". One native sha1 over one joined string per
// row: hashing each field's JSON separately cost more than the rest of staging together (2–3 s per
// 100,000 rows). fetched_at and run_id change every run and are left out.
import { createHash } from 'node:crypto';
import type { PostingRow } from '../../model/rows.js';

/** The fields whose values decide whether a published posting changed (stacks and families included). */
export const HASHED_FIELDS = [
  'url',
  'title',
  'company',
  'company_id',
  'branch',
  'career_min',
  'career_max',
  'career_newcomer',
  'career_label',
  'stacks',
  'positions',
  'sido',
  'sigungu',
  'address',
  'lat',
  'lng',
  'geo_precision',
  'geo_provider',
  'region_code',
  'location_kind',
  'deadline_kind',
  'deadline_date',
  'employment_types',
  'employment_conversion',
  'salary_min',
  'salary_max',
  'salary_period',
  'salary_negotiable',
  'education',
  'military_researcher',
  'military_industrial',
  'posted_at',
  'updated_at',
] as const satisfies readonly (keyof PostingRow)[];

// Separators no cleaned text holds: fields apart, list items apart, and null apart from ''.
const FIELD = '\u0002';
const ITEM = '\u0001';
const NULL = '\u0000';

/**
 * Returns the 40-hex-digit content hash of a posting row. Each field has one type, so `String(value)`
 * cannot make two different rows collide (3 and '3' never meet in the same field).
 *
 * @example postingHash(row) === postingHash({ ...row, fetched_at: later }) // true
 */
export function postingHash(row: PostingRow): string {
  let text = '';
  for (const field of HASHED_FIELDS) {
    const value: unknown = row[field];
    if (value === null || value === undefined) text += NULL;
    else if (Array.isArray(value)) text += value.join(ITEM);
    else text += String(value);
    text += FIELD;
  }
  return createHash('sha1').update(text).digest('hex');
}
