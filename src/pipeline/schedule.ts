// The eight daily runs: one per 3-hour KST slot (00, 03, …, 21 Asia/Seoul), the cadence of the original
// Airflow pipeline. croner's `protect` keeps a slot that comes due while the previous one is still running
// from starting beside it in this process: it waits and starts once the running one ends (croner re-checks
// the due slot every 30 s), as Airflow's max_active_runs=1 queues the next run. The run's lock file already
// stops a second process from running the same slot.
import { Cron } from 'croner';
import { runSlot } from '../model/run.js';
import type { RunReport } from '../model/run-report.js';
import { type PipelineConfig, parsePipelineConfig } from './config.js';
import { runPipeline } from './run-pipeline.js';

/** The slots' cron pattern: minute 0 of hours 0, 3, …, 21 (five fields, read in {@link SLOT_TIMEZONE}). */
export const SLOT_PATTERN = '0 0,3,6,9,12,15,18,21 * * *';

/** Slots are KST: partitions and run ids use Asia/Seoul whatever the machine's zone. */
export const SLOT_TIMEZONE = 'Asia/Seoul';

/** A slot that came due while the previous one was still running: it waits for that one to end. */
export interface BlockedSlot {
  /** The run id of the waiting slot. */
  runId: string;
  /** The run id still running. */
  runningRunId: string | null;
}

/** Options of {@link schedulePipeline}. */
export interface ScheduleOptions {
  /** Called with each slot's report (any status: ok, partial, failed, skipped, staged). */
  onReport?(report: RunReport): void;
  /** Called when a slot's run throws (a slot locked by another process, an invalid key…); the schedule goes on. */
  onError?(error: unknown, runId: string): void;
  /** Called when a slot starts, before its run. */
  onStart?(runId: string): void;
  /**
   * Called once when a slot comes due while the previous one is still running; it starts when that one
   * ends (late, with its own run id), or merges into the following slot if that one is due by then.
   */
  onBlocked?(slot: BlockedSlot): void;
  /**
   * Runs one slot; tests pass a fake, a wrapper can add logging.
   * @default runPipeline
   */
  run?(config: PipelineConfig): Promise<RunReport>;
}

/** A running schedule. */
export interface PipelineSchedule {
  /** Starts no more slots; a slot already running finishes (abort it through the config's `signal`). */
  stop(): void;
  /**
   * Returns the next `n` slot start times after `from` (now by default).
   * @example schedule.nextRuns(2, new Date('2026-11-29T10:30:00+09:00')) // [12:00 KST, 15:00 KST]
   */
  nextRuns(n: number, from?: Date): Date[];
  /** True while a slot's run is in progress. */
  isBusy(): boolean;
  /** Resolves when no slot is running (at once when idle). */
  idle(): Promise<void>;
}

/**
 * Returns the next `n` KST slot start times after `from`, without scheduling anything.
 *
 * @example nextSlotTimes(3, new Date('2026-11-29T22:10:00+09:00')).map((d) => d.toISOString())
 * // ['2026-11-29T15:00:00.000Z', '2026-11-29T18:00:00.000Z', '2026-11-29T21:00:00.000Z'] (00:00, 03:00, 06:00 KST)
 */
export function nextSlotTimes(n: number, from: Date = new Date()): Date[] {
  return new Cron(SLOT_PATTERN, { timezone: SLOT_TIMEZONE }).nextRuns(n, from);
}

/**
 * Runs the pipeline at every KST slot (00, 03, …, 21 Asia/Seoul) until stopped, each run with the slot's
 * run id. The config is checked at once, so a wrong setting fails now rather than at 03:00.
 *
 * @throws {ConfigError} naming the wrong setting.
 * @example
 * const schedule = schedulePipeline(
 *   { sources: ['jumpit', 'wanted'] },
 *   { onReport: (report) => console.log(report.runId, report.status, report.totals.postings) },
 * );
 * schedule.nextRuns(1); // [the next 00/03/…/21시 KST]
 * process.on('SIGTERM', () => schedule.stop());
 */
export function schedulePipeline(config: PipelineConfig, options: ScheduleOptions = {}): PipelineSchedule {
  parsePipelineConfig(config);
  const run = options.run ?? runPipeline;
  let current: { runId: string; done: Promise<void> } | null = null;
  let lastBlocked: string | null = null;

  const runSlotOnce = async (at: Date): Promise<void> => {
    const { runId } = runSlot(at);
    let finish = () => {};
    current = { runId, done: new Promise<void>((resolve) => (finish = resolve)) };
    try {
      options.onStart?.(runId);
      const report = await run({ ...config, runId });
      options.onReport?.(report);
    } catch (error) {
      if (options.onError) options.onError(error, runId);
    } finally {
      current = null;
      finish();
    }
  };

  const job = new Cron(
    SLOT_PATTERN,
    {
      timezone: SLOT_TIMEZONE,
      // croner calls this when the due slot finds the previous one running, and again at each re-check.
      protect: () => {
        // The due slot is the one "now" falls in (slots are 3 h apart, re-checks 30 s).
        const { runId } = runSlot(new Date());
        if (runId === lastBlocked) return;
        lastBlocked = runId;
        options.onBlocked?.({ runId, runningRunId: current?.runId ?? null });
      },
      // runSlotOnce catches everything; this only keeps a throwing callback from killing the timer loop.
      catch: true,
    },
    (self: Cron) => runSlotOnce(self.currentRun() ?? new Date()),
  );

  return {
    stop: () => job.stop(),
    nextRuns: (n, from) => job.nextRuns(n, from ?? new Date()),
    isBusy: () => current !== null,
    idle: () => current?.done ?? Promise.resolve(),
  };
}
