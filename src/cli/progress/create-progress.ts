// Picks the progress view: bars redrawn in place when stderr is a terminal, plain rate-limited lines
// otherwise (cron, CI, pipes), nothing with --quiet. Progress always goes to stderr, so `--json` output on
// stdout stays one clean document.
import type { CliIo } from '../io.js';
import { plainProgress } from './plain-progress.js';
import { ttyProgress } from './tty-progress.js';
import type { ProgressView } from './types.js';

const SILENT: ProgressView = { onProgress() {}, finish() {} };

/**
 * Returns the progress view for this terminal.
 *
 * @example const view = createProgress(io, { quiet: args.quiet });
 */
export function createProgress(io: CliIo, options: { quiet?: boolean } = {}): ProgressView {
  if (options.quiet) return SILENT;
  // CI systems often attach a pseudo-terminal that cannot redraw; TERM=dumb cannot either.
  const canRedraw = io.stderr.isTTY === true && !io.env.CI && io.env.TERM !== 'dumb';
  return canRedraw ? ttyProgress(io.stderr, { now: io.now }) : plainProgress(io.stderr, { now: io.now });
}
