// Progress on a terminal: one block of lines redrawn in place on stderr (cursor up, clear, draw), at most
// every `intervalMs` for counter ticks and at once for milestones. Warnings are printed above the block
// and stay in the scrollback.
import type { PipelineProgress } from '../../pipeline/progress.js';
import type { CliStream } from '../io.js';
import { applyProgress, emptyProgress } from './progress-state.js';
import { renderFrame } from './render-frame.js';
import type { ProgressView } from './types.js';

/** Options of {@link ttyProgress}. */
export interface TtyProgressOptions {
  /** The clock, ms. */
  now(): number;
  /** Fewest ms between redraws caused by counter ticks. @default 100 */
  intervalMs?: number;
}

/**
 * Returns a progress view that redraws its block in place on `stream` (a terminal).
 *
 * @example const view = ttyProgress(io.stderr, { now: io.now }); await runPipeline({ onProgress: view.onProgress });
 */
export function ttyProgress(stream: CliStream, options: TtyProgressOptions): ProgressView {
  const state = emptyProgress();
  const started = options.now();
  const interval = options.intervalMs ?? 100;
  let drawnLines = 0;
  let lastDraw = Number.NEGATIVE_INFINITY;
  let warningsShown = 0;

  const draw = () => {
    const now = options.now();
    lastDraw = now;
    const lines = renderFrame(state, {
      elapsedMs: now - started,
      ...(stream.columns ? { columns: stream.columns } : {}),
    });
    // Up to the block's first line, clear to the end of the screen, then draw anew.
    let out = drawnLines > 0 ? `\u001B[${drawnLines}A\r\u001B[J` : '';
    for (; warningsShown < state.warnings.length; warningsShown++) {
      out += `warning: ${state.warnings[warningsShown]}\n`;
    }
    out += `${lines.join('\n')}\n`;
    stream.write(out);
    drawnLines = lines.length;
  };

  return {
    onProgress(event: PipelineProgress) {
      const milestone = applyProgress(state, event);
      if (milestone || options.now() - lastDraw >= interval) draw();
    },
    finish() {
      draw();
    },
  };
}
