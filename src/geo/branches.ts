// Splits companies into branches: when one company's postings sit at places farther apart than a
// tolerance, each place becomes a branch named '{company} {region}' ('하이닉스 이천', '하이닉스 청주'),
// as the original team's '하이닉스 대전'. Pure: no I/O, no mutation, same answer for any input order.
import type { Posting } from '../model/posting.js';
import { groupCompanies } from './branches/company-groups.js';
import { clusterSites } from './branches/site-clusters.js';
import { nameSites, regionLadder } from './branches/site-names.js';
import { isLatLng, type LatLng } from './distance.js';

/** What `splitBranches` reads of a posting; a full `Posting` fits. */
export type BranchPosting = Pick<Posting, 'source' | 'company' | 'companyId' | 'address' | 'geo' | 'branch'>;

/** Options of {@link splitBranches}. */
export interface SplitBranchesOptions {
  /**
   * Points of one company closer than this (km, chained: single linkage) are one site. Values under
   * 0.01 count as 0.01; non-finite values fall back to the default.
   * @default 3
   */
  toleranceKm?: number;
}

/** Postings with `branch` set, and what the split found. */
export interface SplitBranchesResult<T> {
  /** In input order: copies of the postings with a usable `geo`; the others as they were (same object). */
  postings: T[];
  /** Companies among the postings (name / id groups). */
  companies: number;
  /** Companies with two or more sites. */
  splitCompanies: number;
  /** Sites of the split companies, i.e. distinct branch names. */
  branches: number;
}

/**
 * Gives each posting its branch. Postings are one company when they share a normalized `company` name
 * or a `source` + `companyId` (a union of the two keys, so a slightly different name under the same id
 * joins). A company's points (`geo`) are grouped into sites by single linkage within `toleranceKm`;
 * with two or more sites, every posting with a point gets `branch: '{company} {region}'`, where
 * `{company}` is the company's most frequent name and `{region}` the shortest administrative name
 * that tells its sites apart ('대전' → '유성' → '구성동'; see branches/site-names.ts). A company with one
 * site gets `branch: null` — no split, nothing to tell apart. Postings without a usable point, or
 * without a company name or id, are returned untouched. Grid-based: O(n log n), no pair of far-apart
 * points is ever compared.
 *
 * @example
 * const { postings } = splitBranches([
 *   { ...p, company: '하이닉스', geo: 이천, address: { sido: '경기도', sigungu: '이천시', query: '…' } },
 *   { ...p, company: '하이닉스', geo: 청주, address: { sido: '충청북도', sigungu: '청주시 흥덕구', query: '…' } },
 * ]);
 * postings.map((x) => x.branch); // ['하이닉스 이천', '하이닉스 청주']
 */
export function splitBranches<T extends BranchPosting>(
  postings: readonly T[],
  options: SplitBranchesOptions = {},
): SplitBranchesResult<T> {
  const tol = Number.isFinite(options.toleranceKm) ? (options.toleranceKm as number) : 3;
  const { groupOf, names } = groupCompanies(postings);
  const members: number[][] = names.map(() => []);
  postings.forEach((p, i) => {
    const g = groupOf[i]!;
    if (g >= 0 && isLatLng(p.geo)) members[g]!.push(i);
  });
  const branch: (string | null)[] = postings.map(() => null);
  let splitCompanies = 0;
  let branches = 0;
  members.forEach((indices, g) => {
    if (indices.length < 2) return;
    const points: LatLng[] = indices.map((i) => postings[i]!.geo as LatLng);
    const { siteOf, count } = clusterSites(points, tol);
    if (count < 2) return;
    splitCompanies++;
    branches += count;
    const votes: Map<string, number>[] = Array.from({ length: count }, () => new Map());
    indices.forEach((i, k) => {
      const p = postings[i]!;
      const key = regionLadder(p.address, p.geo?.code).join('\u0000');
      if (!key) return; // a posting that says nothing of its region does not vote
      const site = votes[siteOf[k]!]!;
      site.set(key, (site.get(key) ?? 0) + 1);
    });
    const siteNames = nameSites(votes.map(majority));
    indices.forEach((i, k) => {
      branch[i] = `${names[g]} ${siteNames[siteOf[k]!]}`;
    });
  });
  const out = postings.map((p, i) =>
    groupOf[i]! >= 0 && isLatLng(p.geo) ? { ...p, branch: branch[i] ?? null } : p,
  );
  return { postings: out, companies: names.length, splitCompanies, branches };
}

/** The ladder most postings of a site agree on; ties go to the smallest key, so order never matters. */
function majority(votes: Map<string, number>): string[] {
  let best = '';
  let bestCount = -1;
  for (const [key, count] of votes) {
    if (count > bestCount || (count === bestCount && key < best)) {
      best = key;
      bestCount = count;
    }
  }
  return best ? best.split('\u0000') : [];
}
