import type { PipelineProgress } from '../../pipeline/progress.js';

/** A progress view: fed every event of a run, closed when the run ends. */
export interface ProgressView {
  onProgress(event: PipelineProgress): void;
  /** Draws the final state (a terminal view leaves its last frame on screen). */
  finish(): void;
}
