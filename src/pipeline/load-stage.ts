// The load stage: everything the run staged, streamed back into the sinks in batches of `batchSize`
// rows (each one lake part): raw postings from the sources' staging files, then postings with their
// branches and their feature rows. Nothing of the run is held in memory beyond one batch.
import { type ExplodeBy, explode } from '../features/explode.js';
import { toPostingRow } from '../features/posting-row.js';
import type { Posting } from '../model/posting.js';
import type { RawPosting } from '../model/raw-posting.js';
import type { RunSinkSet } from './run-sinks.js';
import type { RunTally } from './run-tally.js';
import { readJsonl } from './staging/jsonl-file.js';
import type { RunDir } from './staging/run-dir.js';

export interface LoadStageOptions {
  run: RunDir;
  runId: string;
  sources: readonly string[];
  /** The branch of each staged posting, in staging order (undefined: keep the posting's own). */
  branchOf(index: number): string | null | undefined;
  /** The jobId of each staged posting, in staging order (undefined: keep the posting's own). */
  jobOf?(index: number): string | undefined;
  sinks: RunSinkSet;
  tally: RunTally;
  batchSize: number;
  by: ExplodeBy;
}

/** Returns how many postings and feature rows went to the sinks. */
export async function loadStage(
  options: LoadStageOptions,
): Promise<{ postings: number; featureRows: number }> {
  const { run, sinks, tally } = options;
  for (const source of options.sources) {
    for await (const raws of batches(readJsonl<RawPosting>(run.collected(source)), options.batchSize)) {
      await sinks.write('raw', raws);
    }
  }
  let index = 0;
  let featureRows = 0;
  for await (const staged of batches(readJsonl<Posting>(run.postings), options.batchSize)) {
    const postings = staged.map((posting) => {
      const jobId = options.jobOf?.(index);
      const branch = options.branchOf(index++);
      const linked = jobId === undefined ? posting : { ...posting, jobId };
      return branch === undefined ? linked : { ...linked, branch };
    });
    const { rows, features } = await tally.time(
      'features',
      postings.length,
      () => ({
        rows: postings.map((posting) => toPostingRow(posting, options.runId)),
        features: explode(postings, { by: options.by, runId: options.runId }),
      }),
      (out) => out.features.length,
    );
    featureRows += features.length;
    await sinks.write('postings', rows);
    await sinks.write('features', features);
  }
  return { postings: index, featureRows };
}

/** Yields arrays of up to `size` values of `values`, in order. */
export async function* batches<T>(values: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const value of values) {
    batch.push(value);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
