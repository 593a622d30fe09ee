// How a run ends: the sites' incremental state moves on only when every sink has the data, the report
// is built from the closed tally, and a committed run's report is written (so the same slot is not
// run twice) and old staging pruned.

import type { JobCandidate } from '../features/job-candidate.js';
import type { SplitBranchesResult } from '../geo/branches.js';
import type { RunReport } from '../model/run-report.js';
import { buildRunReport } from './build-run-report.js';
import type { SourceOutcome } from './collect-stage.js';
import type { JobIndex } from './job-index.js';
import type { LoadedRun } from './load-and-commit.js';
import type { PipelineRun } from './open-run.js';
import { pruneStaging, writeRunReport } from './staging/run-dir.js';

/** Committed runs whose staged postings are kept (a day of 3-hour slots), for `force` reruns. */
const KEEP_STAGED_RUNS = 8;

/** What the stages of a loaded run produced. */
export interface FinishInput {
  outcomes: readonly SourceOutcome[];
  branches: Pick<SplitBranchesResult<unknown>, 'companies' | 'splitCompanies' | 'branches'>;
  loaded: LoadedRun;
  /** Every source failed: nothing was committed. */
  nothingCollected: boolean;
  /** The job index the run read and the job records of the postings it wrote, kept once committed. */
  jobs?: { index: JobIndex; linked: readonly JobCandidate[] };
}

/**
 * Returns the run's report, after committing each source's run when every sink committed (then the
 * report is also written beside the staging, and staging beyond the last 8 committed runs pruned).
 *
 * @example
 * const report = await finishRun(run, { outcomes, branches, loaded, nothingCollected: false });
 * report.status; // 'ok'
 */
export async function finishRun(run: PipelineRun, input: FinishInput): Promise<RunReport> {
  const { outcomes, loaded, nothingCollected } = input;
  const committed = !nothingCollected && loaded.sinks.every((report) => report.status === 'committed');
  if (committed) {
    for (const outcome of outcomes) await outcome.run?.commit();
    const closed = outcomes.flatMap((outcome) => outcome.result.closed);
    await input.jobs?.index.write(input.jobs.linked, closed);
  }
  await run.tally.close();
  const report = buildRunReport({
    ...run.reportBase(),
    outcomes,
    tally: run.tally,
    branches: input.branches,
    featureRows: loaded.featureRows,
    postings: loaded.postings,
    closed: loaded.closed,
    sinks: loaded.sinks,
    failed: nothingCollected,
  });
  if (committed) {
    await writeRunReport(run.dir, report);
    await pruneStaging(run.config.workDir, KEEP_STAGED_RUNS);
  }
  return report;
}

/**
 * Returns the report of a run that only collected (`stopAfter: 'collect'`): status 'staged', the
 * collected postings counted, nothing written to a sink and no source state committed.
 *
 * @example
 * const report = await finishCollectOnly(run, outcomes, 3120);
 * report.status; // 'staged'
 */
export async function finishCollectOnly(
  run: PipelineRun,
  outcomes: readonly SourceOutcome[],
  collected: number,
): Promise<RunReport> {
  await run.tally.close();
  return buildRunReport({
    ...run.reportBase(),
    outcomes,
    tally: run.tally,
    branches: { companies: 0, splitCompanies: 0, branches: 0 },
    featureRows: 0,
    postings: collected,
    closed: 0,
    sinks: [],
    staged: true,
  });
}
