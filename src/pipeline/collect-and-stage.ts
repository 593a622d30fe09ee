// The streamed first stage of a run: every source collects at once, and its postings are normalized
// and geocoded in small batches and staged on disk as they come, so a run never holds more than a
// batch of postings. Only each posting's place is kept in memory, for the branch split that needs
// every posting of a company.

import { join } from 'node:path';
import { throwIfAborted } from '../http/abort.js';
import type { RawPosting } from '../model/raw-posting.js';
import { fileStateStore } from '../sources/state/file-state-store.js';
import { BranchPlaces } from './branch-places.js';
import { collectStage, type SourceOutcome } from './collect-stage.js';
import { JobLinks } from './job-links.js';
import { batches } from './load-stage.js';
import type { PipelineRun } from './open-run.js';
import { JsonlAppender } from './staging/jsonl-file.js';
import { transformBatch } from './transform-batch.js';

/** Postings normalized and geocoded together while the sources stream. */
const TRANSFORM_BATCH = 200;

/** What the streamed stage leaves for the rest of the run. */
export interface CollectedPostings {
  /** What each source did; every source's quarantined records are already in the tally. */
  outcomes: SourceOutcome[];
  /** Raw postings the sources delivered. */
  collected: number;
  /** The place of every staged posting, in staging order (none with `stopAfter: 'collect'`). */
  places: BranchPlaces;
  /** What linking copies of one job needs of every staged posting, in staging order. */
  jobs: JobLinks;
}

/**
 * Returns what the sources delivered once every source is done, with each posting normalized,
 * geocoded and staged in the run's directory (only collected and staged raw with
 * `stopAfter: 'collect'`). Emits the collect stage's events and a 'postings' event per batch.
 *
 * @throws {AbortedError} when the run's signal aborts.
 * @example
 * const { outcomes, collected } = await collectAndStage(run);
 * collected; // 3120
 */
export async function collectAndStage(run: PipelineRun): Promise<CollectedPostings> {
  const { config, signal, tally, onProgress } = run;
  const collect = collectStage(run.sources, {
    run: run.dir,
    http: run.http,
    state: fileStateStore({ dir: join(config.workDir, 'state') }),
    signal,
    now: config.now ?? run.started,
    sourceConcurrency: config.collect.sourceConcurrency,
    detailConcurrency: config.collect.detailConcurrency,
    maxPages: config.collect.maxPages,
    maxDetailRequests: config.collect.maxDetailRequests,
    // Enough to keep every source busy while a batch is transformed; more would only hold memory.
    bufferSize: 64,
    onProgress,
  });
  const staged = await JsonlAppender.open(run.dir.postings, { truncate: true });
  const places = new BranchPlaces();
  const jobs = new JobLinks();
  let collected = 0;
  const collectOnly = config.stopAfter === 'collect';
  onProgress({ type: 'stage', stage: 'collect', state: 'start' });
  // Small batches: a batch lives only while it is normalized and geocoded, so it dies young in V8.
  for await (const raws of batches(collect.postings, Math.min(config.batchSize, TRANSFORM_BATCH))) {
    collected += raws.length;
    if (!collectOnly) await transformAndStage(run, raws, staged, places, jobs);
    onProgress({ type: 'postings', collected, processed: places.size });
  }
  await staged.close();
  const outcomes = await collect.outcomes;
  throwIfAborted(signal, { what: 'pipeline run' });
  tally.stages.collect.ms = performance.now() - run.startedMs;
  tally.stages.collect.out = collected;
  onProgress({ type: 'stage', stage: 'collect', state: 'end' });
  for (const outcome of outcomes) await tally.quarantine(outcome.result.quarantine);
  return { outcomes, collected, places, jobs };
}

/** Normalizes and geocodes one batch, then stages each posting and keeps its place and job record. */
async function transformAndStage(
  run: PipelineRun,
  raws: readonly RawPosting[],
  staged: JsonlAppender,
  places: BranchPlaces,
  jobs: JobLinks,
): Promise<void> {
  const postings = await transformBatch(raws, {
    geocoder: run.geo.geocoder,
    geocodeConcurrency: run.config.geo.concurrency,
    day: run.slot.dt,
    signal: run.signal,
    tally: run.tally,
  });
  for (const posting of postings) {
    await staged.write(posting);
    places.add(posting);
    jobs.add(posting);
  }
}
