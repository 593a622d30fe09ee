// Copies of one job found among any set of postings, in O(n log n): postings are blocked by company
// (names a site's own company id ties together count as one company), titles are compared only within
// a company, and only neighbours in sorted order, so nothing is ever compared across the whole set.
import { hashText } from '../model/change-hash.js';
import type { JobCandidate } from './job-candidate.js';
import { titleKeySimilarity } from './job-title-key.js';
import { SAME_TITLE, sameJob } from './same-job.js';

/** How many sorted title keys ahead of each one are compared for near-identical titles. */
const TITLE_WINDOW = 4;
/** A title group up to this size compares every pair of its postings. */
const ALL_PAIRS_UP_TO = 24;
/** In a larger group, how many postings ahead of each one, in each sorted order, it is compared with. */
const NEIGHBOURS = 12;

/**
 * Returns the job id of each candidate, in input order. Copies of one job share an id: postings of one
 * company on different sites (one per site) with near-identical titles whose place, career, stacks
 * and posting day agree (see `sameJob`). A posting that already carries a job id keeps it, and its new
 * copies take it (the smallest, when the job's postings carry several); a job none of whose postings
 * carries one gets an id derived from its smallest posting id, so the same set always gets the same
 * ids, in any order.
 *
 * @example assignJobIds([jumpitCopy, wantedCopy, otherJob]) // ['4f1c…', '4f1c…', '9a0b…']
 */
export function assignJobIds(candidates: readonly JobCandidate[]): string[] {
  const order = candidates.map((_, index) => index).sort((a, b) => compareIds(candidates, a, b));
  const rank = new Array<number>(candidates.length);
  order.forEach((index, position) => {
    rank[index] = position;
  });
  const clusters = new Clusters(candidates);
  for (const group of titleGroups(candidates, order)) {
    const edges: [score: number, a: number, b: number][] = [];
    for (const [a, b] of candidatePairs(candidates, group)) {
      const score = sameJob(candidates[a]!, candidates[b]!);
      if (score !== null) {
        edges.push([score, a, b]);
        clusters.allow(a, b);
      }
    }
    // The surest pairs first, so a posting joins the copy that fits it best; ties by position in id order.
    edges.sort((x, y) => y[0] - x[0] || rank[x[1]]! - rank[y[1]]! || rank[x[2]]! - rank[y[2]]!);
    for (const [, a, b] of edges) clusters.join(a, b);
  }
  return clusters.ids();
}

/**
 * Pairs of a title group worth comparing. A small group compares every pair. A large one (a company
 * with many openings of one role) is sorted twice, by place then posting day and by posting day alone,
 * and each posting is compared with the next few in each order: copies of one job share their place
 * and went up within days, so they sit side by side in one order or the other, and the work stays
 * linear in the group's size.
 */
function candidatePairs(candidates: readonly JobCandidate[], group: readonly number[]): [number, number][] {
  const pairs: [number, number][] = [];
  if (group.length <= ALL_PAIRS_UP_TO) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) pairs.push([group[i]!, group[j]!]);
    }
    return pairs;
  }
  // Positions in the group (which is in id order) break ties, so the pairs do not depend on input order.
  const positions = group.map((_, position) => position);
  const day = (position: number) => candidates[group[position]!]!.postedDay ?? Number.MAX_SAFE_INTEGER;
  const place = (position: number) => {
    const candidate = candidates[group[position]!]!;
    return `${candidate.sido ?? ''}\u0000${candidate.sigungu ?? ''}`;
  };
  const byPlace = [...positions].sort((a, b) => {
    const x = place(a);
    const y = place(b);
    return x < y ? -1 : x > y ? 1 : day(a) - day(b) || a - b;
  });
  const byDay = [...positions].sort((a, b) => day(a) - day(b) || a - b);
  const seen = new Set<string>();
  for (const sorted of [byPlace, byDay]) {
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j <= i + NEIGHBOURS && j < sorted.length; j++) {
        const a = group[sorted[i]!]!;
        const b = group[sorted[j]!]!;
        const key = pairKey(a, b);
        if (seen.has(key)) continue;
        seen.add(key);
        pairs.push([a, b]);
      }
    }
  }
  return pairs;
}

/** Indexes of candidates that may be one job: one company, near-identical titles; in id order. */
function titleGroups(candidates: readonly JobCandidate[], order: readonly number[]): number[][] {
  const company = companyBlocks(candidates);
  const blocks = new Map<string, number[]>();
  for (const index of order) {
    const key = company(candidates[index]!);
    if (key === null) continue;
    const block = blocks.get(key);
    if (block) block.push(index);
    else blocks.set(key, [index]);
  }
  const groups: number[][] = [];
  for (const block of blocks.values()) {
    const titles = [...new Set(block.map((index) => candidates[index]!.titleKey))].sort();
    const same = new UnionFind<string>();
    titles.forEach((title, i) => {
      for (let j = i + 1; j <= i + TITLE_WINDOW && j < titles.length; j++) {
        if (titleKeySimilarity(title, titles[j]!, SAME_TITLE) >= SAME_TITLE) same.union(title, titles[j]!);
      }
    });
    const byTitle = new Map<string, number[]>();
    for (const index of block) {
      const root = same.find(candidates[index]!.titleKey);
      const group = byTitle.get(root);
      if (group) group.push(index);
      else byTitle.set(root, [index]);
    }
    for (const group of byTitle.values()) if (group.length > 1) groups.push(group);
  }
  return groups;
}

/**
 * Returns each candidate's company block (null: no company, never linked). A site's company id ties
 * the names it was listed under into one company ('카카오' and 'Kakao' under the same Wanted id).
 */
function companyBlocks(candidates: readonly JobCandidate[]): (candidate: JobCandidate) => string | null {
  const names = new UnionFind<string>();
  const nameOfSiteId = new Map<string, string>();
  for (const candidate of candidates) {
    if (candidate.companyKey === '' || candidate.companyId === null) continue;
    const siteId = `${candidate.source}\u0000${candidate.companyId}`;
    const first = nameOfSiteId.get(siteId);
    if (first === undefined) nameOfSiteId.set(siteId, candidate.companyKey);
    else names.union(first, candidate.companyKey);
  }
  return (candidate) => (candidate.companyKey === '' ? null : names.find(candidate.companyKey));
}

function compareIds(candidates: readonly JobCandidate[], a: number, b: number): number {
  const x = candidates[a]!.id;
  const y = candidates[b]!.id;
  return x < y ? -1 : x > y ? 1 : a - b;
}

/** Jobs being built: at most one posting per site, and every two postings of a job agree. */
class Clusters {
  readonly #of: number[];
  readonly #members: number[][];
  readonly #agree = new Set<string>();

  constructor(private readonly candidates: readonly JobCandidate[]) {
    this.#of = candidates.map((_, index) => index);
    this.#members = candidates.map((_, index) => [index]);
  }

  allow(a: number, b: number): void {
    this.#agree.add(pairKey(a, b));
  }

  join(a: number, b: number): void {
    const left = this.#of[a]!;
    const right = this.#of[b]!;
    if (left === right) return;
    const one = this.#members[left]!;
    const other = this.#members[right]!;
    for (const x of one) {
      for (const y of other) {
        if (this.candidates[x]!.source === this.candidates[y]!.source) return;
        if (!this.#agree.has(pairKey(x, y))) return;
      }
    }
    for (const y of other) {
      one.push(y);
      this.#of[y] = left;
    }
    this.#members[right] = [];
  }

  /** Each candidate's job id (see {@link assignJobIds}). */
  ids(): string[] {
    const { candidates } = this;
    const jobs = this.#members
      .filter((members) => members.length > 0)
      .map((members) => ({ members, ids: members.map((index) => candidates[index]!.id).sort() }));
    jobs.sort((x, y) => (x.ids[0]! < y.ids[0]! ? -1 : x.ids[0]! > y.ids[0]! ? 1 : 0));
    // A new job's id must not be one a posting already carries.
    const taken = new Set(candidates.flatMap((candidate) => candidate.jobId ?? []));
    const out = new Array<string>(candidates.length);
    for (const job of jobs) {
      const carried = job.members.flatMap((index) => candidates[index]!.jobId ?? []).sort();
      let id = carried[0];
      if (id === undefined) {
        id = job.ids.map(jobIdOf).find((derived) => !taken.has(derived)) ?? jobIdOf(job.ids.join('\u0000'));
        taken.add(id);
      }
      // A posting keeps the id it carries; its new copies take the job's smallest carried id.
      for (const index of job.members) out[index] = candidates[index]!.jobId ?? id;
    }
    return out;
  }
}

function pairKey(a: number, b: number): string {
  return a < b ? `${a},${b}` : `${b},${a}`;
}

/** The id of a job first seen as the posting `postingId`: 16 hex digits, the same on every platform. */
function jobIdOf(postingId: string): string {
  return hashText(`job\u0000${postingId}`);
}

class UnionFind<T> {
  readonly #parent = new Map<T, T>();

  find(value: T): T {
    let root = value;
    for (
      let next = this.#parent.get(root);
      next !== undefined && next !== root;
      next = this.#parent.get(root)
    ) {
      root = next;
    }
    // Path compression keeps later finds short.
    let current = value;
    while (current !== root) {
      const next = this.#parent.get(current)!;
      this.#parent.set(current, root);
      current = next;
    }
    return root;
  }

  union(a: T, b: T): void {
    const x = this.find(a);
    const y = this.find(b);
    if (x === y) return;
    // The smaller root wins, so the block's name does not depend on the order of unions.
    if (x < y) this.#parent.set(y, x);
    else this.#parent.set(x, y);
  }
}
