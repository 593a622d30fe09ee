// The load stage of a run and its end: everything staged streamed back into the sinks, the postings
// that left their sites marked closed and those listed unchanged marked seen, then every sink commits —
// or, when every source failed, none does, so the slot is not marked done with nothing in it.
import type { SinkReport } from '../model/run-report.js';
import type { SourceOutcome } from './collect-stage.js';
import { loadStage } from './load-stage.js';
import type { PipelineRun } from './open-run.js';

/** What the sinks received and how each one's commit went. */
export interface LoadedRun {
  postings: number;
  featureRows: number;
  /** Postings marked closed because they left their sites. */
  closed: number;
  /** One per sink; empty when nothing was committed. */
  sinks: SinkReport[];
}

/** What the load stage needs from the stages before it. */
export interface LoadInput {
  outcomes: readonly SourceOutcome[];
  /** The branch of each staged posting, in staging order (undefined: keep the posting's own). */
  branchOf(index: number): string | null | undefined;
  /** The jobId of each staged posting, in staging order (undefined: keep the posting's own). */
  jobOf?(index: number): string | undefined;
  /** Every source failed: the sinks are aborted instead of committed. */
  nothingCollected: boolean;
}

/**
 * Returns what went to the sinks and each sink's commit report, after writing every staged posting,
 * feature row and closed id. Emits the load stage's events; a sink that fails is reported, not thrown.
 *
 * @example
 * const loaded = await loadAndCommit(run, { outcomes, branchOf, nothingCollected: false });
 * loaded.sinks.map((sink) => sink.status); // ['committed', 'committed']
 */
export async function loadAndCommit(run: PipelineRun, input: LoadInput): Promise<LoadedRun> {
  const { config, sinkSet, tally, onProgress } = run;
  onProgress({ type: 'stage', stage: 'load', state: 'start' });
  const loaded = await loadStage({
    run: run.dir,
    runId: run.slot.runId,
    sources: run.sources.map((source) => source.id),
    branchOf: input.branchOf,
    ...(input.jobOf ? { jobOf: input.jobOf } : {}),
    sinks: sinkSet,
    tally,
    batchSize: config.batchSize,
    by: config.features.by,
  });
  const closed = input.outcomes.flatMap((outcome) => outcome.result.closed);
  await sinkSet.markClosed(closed);
  // Listed but skipped as unchanged: never written above, yet seen by this run all the same.
  await sinkSet.markSeen(input.outcomes.flatMap((outcome) => outcome.result.unchanged));
  if (input.nothingCollected) {
    tally.warnings.push('every source failed: nothing was committed; the same runId can be run again');
    await sinkSet.abort();
  }
  const sinks = input.nothingCollected ? [] : await sinkSet.commit();
  onProgress({ type: 'stage', stage: 'load', state: 'end' });
  return { postings: loaded.postings, featureRows: loaded.featureRows, closed: closed.length, sinks };
}
