// The engine every site runs on: prepare, walk the lists, dedupe, skip unchanged postings, fetch and
// merge details with bounded concurrency, hand postings to the consumer through a bounded buffer, and
// report. Nothing escapes as an exception: a failing source ends its iteration and says why in `result`.
import { setMaxListeners } from 'node:events';
import { abortedError, throwIfAborted } from '../http/abort.js';
import { createHttpClient } from '../http/http-client.js';
import { toKstIso } from '../model/kst.js';
import type { RawPosting } from '../model/raw-posting.js';
import { Channel } from './collect/channel.js';
import { type CollectContext, isAbort, postingId } from './collect/context.js';
import {
  adoptPostingIds,
  buildResult,
  closedIds,
  nextState,
  RunRecord,
  statusOf,
} from './collect/run-record.js';
import { walkAll } from './collect/walk-all.js';
import type {
  CollectOptions,
  HttpClient,
  SiteAdapter,
  SourceResult,
  SourceRun,
  SourceState,
} from './types.js';

/**
 * Postings buffered between the workers and a slow consumer. With `detailConcurrency` details in
 * flight and as many queued, the crawl runs at most about 16 + 2 × detailConcurrency postings ahead.
 */
export const COLLECT_BUFFER_SIZE = 16;

/**
 * Detail requests one run of one source makes at most (`CollectOptions.maxDetailRequests`): about 83
 * minutes at the client's default 2 requests per second per host, so a run eight times a day (every
 * three hours) finishes before the next, while the few thousand postings a site lists never reach it.
 */
export const DEFAULT_MAX_DETAIL_REQUESTS = 10_000;

interface Delivery {
  posting: RawPosting;
  id: string;
  fingerprint: string | undefined;
}

/**
 * Returns one run of `adapter`: iterate it for postings (once), then read `result` (never rejects),
 * then call `commit()` after the postings are safely stored, to advance the incremental state. The
 * run starts on the first `next()`; a consumer that stops early (`break`) stops the crawl.
 *
 * @example
 * const run = collectSite(jumpitAdapter(), { state: fileStateStore(), http: createHttpClient() });
 * for await (const raw of run) await sink.write(raw);
 * const report = await run.result; // { status: 'ok', counts: { listed: 1210, … }, … }
 * await run.commit();
 */
export function collectSite(adapter: SiteAdapter, options: CollectOptions = {}): SourceRun {
  const record = new RunRecord(adapter.id);
  const channel = new Channel<Delivery>(COLLECT_BUFFER_SIZE);
  const stop = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
  // Every request in flight listens to this signal; dozens at once are expected, not a leak.
  setMaxListeners(0, signal);
  let resolveResult!: (result: SourceResult) => void;
  const result = new Promise<SourceResult>((resolve) => {
    resolveResult = resolve;
  });
  let started = false;
  let crawled: Crawled | undefined;
  let consumerDone = false;
  let iterated = false;
  let finalState: SourceState | undefined;
  let committing: Promise<void> | undefined;

  // End the consumer's iteration at once on abort; buffered postings were never delivered, so they are
  // neither counted nor remembered.
  signal.addEventListener('abort', () => channel.abort(), { once: true });

  // The report waits for both the crawl and the consumer: `emitted` and the next state count only
  // postings the consumer actually took.
  const finish = () => {
    if (!crawled || !consumerDone) return;
    try {
      const { result: report, state } = reportOf(adapter, options, record, signal, crawled);
      finalState = state;
      resolveResult(report);
    } catch (error) {
      // `result` never rejects: even a bug in reporting becomes an error report.
      record.fatal = error;
      resolveResult(
        buildResult(record, {
          status: 'error',
          closed: [],
          retried: 0,
          error,
          startedAt: crawled.startedAt,
          finishedAt: toKstIso(new Date()),
        }),
      );
    }
  };
  const start = () => {
    if (started) return;
    started = true;
    void crawl(adapter, options, record, channel, signal).then((value) => {
      crawled = value;
      finish();
    });
  };

  return {
    result,
    [Symbol.asyncIterator](): AsyncIterator<RawPosting> {
      if (iterated) throw new TypeError(`[ohmystack:${adapter.id}] a SourceRun can be iterated only once`);
      iterated = true;
      return {
        async next() {
          start();
          const taken = await channel.next();
          if (taken.done) {
            consumerDone = true;
            finish();
            return { value: undefined, done: true };
          }
          record.emitted++;
          if (taken.value.fingerprint !== undefined)
            record.completed.set(taken.value.id, taken.value.fingerprint);
          record.yieldedAs.set(taken.value.id, postingId(adapter.id, taken.value.posting));
          return { value: taken.value.posting, done: false };
        },
        async return() {
          start();
          if (!crawled || channel.size > 0) {
            record.stoppedByConsumer = true;
            stop.abort(
              abortedError(undefined, { source: adapter.id, what: 'iteration (stopped by the consumer)' }),
            );
          }
          consumerDone = true;
          finish();
          return { value: undefined, done: true };
        },
      };
    },
    commit() {
      committing ??= (async () => {
        const store = options.state;
        if (!store) return;
        await result;
        if (finalState) await store.set(adapter.id, finalState);
      })();
      return committing;
    },
  };
}

/** What the crawl leaves for the report. */
interface Crawled {
  http: HttpClient | undefined;
  retriedBefore: number;
  previous: SourceState | undefined;
  aborted: boolean;
  startedAt: string;
  now: Date;
}

async function crawl(
  adapter: SiteAdapter,
  options: CollectOptions,
  record: RunRecord,
  channel: Channel<Delivery>,
  signal: AbortSignal,
): Promise<Crawled> {
  const startedAt = toKstIso(new Date());
  const now = options.now ?? new Date();
  let http = options.http;
  let retriedBefore = 0;
  let previous: SourceState | undefined;
  let aborted = false;
  try {
    http ??= createHttpClient();
    retriedBefore = http.stats(adapter.id).retries;
    if (options.state) {
      try {
        previous = await options.state.get(adapter.id);
      } catch (error) {
        record.warn(`state could not be read, every posting is fetched: ${messageOf(error)}`);
      }
    }
    throwIfAborted(signal, { source: adapter.id });
    const ctx = contextOf(adapter, options, record, channel, signal, http, now, previous);
    await adapter.prepare?.(http, { signal });
    await walkAll(ctx);
  } catch (error) {
    if (isAbort(error, signal)) aborted = true;
    else record.fatal = error;
  } finally {
    channel.close();
  }
  if (signal.aborted) aborted = true;
  return { http, retriedBefore, previous, aborted: aborted && !record.stoppedByConsumer, startedAt, now };
}

function reportOf(
  adapter: SiteAdapter,
  options: CollectOptions,
  record: RunRecord,
  signal: AbortSignal,
  crawled: Crawled,
): { result: SourceResult; state: SourceState | undefined } {
  const { previous, aborted, http, now } = crawled;
  const listingComplete =
    !aborted &&
    !record.stoppedByConsumer &&
    record.fatal === undefined &&
    record.streams.every((s) => s.complete);
  if (!listingComplete && previous && record.fatal === undefined && !aborted)
    record.warn('closed postings not computed: not every list was read to its end');
  adoptPostingIds(record, previous);
  const closed = closedIds(record, previous, listingComplete);
  const status = statusOf(record, aborted);
  if (status === 'empty' && adapter.expectsResults !== false)
    record.warn('no postings listed: the site likely blocked the crawler or changed its API');
  if (record.stoppedByConsumer)
    record.warn('the consumer stopped iterating early; the rest was not collected');
  const error = aborted
    ? abortedError(signal, { source: adapter.id, what: 'collection' })
    : (record.fatal ?? record.streams.find((stream) => stream.error !== undefined)?.error);
  const retried = http ? http.stats(adapter.id).retries - crawled.retriedBefore : 0;
  return {
    result: buildResult(record, {
      status,
      closed,
      retried,
      error,
      startedAt: crawled.startedAt,
      finishedAt: toKstIso(new Date()),
    }),
    state: options.state ? nextState(record, previous, closed, toKstIso(now)) : undefined,
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function contextOf(
  adapter: SiteAdapter,
  options: CollectOptions,
  record: RunRecord,
  channel: Channel<Delivery>,
  signal: AbortSignal,
  http: HttpClient,
  now: Date,
  previous: SourceState | undefined,
): CollectContext {
  let progressFailed = false;
  return {
    adapter,
    http,
    browser: options.browser,
    signal,
    record,
    now,
    previous,
    skip: options.skip,
    detailConcurrency: options.detailConcurrency ?? 4,
    maxPages: options.maxPages ?? 500,
    maxDetailRequests: options.maxDetailRequests ?? DEFAULT_MAX_DETAIL_REQUESTS,
    async emit(posting, id, fingerprint) {
      await channel.push({ posting, id, fingerprint });
    },
    progress(event) {
      try {
        options.onProgress?.(event);
      } catch (error) {
        // A broken progress callback must not stop collection, but it must not vanish either.
        if (!progressFailed) record.warn(`onProgress threw: ${messageOf(error)}`);
        progressFailed = true;
      }
    },
  };
}
