// `ohmystack run --schedule`: the pipeline at every KST slot until Ctrl-C or SIGTERM. Each slot gets its
// own progress view and report (a summary, or one JSON line per slot with --json); a failing slot is
// logged and the schedule goes on. Stopping aborts the running slot cleanly (it resumes next time).

import { kstWallClock } from '../model/kst.js';
import type { PipelineConfig } from '../pipeline/config.js';
import { schedulePipeline } from '../pipeline/schedule.js';
import type { CommandEnv } from './command-env.js';
import type { ExitCode } from './exit-codes.js';
import { formatRunSummary } from './format/run-summary.js';
import { formatError } from './format-error.js';
import { watchInterrupt } from './interrupt.js';
import { createProgress } from './progress/create-progress.js';
import type { ProgressView } from './progress/types.js';
import type { RunOutputOptions } from './run-with-progress.js';

/**
 * Runs the pipeline on the eight daily KST slots until interrupted; returns 130 (SIGINT) or 143 (SIGTERM).
 *
 * @example env.exit.code = await runSchedule(env, config, { json: false });
 */
export async function runSchedule(
  env: CommandEnv,
  config: PipelineConfig,
  options: RunOutputOptions & { debug?: boolean },
): Promise<ExitCode> {
  const { io } = env;
  const interrupt = watchInterrupt(io);
  let view: ProgressView | null = null;
  const endView = () => {
    view?.finish();
    view = null;
  };
  const log = (text: string) => io.stderr.write(`ohmystack: ${text}\n`);
  const schedule = schedulePipeline(
    { ...config, signal: interrupt.signal, onProgress: (event) => view?.onProgress(event) },
    {
      onStart(runId) {
        log(`slot ${runId} starting`);
        view = createProgress(io, { quiet: options.quiet });
      },
      onReport(report) {
        endView();
        if (options.json) io.stdout.write(`${JSON.stringify(report)}\n`);
        else io.stdout.write(`${formatRunSummary(report).join('\n')}\n\n`);
        log(`next slot: ${formatKst(schedule.nextRuns(1)[0])}`);
      },
      onError(error, runId) {
        endView();
        if (interrupt.exitCode !== null) return;
        log(`slot ${runId} failed:`);
        io.stderr.write(formatError(error, { debug: options.debug, env: io.env }));
      },
      onBlocked(slot) {
        log(
          `slot ${slot.runId} is due while ${slot.runningRunId ?? 'the previous slot'} still runs; it starts when that ends`,
        );
      },
    },
  );
  const next = schedule.nextRuns(3).map(formatKst).join(', ');
  log(`scheduled: eight KST slots a day (00, 03, …, 21 Asia/Seoul); next ${next}. Ctrl-C stops.`);
  await new Promise<void>((resolve) => {
    if (interrupt.signal.aborted) resolve();
    interrupt.signal.addEventListener('abort', () => resolve(), { once: true });
  });
  schedule.stop();
  await schedule.idle();
  interrupt.dispose();
  log('schedule stopped');
  return interrupt.exitCode!;
}

/**
 * Returns a moment as KST wall time.
 *
 * @example formatKst(new Date('2026-11-29T00:00:00Z')) // '2026-11-29 09:00 KST'
 */
export function formatKst(date: Date | undefined): string {
  if (!date) return 'none';
  return `${kstWallClock(date).slice(0, 16).replace('T', ' ')} KST`;
}
