// runPipeline: one run of the whole flow. Sources stream into normalize and geocode in bounded batches
// (raw postings go to the lake as they come); once every source is done, companies are split into
// branches, postings and feature rows are written, every sink commits, and only then does each
// source's incremental state advance. Everything a run collects is staged on disk under its runId, so
// a run killed half-way and started again with the same runId refetches nothing it already has.
import { join } from 'node:path';
import { splitBranches } from '../geo/branches.js';
import { throwIfAborted } from '../http/abort.js';
import { createHttpClient } from '../http/http-client.js';
import { parseRunId, runSlot } from '../model/run.js';
import type { RunReport } from '../model/run-report.js';
import type { RunContext } from '../sinks/types.js';
import { fileStateStore } from '../sources/state/file-state-store.js';
import { BranchPlaces } from './branch-places.js';
import { buildGeocoder } from './build-geocoder.js';
import { buildRunReport } from './build-run-report.js';
import { buildSinks } from './build-sinks.js';
import { buildSources } from './build-sources.js';
import { collectStage } from './collect-stage.js';
import { type PipelineConfig, parsePipelineConfig } from './config.js';
import { batches, loadStage } from './load-stage.js';
import type { PipelineProgress } from './progress.js';
import { RunSinkSet } from './run-sinks.js';
import { RunTally } from './run-tally.js';
import { readSecrets } from './secrets.js';
import { JsonlAppender } from './staging/jsonl-file.js';
import {
  hasStagedPostings,
  lockRun,
  pruneStaging,
  readRunReport,
  runDir,
  writeRunReport,
} from './staging/run-dir.js';
import { transformBatch } from './transform-batch.js';

/** Postings normalized and geocoded together while the sources stream. */
const TRANSFORM_BATCH = 200;

/** Committed runs whose staged postings are kept (a day of 3-hour slots), for `force` reruns. */
const KEEP_STAGED_RUNS = 8;

/**
 * Runs the whole flow once for one KST slot and returns its report. Never throws for a failing source
 * or sink (the report says what failed); throws for a wrong configuration, a slot already running in
 * another process, or a geocoder key the provider rejects.
 *
 * @throws {ConfigError} naming the wrong setting; {RunLockedError} when the slot is running elsewhere.
 * @example
 * const report = await runPipeline({ sources: ['jumpit', 'wanted'], database: { dialect: 'sqlite' } });
 * report.status; // 'ok'
 * report.totals; // { postings: 3120, featureRows: 21904, closed: 48, quarantined: 3, requests: 3410 }
 */
export async function runPipeline(input: PipelineConfig = {}): Promise<RunReport> {
  const config = parsePipelineConfig(input);
  const started = new Date();
  const startedMs = performance.now();
  const slot = config.runId ? parseRunId(config.runId)! : runSlot(config.now ?? started);
  const run = runDir(config.workDir, slot.runId);
  const onProgress = safeProgress(config.onProgress);
  const signal = config.signal ?? new AbortController().signal;

  const done = config.force ? null : await readRunReport(run);
  if (done) {
    onProgress({ type: 'run', state: 'skip', runId: slot.runId });
    return { ...done, status: 'skipped' };
  }
  const unlock = await lockRun(run, slot.runId);
  try {
    const resumed = await hasStagedPostings(run);
    onProgress({ type: 'run', state: resumed ? 'resume' : 'start', runId: slot.runId });
    const secrets = readSecrets(config.env ?? process.env);
    const sources = buildSources(config.sources, secrets);
    const geo = buildGeocoder(config, secrets, signal);
    const sinks = buildSinks(config, secrets);
    const context: RunContext = { runId: slot.runId, dt: slot.dt, hr: slot.hr, signal };
    const tally = new RunTally(await JsonlAppender.open(run.quarantine, { truncate: true }));
    const sinkSet = new RunSinkSet(sinks, context, tally, onProgress);
    const http = createHttpClient({
      ...(config.http.perHostRate ? { perHostRate: config.http.perHostRate } : {}),
      ...(config.http.perHostConcurrency ? { perHostConcurrency: config.http.perHostConcurrency } : {}),
      ...(config.http.concurrency ? { concurrency: config.http.concurrency } : {}),
      ...(config.http.timeoutMs ? { timeout: config.http.timeoutMs } : {}),
      ...(config.http.retries !== undefined ? { retry: config.http.retries } : {}),
      ...(config.http.respectRobots !== undefined ? { respectRobots: config.http.respectRobots } : {}),
      ...(config.http.contact ? { contact: config.http.contact } : {}),
    });
    const reportBase = () => ({
      slot,
      started,
      durationMs: performance.now() - startedMs,
      resumed,
      geocoder: geo.geocoder,
      aborted: signal.aborted,
    });
    try {
      // Stage 1, streamed: collect → normalize → geocode, in small batches, each posting staged on disk.
      const collect = collectStage(sources, {
        run,
        http,
        state: fileStateStore({ dir: join(config.workDir, 'state') }),
        signal,
        now: config.now ?? started,
        sourceConcurrency: config.collect.sourceConcurrency,
        detailConcurrency: config.collect.detailConcurrency,
        maxPages: config.collect.maxPages,
        // Enough to keep every source busy while a batch is transformed; more would only hold memory.
        bufferSize: 64,
        onProgress,
      });
      const staged = await JsonlAppender.open(run.postings, { truncate: true });
      const places = new BranchPlaces();
      let collected = 0;
      const collectOnly = config.stopAfter === 'collect';
      onProgress({ type: 'stage', stage: 'collect', state: 'start' });
      // Small batches: a batch lives only while it is normalized and geocoded, so it dies young in V8.
      for await (const raws of batches(collect.postings, Math.min(config.batchSize, TRANSFORM_BATCH))) {
        collected += raws.length;
        if (!collectOnly) {
          const postings = await transformBatch(raws, {
            geocoder: geo.geocoder,
            geocodeConcurrency: config.geo.concurrency,
            signal,
            tally,
          });
          for (const posting of postings) {
            await staged.write(posting);
            places.add(posting);
          }
        }
        onProgress({ type: 'postings', collected, processed: places.size });
      }
      await staged.close();
      const outcomes = await collect.outcomes;
      throwIfAborted(signal, { what: 'pipeline run' });
      tally.stages.collect.ms = performance.now() - startedMs;
      tally.stages.collect.out = collected;
      onProgress({ type: 'stage', stage: 'collect', state: 'end' });
      for (const outcome of outcomes) await tally.quarantine(outcome.result.quarantine);
      await geo.flush();
      if (collectOnly) {
        await tally.close();
        return buildRunReport({
          ...reportBase(),
          outcomes,
          tally,
          branches: { companies: 0, splitCompanies: 0, branches: 0 },
          featureRows: 0,
          postings: collected,
          closed: 0,
          sinks: [],
          staged: true,
        });
      }

      // Every source failed (offline, all blocked): committing would mark the slot done with nothing in it.
      const nothingCollected = outcomes.every((outcome) => outcome.result.status === 'error');

      // Stage 2: branches need every posting of a company; only their places were kept in memory.
      const branches = await tally.time('branches', places.size, () =>
        splitBranches(places.places, { toleranceKm: config.geo.branchToleranceKm }),
      );
      places.places.length = 0;

      // Stage 3: everything staged, streamed back into the sinks, which then commit.
      onProgress({ type: 'stage', stage: 'load', state: 'start' });
      const loaded = await loadStage({
        run,
        runId: slot.runId,
        sources: sources.map((source) => source.id),
        branchOf: (index) => branches.postings[index]?.branch,
        sinks: sinkSet,
        tally,
        batchSize: config.batchSize,
        by: config.features.by,
      });
      const closed = outcomes.flatMap((outcome) => outcome.result.closed);
      await sinkSet.markClosed(closed);
      if (nothingCollected) {
        tally.warnings.push('every source failed: nothing was committed; the same runId can be run again');
        await sinkSet.abort();
      }
      const sinkReports = nothingCollected ? [] : await sinkSet.commit();
      onProgress({ type: 'stage', stage: 'load', state: 'end' });

      // Stage 4: the sites' state moves on only when every sink has the data.
      const committed = !nothingCollected && sinkReports.every((report) => report.status === 'committed');
      if (committed) {
        for (const outcome of outcomes) await outcome.run?.commit();
      }
      await tally.close();
      const report = buildRunReport({
        ...reportBase(),
        outcomes,
        tally,
        branches,
        featureRows: loaded.featureRows,
        postings: loaded.postings,
        closed: closed.length,
        sinks: sinkReports,
        failed: nothingCollected,
      });
      if (committed) {
        await writeRunReport(run, report);
        await pruneStaging(config.workDir, KEEP_STAGED_RUNS);
      }
      return report;
    } catch (error) {
      // Nothing is committed: the staged postings stay for a resume, the sinks drop their half-run.
      await sinkSet.abort();
      throw error;
    } finally {
      await sinkSet.dispose();
      await tally.close().catch(() => {});
    }
  } finally {
    await unlock();
  }
}

function safeProgress(
  callback: ((event: PipelineProgress) => void) | undefined,
): (event: PipelineProgress) => void {
  if (!callback) return () => {};
  return (event) => {
    try {
      callback(event);
    } catch {
      // A broken progress bar must not stop a run.
    }
  };
}
