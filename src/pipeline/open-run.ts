// A run once its slot is locked: the sources, geocoder, sinks, HTTP client and tally built from the
// config, and what every later stage needs to know about the run itself. Nothing connects here: sinks
// open on their first write.
import type { PoliteHttpClient } from '../http/http-client.js';
import type { RunSlot } from '../model/run.js';
import type { SecretScrubber } from '../model/secret-scrubber.js';
import type { RunContext } from '../sinks/types.js';
import type { Source } from '../sources/types.js';
import { buildGeocoder, type RunGeocoder } from './build-geocoder.js';
import { buildHttpClient } from './build-http-client.js';
import type { RunReportInput } from './build-run-report.js';
import { buildSinks } from './build-sinks.js';
import { buildSources } from './build-sources.js';
import type { ResolvedPipelineConfig } from './config.js';
import type { PipelineProgress } from './progress.js';
import { RunSinkSet } from './run-sinks.js';
import { RunTally } from './run-tally.js';
import { scrubbedSource } from './scrubbed-source.js';
import type { Secrets } from './secrets.js';
import { JsonlAppender } from './staging/jsonl-file.js';
import { hasStagedPostings, type RunDir } from './staging/run-dir.js';

/** What the run knows about itself before it starts. */
export interface RunStart {
  slot: RunSlot;
  dir: RunDir;
  started: Date;
  /** `performance.now()` when the run started. */
  startedMs: number;
  signal: AbortSignal;
  /** The secrets the run's clients use, read once from the environment. */
  secrets: Secrets;
  /** Knows every secret of the run: whatever the run writes or throws passes it. */
  scrubber: SecretScrubber;
  onProgress(event: PipelineProgress): void;
}

/** A locked run and everything its stages share. */
export interface PipelineRun extends RunStart {
  config: ResolvedPipelineConfig;
  /** True when an interrupted attempt of the same slot left staged postings. */
  resumed: boolean;
  sources: Source[];
  geo: RunGeocoder;
  http: PoliteHttpClient;
  tally: RunTally;
  sinkSet: RunSinkSet;
  /** The report's fields about the run itself, its duration measured at the call. */
  reportBase(): Pick<
    RunReportInput,
    'slot' | 'started' | 'durationMs' | 'resumed' | 'geocoder' | 'aborted' | 'scrubber'
  >;
}

/**
 * Returns the run's stages' shared state, built from `config`; emits the run's 'start' or 'resume'
 * event. Call with the slot locked; dispose `sinkSet` and close `tally` when the run ends. Every source's
 * postings and result, and every quarantine entry, pass `start.scrubber`.
 *
 * @throws {MissingOptionError} for `geo.geocoder: 'kakao'` without its key, or a database without its URL.
 * @example
 * const run = await openRun(config, { slot, dir, started, startedMs, signal, secrets, scrubber, onProgress });
 * run.sources.map((source) => source.id); // ['jumpit', 'wanted']
 */
export async function openRun(config: ResolvedPipelineConfig, start: RunStart): Promise<PipelineRun> {
  const { slot, dir, signal, secrets, scrubber, onProgress } = start;
  const resumed = await hasStagedPostings(dir);
  onProgress({ type: 'run', state: resumed ? 'resume' : 'start', runId: slot.runId });
  const sources = buildSources(config.sources, secrets).map((source) => scrubbedSource(source, scrubber));
  const geo = buildGeocoder(config, secrets, signal);
  const sinks = buildSinks(config, secrets);
  const context: RunContext = { runId: slot.runId, dt: slot.dt, hr: slot.hr, signal };
  const tally = new RunTally(await JsonlAppender.open(dir.quarantine, { truncate: true }), scrubber);
  const sinkSet = new RunSinkSet(sinks, context, tally, onProgress, scrubber);
  const http = buildHttpClient(config.http);
  return {
    ...start,
    config,
    resumed,
    sources,
    geo,
    http,
    tally,
    sinkSet,
    reportBase: () => ({
      slot,
      started: start.started,
      durationMs: performance.now() - start.startedMs,
      resumed,
      geocoder: geo.geocoder,
      aborted: signal.aborted,
      scrubber,
    }),
  };
}
