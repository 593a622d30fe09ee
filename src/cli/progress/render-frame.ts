// The lines of one progress frame on a terminal: a header, a bar per source, the postings through the
// streamed stages and the sinks' commits. Pure: the terminal view only decides when to draw.
import { fitWidth, padWidth } from '../format/text-width.js';
import type { ProgressState, SourceProgressState } from './progress-state.js';

const BAR_WIDTH = 20;

/** Options of {@link renderFrame}. */
export interface RenderFrameOptions {
  elapsedMs: number;
  /** Lines are cut to this many columns, so a redraw never wraps. @default 100 */
  columns?: number;
}

/**
 * Returns the lines of a progress frame.
 *
 * @example renderFrame(state, { elapsedMs: 12_000 })[0] // 'ohmystack  run 20261129T0900 · collect · 12s'
 */
export function renderFrame(state: ProgressState, options: RenderFrameOptions): string[] {
  const columns = Math.max(40, options.columns ?? 100);
  const head = [
    'ohmystack ',
    state.runId ? `run ${state.runId}${state.runState === 'resume' ? ' (resumed)' : ''}` : 'starting',
    state.stage ? `· ${state.stage}` : '',
    `· ${formatSeconds(options.elapsedMs)}`,
  ];
  const lines = [head.filter(Boolean).join(' ')];
  const nameWidth = Math.max(10, ...[...state.sources.keys()].map((name) => name.length));
  for (const source of state.sources.values()) {
    lines.push(`  ${padWidth(source.source, nameWidth)}  ${sourceLine(source)}`);
  }
  if (state.collected > 0 || state.processed > 0) {
    const processed = state.processed > 0 ? ` · ${count(state.processed)} processed` : '';
    lines.push(`  ${padWidth('postings', nameWidth)}  ${count(state.collected)} collected${processed}`);
  }
  if (state.sinks.size > 0) {
    const sinks = [...state.sinks].map(([sink, sinkState]) => `${sink} ${SINK_MARK[sinkState]}`);
    lines.push(`  ${padWidth('sinks', nameWidth)}  ${sinks.join('  ')}`);
  }
  return lines.map((line) => fitWidth(line, columns - 1));
}

const SINK_MARK = { commit: '…', committed: '✓', failed: '✗' } as const;

function sourceLine(source: SourceProgressState): string {
  if (source.done) {
    const mark = source.done.status === 'ok' || source.done.status === 'empty' ? '✓' : '!';
    return `${mark} ${source.done.status}  ${count(source.done.emitted)} postings${retries(source)}`;
  }
  if (source.detailsTotal > 0) {
    const share = Math.min(1, source.detailsDone / source.detailsTotal);
    const filled = Math.round(share * BAR_WIDTH);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}`;
    return `${bar}  ${count(source.detailsDone)}/${count(source.detailsTotal)} details · listed ${count(source.listed)}${retries(source)}`;
  }
  return `listing… ${count(source.listed)} listed (${source.pages} pages)${retries(source)}`;
}

function retries(source: SourceProgressState): string {
  return source.retries > 0 ? ` · ${source.retries} retries` : '';
}

/** Returns a whole number with thousands separators. */
export function count(value: number): string {
  return value.toLocaleString('en-US');
}

/** Returns elapsed time as '12s' or '3m 04s'. */
export function formatSeconds(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < 60) return `${seconds}s`;
  return `${Math.floor(seconds / 60)}m ${String(seconds % 60).padStart(2, '0')}s`;
}
