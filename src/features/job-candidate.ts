// What linking copies of one job needs of a posting, computed once: a pipeline keeps one of these per
// posting while the postings themselves stream to disk.
import type { Posting } from '../model/posting.js';
import { normalizeCompanyName } from '../normalize/company.js';
import { jobTitleKey } from './job-title-key.js';

const DAY_MS = 86_400_000;

/** One posting as job linking sees it. */
export interface JobCandidate {
  id: string;
  source: string;
  /** The company's normalized name, lowercase without spaces ('' when the posting names none). */
  companyKey: string;
  /** The site's own company id (only comparable within one source). */
  companyId: string | null;
  /** {@link jobTitleKey} of the title. */
  titleKey: string;
  sido: string | null;
  sigungu: string | null;
  branch: string | null;
  /** Stack ids from the tags and the text, sorted, without repeats. */
  stacks: readonly string[];
  /** The day the posting went up, in days since 1970-01-01 (null when unknown). */
  postedDay: number | null;
  /** The fewest years of experience asked (0 for newcomers; null when unknown). */
  careerMin: number | null;
  /** The job id the posting already carries, kept when its copies still agree. */
  jobId: string | null;
}

/** Company and title keys already worked out, by company and title: one company posts a title many times. */
export type JobKeyCache = Map<string, { companyKey: string; titleKey: string }>;

/**
 * Returns what job linking compares of `posting`; `cache`, when given, is read and filled.
 *
 * @example jobCandidate(posting).titleKey // '백엔드개발'
 */
export function jobCandidate(posting: Posting, cache?: JobKeyCache): JobCandidate {
  const cacheKey = `${posting.company}\u0000${posting.title}`;
  let keys = cache?.get(cacheKey);
  if (!keys) {
    const company = normalizeCompanyName(posting.company);
    keys = {
      companyKey: company.toLowerCase().replace(/\s+/g, ''),
      titleKey: jobTitleKey(posting.title, company),
    };
    cache?.set(cacheKey, keys);
  }
  const postedMs = posting.postedAt ? Date.parse(posting.postedAt) : Number.NaN;
  return {
    id: posting.id,
    source: posting.source,
    companyKey: keys.companyKey,
    companyId: posting.companyId ?? null,
    titleKey: keys.titleKey,
    sido: posting.address?.sido ?? null,
    sigungu: posting.address?.sigungu ?? null,
    branch: posting.branch ?? null,
    stacks: [...new Set([...posting.stacks, ...posting.mentionedStacks])].sort(),
    postedDay: Number.isFinite(postedMs) ? Math.floor(postedMs / DAY_MS) : null,
    careerMin: posting.career ? posting.career.minYears : null,
    jobId: posting.jobId ?? null,
  };
}
