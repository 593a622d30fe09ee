// Progress where nobody watches a terminal (cron, systemd, Airflow logs, pipes): plain lines on stderr.
// Milestones (run, stage, source done, sink, warning) get a line each; counters at most one summary line
// every `intervalMs`, so a 4,000-posting run logs a few dozen lines, not thousands.
import type { PipelineProgress } from '../../pipeline/progress.js';
import type { CliStream } from '../io.js';
import { applyProgress, emptyProgress } from './progress-state.js';
import { count } from './render-frame.js';
import type { ProgressView } from './types.js';

/** Options of {@link plainProgress}. */
export interface PlainProgressOptions {
  /** The clock, ms. */
  now(): number;
  /** Fewest ms between two counter summary lines. @default 10000 */
  intervalMs?: number;
}

/**
 * Returns a progress view that writes rate-limited plain lines to `stream`.
 *
 * @example
 * const view = plainProgress(io.stderr, { now: io.now });
 * // +0.0s run 20261129T0900 started
 * // +0.0s stage collect started
 * // +10.0s progress: 1,200 collected, 1,000 processed; jumpit 400/800, wanted 380/800
 * // +14.2s jumpit done: ok, 800 postings
 */
export function plainProgress(stream: CliStream, options: PlainProgressOptions): ProgressView {
  const state = emptyProgress();
  const started = options.now();
  const interval = options.intervalMs ?? 10_000;
  const stageStarted = new Map<string, number>();
  let lastSummary = started;
  let ticksSinceSummary = 0;

  const log = (text: string) =>
    stream.write(`ohmystack +${((options.now() - started) / 1000).toFixed(1)}s ${text}\n`);

  const summary = () => {
    const sources = [...state.sources.values()]
      .filter((source) => !source.done)
      .map((source) =>
        source.detailsTotal > 0
          ? `${source.source} ${count(source.detailsDone)}/${count(source.detailsTotal)}`
          : `${source.source} listed ${count(source.listed)}`,
      );
    const postings = `${count(state.collected)} collected, ${count(state.processed)} processed`;
    log(`progress: ${postings}${sources.length > 0 ? `; ${sources.join(', ')}` : ''}`);
    lastSummary = options.now();
    ticksSinceSummary = 0;
  };

  return {
    onProgress(event: PipelineProgress) {
      const milestone = applyProgress(state, event);
      if (!milestone) {
        ticksSinceSummary++;
        if (options.now() - lastSummary >= interval) summary();
        return;
      }
      switch (event.type) {
        case 'run':
          log(`run ${event.runId} ${RUN_WORDS[event.state]}`);
          break;
        case 'stage':
          if (event.state === 'start') {
            stageStarted.set(event.stage, options.now());
            log(`stage ${event.stage} started`);
          } else {
            const seconds = (options.now() - (stageStarted.get(event.stage) ?? started)) / 1000;
            log(`stage ${event.stage} done in ${seconds.toFixed(1)}s`);
          }
          break;
        case 'source-done':
          log(`${event.source} done: ${event.status}, ${count(event.emitted)} postings`);
          break;
        case 'sink':
          log(`sink ${event.sink} ${event.state === 'commit' ? 'committing' : event.state}`);
          break;
        case 'warning':
          log(`warning: ${event.message}`);
          break;
      }
    },
    finish() {
      if (ticksSinceSummary > 0) summary();
    },
  };
}

const RUN_WORDS = {
  start: 'started',
  resume: 'resumed from staged postings',
  skip: 'skipped (already committed)',
};
