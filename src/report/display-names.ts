// What a reader sees instead of an id: a stack's display name ('C++', not 'cpp'), a job family's
// Korean name ('서버/백엔드', not 'backend'), and one wording for what has no name at all — so the
// report and the explorer say the same thing everywhere.
import { jobFamilyInfo } from '../normalize/position.js';
import { stackInfo } from '../normalize/stacks/stack-info.js';

/** Label of postings without a job family. */
export const UNCLASSIFIED_FAMILY_LABEL = '직군 미분류';
/** Label of postings without a known place. */
export const UNKNOWN_PLACE_LABEL = '위치 미상';

/**
 * Returns a stack's display name from the curated dictionary, or the value itself when the dictionary
 * does not know it (a site's own tag is shown as the site wrote it).
 *
 * @example stackDisplayName('cpp') // 'C++'
 * @example stackDisplayName('사내 프레임워크') // '사내 프레임워크'
 */
export function stackDisplayName(value: string): string {
  return stackInfo(value)?.name ?? value;
}

/**
 * Returns a job family's Korean name, or the id when it is not a known family.
 *
 * @example jobFamilyName('backend') // '서버/백엔드'
 */
export function jobFamilyName(id: string): string {
  return jobFamilyInfo(id)?.nameKo ?? id;
}

/**
 * Returns a place as a reader names it: '시도 시군구', the 시도 alone, or {@link UNKNOWN_PLACE_LABEL}.
 *
 * @example placeName('서울특별시', '강남구') // '서울특별시 강남구'
 * @example placeName(null, null) // '위치 미상'
 */
export function placeName(sido: string | null | undefined, sigungu?: string | null): string {
  const parts = [sido, sigungu].filter(
    (part): part is string => typeof part === 'string' && part.trim() !== '',
  );
  return parts.length === 0 ? UNKNOWN_PLACE_LABEL : parts.join(' ');
}
