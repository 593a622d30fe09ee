// The public surface of the pipeline: one call for a whole run, its configuration, the offline demo (which
// lives in ohmystack/testing and is loaded only when run) and the schedule helpers.
export type { PipelineConfig, ResolvedPipelineConfig, SiteId, SiteSpec } from './config.js';
export { DEFAULT_SITES, PipelineConfigSchema, parsePipelineConfig, SITE_IDS } from './config.js';
export type { DemoCount, DemoOptions, DemoResult } from './demo.js';
export { runDemo } from './demo.js';
export { configFromEnv } from './env-config.js';
export type { LoadConfigOptions } from './load-config.js';
export { loadConfig } from './load-config.js';
export type { PipelineProgress, StageName } from './progress.js';
export { STAGES } from './progress.js';
export { runPipeline } from './run-pipeline.js';
export type { BlockedSlot, PipelineSchedule, ScheduleOptions } from './schedule.js';
export { nextSlotTimes, SLOT_PATTERN, SLOT_TIMEZONE, schedulePipeline } from './schedule.js';
export type { Secrets } from './secrets.js';
export { readSecrets, SECRET_ENV } from './secrets.js';
export { readRunReport, runDir } from './staging/run-dir.js';
