// The copies of one job across sites, linked over a whole run: what linking needs of every staged
// posting is kept while the postings stream past (one small record each, strings shared), and the
// jobs of earlier runs come from the job index, so a posting keeps its jobId while it stays listed and
// a new copy of a job whose other copies were skipped as unchanged still joins that job.
import { assignJobIds } from '../features/assign-job-ids.js';
import { type JobCandidate, type JobKeyCache, jobCandidate } from '../features/job-candidate.js';
import type { Posting } from '../model/posting.js';
import type { JobIndex } from './job-index.js';

export class JobLinks {
  readonly #staged: JobCandidate[] = [];
  readonly #strings = new Map<string, string>();
  readonly #stacks = new Map<string, readonly string[]>();
  readonly #keys: JobKeyCache = new Map();

  /** Adds the posting, in staging order (jobIds come back in the same order). */
  add(posting: Posting): void {
    const candidate = jobCandidate(posting, this.#keys);
    const stacksKey = candidate.stacks.join('\u0000');
    let stacks = this.#stacks.get(stacksKey);
    if (!stacks) {
      stacks = candidate.stacks.map((stack) => this.#string(stack));
      this.#stacks.set(stacksKey, stacks);
    }
    this.#staged.push({
      ...candidate,
      id: this.#string(candidate.id),
      source: this.#string(candidate.source),
      companyKey: this.#string(candidate.companyKey),
      companyId: candidate.companyId === null ? null : this.#string(candidate.companyId),
      titleKey: this.#string(candidate.titleKey),
      sido: candidate.sido === null ? null : this.#string(candidate.sido),
      sigungu: candidate.sigungu === null ? null : this.#string(candidate.sigungu),
      stacks,
    });
  }

  get size(): number {
    return this.#staged.length;
  }

  /**
   * Returns the jobId of each staged posting, in staging order, after giving each its branch (undefined:
   * its own) and linking it with the postings of `index` this run saw listed unchanged (`unchanged`
   * ids). A posting the index knows keeps its jobId, and a new copy of its job takes it. The staged
   * records, with their jobIds, are what the index keeps for the next run.
   *
   * @example
   * const jobIds = jobs.link(index, outcomes.flatMap((o) => o.result.unchanged), branchOf);
   */
  link(
    index: JobIndex,
    unchanged: readonly string[],
    branchOf: (position: number) => string | null | undefined,
  ): string[] {
    const staged = this.#staged.map((candidate, position) => {
      const branch = branchOf(position);
      const jobId = index.get(candidate.id)?.jobId ?? candidate.jobId;
      return { ...candidate, ...(branch === undefined ? {} : { branch }), jobId };
    });
    const seen = unchanged.flatMap((id) => index.get(id) ?? []);
    const ids = assignJobIds([...staged, ...seen]);
    this.#staged.length = 0;
    this.#staged.push(...staged.map((candidate, position) => ({ ...candidate, jobId: ids[position]! })));
    return ids.slice(0, staged.length);
  }

  /** The staged records with the jobIds {@link link} gave them. */
  get linked(): readonly JobCandidate[] {
    return this.#staged;
  }

  #string(text: string): string {
    let shared = this.#strings.get(text);
    if (shared === undefined) {
      // A copy: a name cut out of a fetched page can keep the whole page alive in V8.
      shared = Buffer.from(text, 'utf8').toString('utf8');
      this.#strings.set(shared, shared);
    }
    return shared;
  }
}
