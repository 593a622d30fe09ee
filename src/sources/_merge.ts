// One posting from its list item and its detail: the detail is the fuller, fresher read, so it wins
// field by field; the list fills what the detail lacks; list-valued fields keep everything both saw.

import { canonicalJson } from '../model/canonical-json.js';
import type { RawPosting } from '../model/raw-posting.js';

// Identity comes from the list: the collector dedupes and remembers state by it.
const LIST_OWNED = new Set(['source', 'sourceId', 'payload']);

/**
 * Returns the posting made of a list item and its detail: per field the detail's value unless it is
 * absent (undefined, null, '' or an empty array/object), arrays as the union of both in first-seen order
 * (list first), plain objects (career, salary, sections) merged the same way one level down and deeper,
 * `source`/`sourceId` from the list, and `payload: { list, detail }` keeping both untouched.
 *
 * @example
 * mergePosting(
 *   { source: 'jumpit', sourceId: '51234', title: '백엔드', stackTags: ['Java'], payload: listItem, … },
 *   { source: 'jumpit', sourceId: '51234', title: '백엔드 개발자', stackTags: ['Java', 'Spring'], payload: detailBody, … },
 * ) // title '백엔드 개발자', stackTags ['Java', 'Spring'], payload { list, detail }
 */
export function mergePosting(list: RawPosting, detail: RawPosting): RawPosting {
  const merged: Record<string, unknown> = {};
  const listRecord = list as Record<string, unknown>;
  const detailRecord = detail as Record<string, unknown>;
  for (const key of new Set([...Object.keys(listRecord), ...Object.keys(detailRecord)])) {
    if (LIST_OWNED.has(key)) continue;
    const value = mergeValue(listRecord[key], detailRecord[key]);
    if (value !== undefined) merged[key] = value;
  }
  return {
    ...merged,
    source: list.source,
    sourceId: list.sourceId,
    payload: { list: list.payload, detail: detail.payload },
  } as RawPosting;
}

/**
 * Returns the merge of one field: see {@link mergePosting}.
 *
 * @example mergeValue(['서울 강남구'], ['서울 강남구', '경기 성남시']) // ['서울 강남구', '경기 성남시']
 */
export function mergeValue(fromList: unknown, fromDetail: unknown): unknown {
  if (Array.isArray(fromList) && Array.isArray(fromDetail)) return union(fromList, fromDetail);
  if (isPlainObject(fromList) && isPlainObject(fromDetail)) {
    const merged: Record<string, unknown> = {};
    for (const key of new Set([...Object.keys(fromList), ...Object.keys(fromDetail)])) {
      const value = mergeValue(fromList[key], fromDetail[key]);
      if (value !== undefined) merged[key] = value;
    }
    return merged;
  }
  return isAbsent(fromDetail) && !isAbsent(fromList)
    ? fromList
    : fromDetail === undefined
      ? fromList
      : fromDetail;
}

function union(first: readonly unknown[], second: readonly unknown[]): unknown[] {
  const seen = new Set<string>();
  const result: unknown[] = [];
  for (const item of [...first, ...second]) {
    const key = typeof item === 'string' ? `s:${item}` : `j:${canonicalJson(item)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(item);
  }
  return result;
}

function isAbsent(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return isPlainObject(value) && Object.keys(value).length === 0;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
