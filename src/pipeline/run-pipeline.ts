// runPipeline: one run of the whole flow. Sources stream into normalize and geocode in bounded batches
// (raw postings go to the lake as they come); once every source is done, companies are split into
// branches, postings and feature rows are written, every sink commits, and only then does each
// source's incremental state advance. Everything a run collects is staged on disk under its runId, so
// a run killed half-way and started again with the same runId refetches nothing it already has. One
// scrubber, knowing every secret of the run, masks what the run reports, emits and throws.
import { splitBranches } from '../geo/branches.js';
import { parseRunId, runSlot } from '../model/run.js';
import type { RunReport } from '../model/run-report.js';
import type { SecretScrubber } from '../model/secret-scrubber.js';
import { collectAndStage } from './collect-and-stage.js';
import { type PipelineConfig, parsePipelineConfig, type ResolvedPipelineConfig } from './config.js';
import { finishCollectOnly, finishRun } from './finish-run.js';
import { JobIndex, jobIndexPath } from './job-index.js';
import { loadAndCommit } from './load-and-commit.js';
import { openRun, type PipelineRun } from './open-run.js';
import type { PipelineProgress } from './progress.js';
import { runScrubber } from './run-scrubber.js';
import { readSecrets, type Secrets } from './secrets.js';
import { lockRun, readRunReport, runDir } from './staging/run-dir.js';

/**
 * Runs the whole flow once for one KST slot and returns its report. Never throws for a failing source
 * or sink (the report says what failed); throws for a wrong configuration, a slot already running in
 * another process, or a geocoder key the provider rejects. No secret of the run (a key or password from
 * the environment or the config) appears in the report, its files, progress events or a thrown error.
 *
 * @throws {ConfigError} naming the wrong setting; {RunLockedError} when the slot is running elsewhere.
 * @example
 * const report = await runPipeline({ sources: ['jumpit', 'wanted'], database: { dialect: 'sqlite' } });
 * report.status; // 'ok'
 * report.totals; // { postings: 3120, featureRows: 21904, closed: 48, quarantined: 3, requests: 3410 }
 */
export async function runPipeline(input: PipelineConfig = {}): Promise<RunReport> {
  const config = parsePipelineConfig(input);
  const secrets = readSecrets(config.env ?? process.env);
  const scrubber = runScrubber(config, secrets);
  try {
    return await lockedRun(config, secrets, scrubber);
  } catch (error) {
    throw scrubber.scrubError(error);
  }
}

/** Returns the report of the run of `config`, or of the slot's earlier run when it was committed. */
async function lockedRun(
  config: ResolvedPipelineConfig,
  secrets: Secrets,
  scrubber: SecretScrubber,
): Promise<RunReport> {
  const started = new Date();
  const startedMs = performance.now();
  const slot = config.runId ? parseRunId(config.runId)! : runSlot(config.now ?? started);
  const dir = runDir(config.workDir, slot.runId);
  const onProgress = safeProgress(config.onProgress, scrubber);
  const signal = config.signal ?? new AbortController().signal;

  const done = config.force ? null : await readRunReport(dir);
  if (done) {
    onProgress({ type: 'run', state: 'skip', runId: slot.runId });
    return scrubber.scrubValue({ ...done, status: 'skipped' });
  }
  const unlock = await lockRun(dir, slot.runId);
  try {
    const start = { slot, dir, started, startedMs, signal, secrets, scrubber, onProgress };
    const run = await openRun(config, start);
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
  const { outcomes, collected, places, jobs } = await collectAndStage(run);
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
  // The copies of one job across sites, over the whole run and the postings it skipped as unchanged.
  const jobIndex = await JobIndex.read(jobIndexPath(run.config.workDir));
  const unchanged = outcomes.flatMap((outcome) => outcome.result.unchanged);
  const jobIds = jobs.link(jobIndex, unchanged, branchOf);
  const jobOf = (index: number) => jobIds[index];
  const loaded = await loadAndCommit(run, { outcomes, branchOf, jobOf, nothingCollected });

  // Stage 4: the sites' state (and the job index) moves on only when every sink has the data.
  const jobState = { index: jobIndex, linked: jobs.linked };
  return finishRun(run, { outcomes, branches, loaded, nothingCollected, jobs: jobState });
}

function safeProgress(
  callback: ((event: PipelineProgress) => void) | undefined,
  scrubber: SecretScrubber,
): (event: PipelineProgress) => void {
  if (!callback) return () => {};
  return (event) => {
    try {
      // Retry reasons and warnings quote what sites said; a progress log must not show a key either.
      callback(scrubber.scrubValue(event));
    } catch {
      // A broken progress bar must not stop a run.
    }
  };
}
