// The job of every posting still listed, kept in the work dir between runs (state/jobs.jsonl, one
// linking record per posting): a run that skips a posting as unchanged never sees the posting itself,
// yet a new copy of its job on another site must join that job, and a posting written again must keep
// its jobId. Replaced whole, under a temporary name, only once every sink has committed the run.
import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { JobCandidate } from '../features/job-candidate.js';
import { JsonlAppender, readJsonl } from './staging/jsonl-file.js';

/** The job index of the work dir `workDir`. */
export function jobIndexPath(workDir: string): string {
  return join(workDir, 'state', 'jobs.jsonl');
}

export class JobIndex {
  private constructor(
    readonly path: string,
    readonly records: Map<string, JobCandidate>,
  ) {}

  /** Returns the index at `path`; empty when there is none yet (a torn line is skipped). */
  static async read(path: string): Promise<JobIndex> {
    const records = new Map<string, JobCandidate>();
    for await (const record of readJsonl<JobCandidate>(path)) {
      if (typeof record?.id === 'string' && typeof record.jobId === 'string') records.set(record.id, record);
    }
    return new JobIndex(path, records);
  }

  get(id: string): JobCandidate | undefined {
    return this.records.get(id);
  }

  /**
   * Writes the index the next run reads: these records, the postings this run wrote (`linked`, with
   * their jobIds) in place of the ones they had, and those that left their sites (`closed` ids) gone.
   * Postings a run did not see (a source that failed, details deferred) keep theirs.
   */
  async write(linked: readonly JobCandidate[], closed: readonly string[]): Promise<void> {
    for (const record of linked) this.records.set(record.id, record);
    for (const id of closed) this.records.delete(id);
    const temp = `${this.path}.${process.pid}.tmp`;
    try {
      const out = await JsonlAppender.open(temp, { truncate: true });
      for (const record of this.records.values()) await out.write(record);
      await out.close();
      await rename(temp, this.path);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }
}
