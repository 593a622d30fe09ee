// The collect stage: every source at once (bounded), each posting written to the run's staging file
// before it flows on, so a resumed run replays what it has and asks the sites only for the rest. One
// bounded channel merges the sources: a slow downstream slows the crawl instead of filling memory.
import pLimit from 'p-limit';
import type { RawPosting } from '../model/raw-posting.js';
import { Channel } from '../sources/collect/channel.js';
import { postingId } from '../sources/collect/context.js';
import type { HttpClient, Source, SourceResult, SourceRun, StateStore } from '../sources/types.js';
import type { PipelineProgress } from './progress.js';
import { JsonlAppender, readJsonl, repairJsonl } from './staging/jsonl-file.js';
import type { RunDir } from './staging/run-dir.js';

/** What one source did, with the run to commit once every sink has committed. */
export interface SourceOutcome {
  source: string;
  result: SourceResult;
  /** Absent when the source could not even start. */
  run?: SourceRun;
  /** Postings replayed from an interrupted attempt's staging file. */
  replayed: number;
  requests: number;
  durationMs: number;
}

export interface CollectStageOptions {
  run: RunDir;
  http: HttpClient;
  state: StateStore;
  signal: AbortSignal;
  now: Date;
  sourceConcurrency: number;
  detailConcurrency: number;
  maxPages: number;
  /** Detail requests per source and run. @default the collector's (CollectOptions.maxDetailRequests) */
  maxDetailRequests?: number;
  /** Postings buffered between the sources and the next stage. */
  bufferSize: number;
  onProgress(event: PipelineProgress): void;
}

/** The merged stream of every source's postings, and the sources' outcomes once it ends. */
export interface CollectStage {
  postings: AsyncIterable<RawPosting>;
  outcomes: Promise<SourceOutcome[]>;
}

/**
 * Starts collecting `sources`. Iterate `postings` (once) to drive it; `outcomes` settles after the
 * stream ends and never rejects: a failing source is an outcome with status 'error'.
 */
export function collectStage(sources: readonly Source[], options: CollectStageOptions): CollectStage {
  const channel = new Channel<RawPosting>(options.bufferSize);
  const limit = pLimit(options.sourceConcurrency);
  options.signal.addEventListener('abort', () => channel.abort(), { once: true });
  let started: Promise<SourceOutcome[]> | undefined;
  const start = () => {
    started ??= Promise.all(
      sources.map((source) => limit(() => collectOne(source, channel, options))),
    ).finally(() => channel.close());
    return started;
  };
  return {
    postings: {
      [Symbol.asyncIterator]() {
        void start();
        return {
          next: () => channel.next(),
          async return() {
            channel.abort();
            return { value: undefined, done: true };
          },
        };
      },
    },
    get outcomes() {
      return start();
    },
  };
}

async function collectOne(
  source: Source,
  channel: Channel<RawPosting>,
  options: CollectStageOptions,
): Promise<SourceOutcome> {
  const started = performance.now();
  const requestsBefore = options.http.stats(source.id).requests;
  const path = options.run.collected(source.id);
  const staged = new Set<string>();
  let run: SourceRun | undefined;
  try {
    // A line torn by a kill is cut off first: that posting is simply fetched again.
    await repairJsonl(path);
    for await (const raw of readJsonl<RawPosting>(path)) {
      staged.add(postingId(source.id, raw));
      if (!(await channel.push(raw))) break;
    }
    // Durable: a posting is on disk before it flows on, so a resume never fetches it again.
    const appender = await JsonlAppender.open(path, { durable: true });
    try {
      run = source.collect({
        http: options.http,
        state: options.state,
        signal: options.signal,
        now: options.now,
        skip: staged,
        detailConcurrency: options.detailConcurrency,
        maxPages: options.maxPages,
        maxDetailRequests: options.maxDetailRequests,
        onProgress: (event) => options.onProgress({ type: 'source', event }),
      });
      for await (const raw of run) {
        await appender.write(raw);
        if (!(await channel.push(raw))) break;
      }
    } finally {
      await appender.close();
    }
    const result = await run.result;
    options.onProgress({
      type: 'source-done',
      source: source.id,
      status: result.status,
      emitted: result.counts.emitted,
    });
    return outcome(source, options, { result, run, replayed: staged.size, requestsBefore, started });
  } catch (error) {
    // Staging failed (disk full, permissions) or a custom Source threw: the source is an error, the run goes on.
    const result = run ? await run.result : failedResult(source.id, error);
    return outcome(source, options, { result, replayed: staged.size, requestsBefore, started });
  }
}

function outcome(
  source: Source,
  options: CollectStageOptions,
  parts: { result: SourceResult; run?: SourceRun; replayed: number; requestsBefore: number; started: number },
): SourceOutcome {
  return {
    source: source.id,
    result: parts.result,
    ...(parts.run ? { run: parts.run } : {}),
    replayed: parts.replayed,
    requests: options.http.stats(source.id).requests - parts.requestsBefore,
    durationMs: Math.round(performance.now() - parts.started),
  };
}

function failedResult(source: string, error: unknown): SourceResult {
  const now = new Date().toISOString();
  const message = error instanceof Error ? error.message : String(error);
  return {
    source,
    status: 'error',
    counts: {
      listed: 0,
      fetched: 0,
      skippedUnchanged: 0,
      emitted: 0,
      quarantined: 0,
      retried: 0,
      failedRequests: 0,
      closed: 0,
      resumed: 0,
      deferred: 0,
    },
    closed: [],
    unchanged: [],
    quarantine: [],
    warnings: [],
    error: { code: 'source_failed', message: `[ohmystack:${source}] ${message}` },
    startedAt: now,
    finishedAt: now,
  };
}
