// runPipeline: one run of the whole flow. Sources stream into normalize and geocode in bounded batches
// (raw postings go to the lake as they come); once every source is done, companies are split into
// branches, postings and feature rows are written, every sink commits, and only then does each
// source's incremental state advance. Everything a run collects is staged on disk under its runId, so
// a run killed half-way and started again with the same runId refetches nothing it already has.
import { splitBranches } from '../geo/branches.js';
import { parseRunId, runSlot } from '../model/run.js';
import type { RunReport } from '../model/run-report.js';
import { collectAndStage } from './collect-and-stage.js';
import { type PipelineConfig, parsePipelineConfig } from './config.js';
import { finishCollectOnly, finishRun } from './finish-run.js';
import { loadAndCommit } from './load-and-commit.js';
import { openRun, type PipelineRun } from './open-run.js';
import type { PipelineProgress } from './progress.js';
import { lockRun, readRunReport, runDir } from './staging/run-dir.js';

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
  const dir = runDir(config.workDir, slot.runId);
  const onProgress = safeProgress(config.onProgress);
  const signal = config.signal ?? new AbortController().signal;

  const done = config.force ? null : await readRunReport(dir);
  if (done) {
    onProgress({ type: 'run', state: 'skip', runId: slot.runId });
    return { ...done, status: 'skipped' };
  }
  const unlock = await lockRun(dir, slot.runId);
  try {
    const run = await openRun(config, { slot, dir, started, startedMs, signal, onProgress });
    try {
      return await runStages(run);
    } catch (error) {
      // Nothing is committed: the staged postings stay for a resume, the sinks drop their half-run.
      await run.sinkSet.abort();
      throw error;
    } finally {
      await run.sinkSet.dispose();
      await run.tally.close().catch(() => {});
    }
  } finally {
    await unlock();
  }
}

/** Returns the report of a locked, opened run, after running its stages in order. */
async function runStages(run: PipelineRun): Promise<RunReport> {
  // Stage 1, streamed: collect → normalize → geocode, in small batches, each posting staged on disk.
  const { outcomes, collected, places } = await collectAndStage(run);
  await run.geo.flush();
  if (run.config.stopAfter === 'collect') return finishCollectOnly(run, outcomes, collected);

  // Every source failed (offline, all blocked): committing would mark the slot done with nothing in it.
  const nothingCollected = outcomes.every((outcome) => outcome.result.status === 'error');

  // Stage 2: branches need every posting of a company; only their places were kept in memory.
  const branches = await run.tally.time('branches', places.size, () =>
    splitBranches(places.places, { toleranceKm: run.config.geo.branchToleranceKm }),
  );
  places.places.length = 0;

  // Stage 3: everything staged, streamed back into the sinks, which then commit.
  const branchOf = (index: number) => branches.postings[index]?.branch;
  const loaded = await loadAndCommit(run, { outcomes, branchOf, nothingCollected });

  // Stage 4: the sites' state moves on only when every sink has the data.
  return finishRun(run, { outcomes, branches, loaded, nothingCollected });
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
