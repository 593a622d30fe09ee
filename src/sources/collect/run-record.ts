// What one collection run has seen so far, and the two things made from it at the end: the
// SourceResult (with the status rules) and the next incremental state.
import { isOhmystackError } from '../../model/errors/ohmystack-error.js';
import type { QuarantineEntry } from '../../model/quarantine.js';
import type { SourceResult, SourceState, SourceStatus } from '../types.js';

/** How one list stream ended. */
export interface StreamOutcome {
  name: string;
  /** Every page was read up to the stream's last (`next` returned null). */
  complete: boolean;
  /** The stream's first page could not be fetched or read. */
  firstPageFailed: boolean;
  error?: unknown;
}

// Enough to see every kind of problem; a source failing on every detail must not produce thousands.
const MAX_WARNINGS = 50;

/** Returns an empty record of one run; the collector fills it in. */
export class RunRecord {
  readonly source: string;
  /** Listed posting id → fingerprint, in listing order, duplicates across streams dropped. */
  readonly listed = new Map<string, string>();
  readonly unchanged: string[] = [];
  /** Ids whose detail answered "closed". */
  readonly gone: string[] = [];
  /** Ids the consumer received with the fingerprint to remember; postings whose detail failed are not here. */
  readonly completed = new Map<string, string>();
  /**
   * Listed id → the id of the posting yielded for it, which may differ: a sitemap entry is listed by its
   * URL's hash, while its page yields the posting's own id. Closed and unchanged postings are reported
   * by the posting's id, the one the consumer stored.
   */
  readonly yieldedAs = new Map<string, string>();
  readonly quarantine: QuarantineEntry[] = [];
  readonly streams: StreamOutcome[] = [];
  readonly warnings: string[] = [];
  listQuarantined = 0;
  fetched = 0;
  emitted = 0;
  failedRequests = 0;
  detailsTried = 0;
  detailsMerged = 0;
  /** Listed postings skipped because an earlier attempt of this run stored them. */
  resumed = 0;
  /** Listed postings not fetched because the run reached its `maxDetailRequests`. */
  deferred = 0;
  /** The failure that stopped the whole source (state, prepare, an abort). */
  fatal: unknown;
  stoppedByConsumer = false;
  #dropped = 0;
  /** Each request failure's message → where its one warning is and how many times it came again. */
  readonly #failures = new Map<string, { index: number; repeats: number }>();

  constructor(source: string) {
    this.source = source;
  }

  /** Returns the id the posting listed as `id` was yielded under (this run, or as the state remembers it). */
  postingIdOf(id: string): string {
    return this.yieldedAs.get(id) ?? id;
  }

  /** Returns nothing; adds a warning, keeping at most 50 and counting the rest. */
  warn(text: string): void {
    if (this.warnings.length < MAX_WARNINGS) this.warnings.push(text);
    else this.#dropped++;
  }

  /**
   * Returns nothing; warns that a request failed (`where` says which, e.g. 'jumpit:all page 1'). A site
   * that cannot be reached fails every request with the same message: it is warned once, with a count
   * of the requests that failed the same way after it.
   */
  warnFailure(where: string | undefined, message: string): void {
    const seen = this.#failures.get(message);
    if (seen) {
      seen.repeats++;
      return;
    }
    const index = this.warnings.length < MAX_WARNINGS ? this.warnings.length : -1;
    this.#failures.set(message, { index, repeats: 0 });
    this.warn(where ? `${where}: ${message}` : message);
  }

  /**
   * Returns the warnings, with a last line counting those left out. A request failure whose message
   * is `reported` (the error that stopped the source, which the result carries) is left out, so a
   * source that cannot be reached says so once.
   */
  allWarnings(reported?: string): string[] {
    const omitted = reported === undefined ? undefined : this.#failures.get(reported);
    const suffixes = new Map<number, string>();
    for (const { index, repeats } of this.#failures.values())
      if (index >= 0 && repeats > 0)
        suffixes.set(
          index,
          ` (and ${repeats} more ${repeats === 1 ? 'request' : 'requests'} failed the same way)`,
        );
    const lines = this.warnings.flatMap((text, index) =>
      index === omitted?.index ? [] : [`${text}${suffixes.get(index) ?? ''}`],
    );
    return this.#dropped > 0 ? [...lines, `…and ${this.#dropped} more warnings`] : lines;
  }
}

/** Returns `{ code, message, hint }` for the report from any thrown value. */
export function describeError(
  error: unknown,
  source: string,
): { code: string; message: string; hint?: string } {
  if (isOhmystackError(error))
    return { code: error.code, message: error.message, ...(error.hint ? { hint: error.hint } : {}) };
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return {
    code: 'unexpected',
    message: `[ohmystack:${source}] ${text}`,
    hint: 'this is a bug in the site adapter or ohmystack; please report it',
  };
}

/**
 * Returns nothing; takes the posting ids the previous state remembers for listed ids (postings not
 * fetched again this run), unless this run yielded them under another id.
 */
export function adoptPostingIds(record: RunRecord, previous: SourceState | undefined): void {
  for (const [id, entry] of Object.entries(previous?.seen ?? {}))
    if (entry.posting !== undefined && !record.yieldedAs.has(id)) record.yieldedAs.set(id, entry.posting);
}

/**
 * Returns the listed ids of postings gone since `previous` (its ids not listed now, when every list was
 * read, and those whose detail answered closed); the report shows them as {@link RunRecord.postingIdOf}.
 */
export function closedIds(
  record: RunRecord,
  previous: SourceState | undefined,
  listingComplete: boolean,
): string[] {
  const closed = new Set(record.gone);
  if (listingComplete && previous) {
    for (const id of Object.keys(previous.seen)) if (!record.listed.has(id)) closed.add(id);
  }
  return [...closed];
}

/**
 * Returns the run's status: error when the source could not run at all, empty when nothing was listed
 * and nothing failed, partial when something was lost or left unread, ok otherwise.
 */
export function statusOf(record: RunRecord, aborted: boolean): SourceStatus {
  if (aborted || record.fatal !== undefined) return 'error';
  if (record.streams.length > 0 && record.streams.every((stream) => stream.firstPageFailed)) return 'error';
  const allComplete = record.streams.every((stream) => stream.complete);
  if (
    record.listed.size === 0 &&
    record.quarantine.length === 0 &&
    record.failedRequests === 0 &&
    allComplete
  )
    return 'empty';
  const detailsAllFailed = record.detailsTried > 0 && record.detailsMerged === 0;
  if (
    record.failedRequests > 0 ||
    record.listQuarantined > 0 ||
    !allComplete ||
    detailsAllFailed ||
    record.stoppedByConsumer
  )
    return 'partial';
  return 'ok';
}

/** Returns the next state: the previous one, plus every completed posting, refreshed unchanged ones, without closed ones. */
export function nextState(
  record: RunRecord,
  previous: SourceState | undefined,
  closed: readonly string[],
  at: string,
): SourceState {
  const seen = { ...previous?.seen };
  for (const id of record.unchanged) {
    const entry = seen[id];
    if (entry) seen[id] = { ...entry, seenAt: at };
  }
  for (const [id, fingerprint] of record.completed) {
    const posting = record.yieldedAs.get(id);
    seen[id] =
      posting === undefined || posting === id
        ? { fingerprint, seenAt: at }
        : { fingerprint, seenAt: at, posting };
  }
  for (const id of closed) delete seen[id];
  return { version: 1, seen, updatedAt: at };
}

/** Returns the report of one run. */
export function buildResult(
  record: RunRecord,
  input: {
    status: SourceStatus;
    closed: string[];
    retried: number;
    error: unknown;
    startedAt: string;
    finishedAt: string;
  },
): SourceResult {
  const closed = [...new Set(input.closed.map((id) => record.postingIdOf(id)))];
  const error =
    input.status === 'error' && input.error !== undefined
      ? describeError(input.error, record.source)
      : undefined;
  return {
    source: record.source,
    status: input.status,
    counts: {
      listed: record.listed.size,
      fetched: record.fetched,
      skippedUnchanged: record.unchanged.length,
      emitted: record.emitted,
      quarantined: record.quarantine.length,
      retried: input.retried,
      failedRequests: record.failedRequests,
      closed: closed.length,
      resumed: record.resumed,
      deferred: record.deferred,
    },
    closed,
    unchanged: record.unchanged.map((id) => record.postingIdOf(id)),
    quarantine: [...record.quarantine],
    warnings: record.allWarnings(error?.message),
    ...(error ? { error } : {}),
    startedAt: input.startedAt,
    finishedAt: input.finishedAt,
  };
}
