import { changeHash } from '../model/change-hash.js';
import type { TrackedFields } from '../model/lifecycle.js';
import type { Posting } from '../model/posting.js';

/** The posting fields {@link trackedFields} reads; a full {@link Posting} fits. */
export type TrackedInput = Pick<
  Posting,
  | 'id'
  | 'title'
  | 'company'
  | 'stacks'
  | 'positions'
  | 'career'
  | 'deadline'
  | 'salary'
  | 'address'
  | 'employment'
>;

/**
 * Returns the values of a posting the lifecycle tracks, flattened to comparable scalars and lists (null
 * where absent) — the career label, the deadline date, salary bounds, the address query.
 *
 * @example trackedFields(posting) // { title: '백엔드 개발자', company: '카카오', career: '경력 3~5년', … }
 */
export function trackedFields(posting: TrackedInput): TrackedFields {
  return {
    title: posting.title,
    company: posting.company,
    stacks: [...posting.stacks],
    positions: [...posting.positions],
    career: posting.career?.label ?? null,
    deadline: posting.deadline?.date ?? null,
    salaryMin: posting.salary?.min ?? null,
    salaryMax: posting.salary?.max ?? null,
    address: posting.address?.query ?? null,
    employmentTypes: [...(posting.employment?.types ?? [])],
  };
}

/**
 * Returns the fingerprint of tracked fields: their {@link changeHash} (16 hex digits of the hash of
 * their key-sorted JSON), so equal values give equal fingerprints in every process.
 *
 * @example fingerprintFields(trackedFields(posting)) // 16 hex digits
 */
export function fingerprintFields(fields: TrackedFields): string {
  return changeHash(fields);
}
