// One job is often posted on Jumpit, Wanted and Saramin at once; counted per posting it counts two or
// three times. linkJobs gives the copies one jobId, so trends and recommendations count jobs.
import type { Posting } from '../model/posting.js';
import { assignJobIds } from './assign-job-ids.js';
import { type JobKeyCache, jobCandidate } from './job-candidate.js';

/**
 * Returns `postings` in the same order, each with the `jobId` it shares with its copies on other sites:
 * the same company (its normalized name, or names one site's company id ties together), a
 * near-identical title once site decorations ('[병역특례]', '(경력)', '채용', the company's name) are
 * stripped, and no disagreement on place (시도, 시군구), career asked, stacks (half the shorter list shared)
 * or posting day (within two weeks). A site lists one job once, so two postings of one site are never
 * one job. A posting that carries a jobId keeps it and its new copies take it; a job none of whose
 * postings carries one gets an id derived from its smallest posting id: the same set always gets the
 * same ids, in any order. Pure; O(n log n) for n postings.
 *
 * @example
 * const linked = linkJobs([jumpitPosting, wantedPosting, saraminPosting]);
 * linked[0].jobId === linked[2].jobId; // true: '[카카오] 백엔드 개발자 채용' on Saramin is Jumpit's '백엔드 개발자'
 */
export function linkJobs(postings: readonly Posting[]): Posting[] {
  const cache: JobKeyCache = new Map();
  const ids = assignJobIds(postings.map((posting) => jobCandidate(posting, cache)));
  return postings.map((posting, index) =>
    posting.jobId === ids[index] ? posting : { ...posting, jobId: ids[index]! },
  );
}
