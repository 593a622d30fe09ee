// What a running pipeline tells a progress bar or a log, one small object per event. The library itself
// stays quiet: these only go to `onProgress`.
import type { SourceProgress } from '../sources/types.js';

/** The stages of a run, in order. */
export const STAGES = ['collect', 'normalize', 'geocode', 'branches', 'features', 'load'] as const;
export type StageName = (typeof STAGES)[number];

export type PipelineProgress =
  | { type: 'run'; state: 'start' | 'resume' | 'skip'; runId: string }
  /** A source's own progress (list pages, details done/total, retries). */
  | { type: 'source'; event: SourceProgress }
  | { type: 'source-done'; source: string; status: string; emitted: number }
  /** Postings through the streamed stages so far. */
  | { type: 'postings'; collected: number; processed: number }
  | { type: 'stage'; stage: StageName; state: 'start' | 'end' }
  | { type: 'sink'; sink: string; state: 'commit' | 'committed' | 'failed' }
  | { type: 'warning'; message: string };
