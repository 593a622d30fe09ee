// What a run has done so far, folded from its PipelineProgress events. Both progress views (redrawn bars
// on a terminal, plain log lines elsewhere) render this one state, so they never disagree.
import type { PipelineProgress, StageName } from '../../pipeline/progress.js';

/** One source's progress. */
export interface SourceProgressState {
  source: string;
  /** Postings seen in list pages so far. */
  listed: number;
  pages: number;
  detailsDone: number;
  detailsTotal: number;
  retries: number;
  /** Set when the source has finished. */
  done?: { status: string; emitted: number };
}

/** A run's progress so far. */
export interface ProgressState {
  runId: string | null;
  /** How the run began: a fresh start, a resume of staged postings, or a skip (slot already done). */
  runState: 'start' | 'resume' | 'skip' | null;
  /** The stage running now (the last one started). */
  stage: StageName | null;
  sources: Map<string, SourceProgressState>;
  collected: number;
  processed: number;
  sinks: Map<string, 'commit' | 'committed' | 'failed'>;
  warnings: string[];
}

/** Returns the state before any event. */
export function emptyProgress(): ProgressState {
  return {
    runId: null,
    runState: null,
    stage: null,
    sources: new Map(),
    collected: 0,
    processed: 0,
    sinks: new Map(),
    warnings: [],
  };
}

/**
 * Folds one event into `state` (in place) and returns whether it is a milestone (run, stage, source done,
 * sink, warning) that a view shows at once, rather than a counter tick it may rate-limit.
 *
 * @example applyProgress(state, { type: 'stage', stage: 'collect', state: 'start' }) // true
 */
export function applyProgress(state: ProgressState, event: PipelineProgress): boolean {
  switch (event.type) {
    case 'run':
      state.runId = event.runId;
      state.runState = event.state;
      return true;
    case 'stage':
      if (event.state === 'start') state.stage = event.stage;
      return true;
    case 'source': {
      const inner = event.event;
      const source = sourceOf(state, inner.source);
      if (inner.type === 'list') {
        source.listed += inner.items;
        source.pages++;
      } else if (inner.type === 'detail') {
        source.detailsDone = inner.done;
        source.detailsTotal = inner.total;
      } else {
        source.retries++;
      }
      return false;
    }
    case 'source-done':
      sourceOf(state, event.source).done = { status: event.status, emitted: event.emitted };
      return true;
    case 'postings':
      state.collected = event.collected;
      state.processed = event.processed;
      return false;
    case 'sink':
      state.sinks.set(event.sink, event.state);
      return true;
    case 'warning':
      state.warnings.push(event.message);
      return true;
  }
}

function sourceOf(state: ProgressState, name: string): SourceProgressState {
  let source = state.sources.get(name);
  if (!source) {
    source = { source: name, listed: 0, pages: 0, detailsDone: 0, detailsTotal: 0, retries: 0 };
    state.sources.set(name, source);
  }
  return source;
}
