// The contracts of the sources layer: what a site adapter declares (as data and pure functions), what
// the shared crawler core does with it, and what a run of one source reports. Adapters never fetch;
// the core (`_collect.ts`, through `ohmystack/http`) does, once, for every site.

import type { HttpClient, HttpResponse, HttpStats, RequestSpec, SearchParams } from '../http/types.js';
import type { ParseResult, QuarantineEntry } from '../model/quarantine.js';
import type { RawPosting } from '../model/raw-posting.js';

export type { HttpClient, HttpResponse, HttpStats, RequestSpec, SearchParams };

/** Renders a client-side page in a real browser and returns its HTML. */
export interface BrowserRenderer {
  render(
    url: string,
    options?: { signal?: AbortSignal; timeoutMs?: number; waitForSelector?: string },
  ): Promise<string>;
  close(): Promise<void>;
}

/** What pure parsers receive besides the body. */
export interface ParseContext {
  /** The fetch time, for `fetchedAt`. */
  now: Date;
}

/** What `parseList` receives besides the body: the page's request, and a way to say what it left out. */
export interface ListParseContext extends ParseContext {
  /** The request that fetched this page (a sitemap's entries are scoped to its URL). */
  request: RequestSpec;
  /** True when the body was cut at the request's `maxBodyBytes` (`oversize: 'truncate'`). */
  truncated: boolean;
  /** Adds a line to the run's warnings: what the page held but the run will not read. */
  warn(message: string): void;
}

/** One paginated list of a site (one category, or all of them when the site takes several at once). */
export interface ListStream {
  /** For reports and state: 'jumpit:all', 'wanted:872'. */
  name: string;
  /** The request of page `page` (the first is `firstPage`). */
  request(page: number): RequestSpec;
  /** @default 1 */
  firstPage?: number;
  /** The page after `page`, given its body and how many items it held; null at the end. */
  next(body: unknown, page: number, itemCount: number): number | null;
}

/** How a site's detail pages are fetched and read. */
export interface DetailPlan {
  /** The request for one listed posting; null when the list item is already complete. */
  request(item: RawPosting): RequestSpec | null;
  parse(body: unknown, context: ParseContext & { item: RawPosting }): ParseResult<RawPosting>;
  /** True when a detail answer means the posting is closed (Jumpit 400 C003, Wanted 404 11001). */
  isGone?(status: number, body: unknown): boolean;
  /**
   * The list item is only a pointer (a sitemap URL), not a posting: when its detail fails, it is
   * quarantined instead of yielded. @default false
   */
  required?: boolean;
  /** True when a fetched body is an empty client-side shell: the core fetches it again, rendered in the browser. */
  needsRender?(body: unknown): boolean;
}

/**
 * Everything the crawler core needs to know about one site. Pure: it builds requests and reads
 * bodies; the core fetches, paginates, retries, tracks state and quarantines.
 */
export interface SiteAdapter {
  /** The source id, e.g. 'jumpit'. */
  id: string;
  lists(): ListStream[];
  /** Postings known without a list request (pages given by URL); handled like listed items. */
  seeds?(context: ParseContext): RawPosting[];
  parseList(body: unknown, context: ListParseContext): ParseResult<RawPosting>;
  detail?: DetailPlan;
  /**
   * What tells a changed posting from an unchanged one, from its list item.
   * @default a hash of the list item's payload
   */
  fingerprint?(item: RawPosting): string;
  /** Work done once per run before the lists (Wanted's skill-tag dictionary). */
  prepare?(http: HttpClient, context: { signal?: AbortSignal }): Promise<void>;
  /** The site normally lists postings, so an empty run is reported as a likely block. @default true */
  expectsResults?: boolean;
}

/** What the core remembers about one source between runs. */
export interface SourceState {
  version: 1;
  /**
   * Listed id → fingerprint of its list item, when it was last seen (ISO) and, when it differs from
   * the listed id, the id of the posting yielded for it (a sitemap entry's page and its own posting id).
   */
  seen: Record<string, { fingerprint: string; seenAt: string; posting?: string }>;
  updatedAt: string;
}

/** Where source state lives between runs; a file by default, pluggable (unstorage-like get/set). */
export interface StateStore {
  get(source: string): Promise<SourceState | undefined>;
  set(source: string, state: SourceState): Promise<void>;
}

/** Progress of one source, as one object per event. */
export type SourceProgress =
  | { type: 'list'; source: string; stream: string; page: number; items: number }
  | { type: 'detail'; source: string; done: number; total: number }
  | { type: 'retry'; source: string; url: string; attempt: number; reason: string };

/** Options of one collection run. */
export interface CollectOptions {
  signal?: AbortSignal;
  /** The HTTP client; share one across sources so per-host limits hold. @default a new client with defaults */
  http?: HttpClient;
  /** Incremental state; without it every listed posting is fetched and nothing is remembered. */
  state?: StateStore;
  /** For pages that need rendering. @default none: such pages are quarantined with a hint */
  browser?: BrowserRenderer;
  /** At most this many pages per list stream (a safety net against endless paging). @default 500 */
  maxPages?: number;
  /**
   * Ids ('{source}:{sourceId}') an interrupted attempt of the same run already stored: listed again, they
   * are neither fetched nor yielded, and count as taken for the next state (`counts.resumed`).
   * @default none
   */
  skip?: ReadonlySet<string>;
  /** Detail requests in flight for this source. @default 4 */
  detailConcurrency?: number;
  /**
   * At most this many postings get a detail request in one run; the rest are listed but neither
   * fetched nor remembered, so the next run fetches them (and never reports them closed). A warning
   * and `counts.deferred` say how many were left. The default lets a run eight times a day finish:
   * 10,000 requests take about 83 minutes at the client's default 2 requests per second per host, well
   * inside the three hours between runs, and far above the few thousand postings a site lists; a
   * million-URL sitemap is then read over several runs instead of holding one for days. Reaching it
   * leaves the run's status as it is (a planned stop, not a failure: a scheduled backlog would
   * otherwise alert every run).
   * @default 10000
   */
  maxDetailRequests?: number;
  /** The run's clock, for `fetchedAt`. @default now */
  now?: Date;
  onProgress?(event: SourceProgress): void;
}

export type SourceStatus = 'ok' | 'empty' | 'partial' | 'error';

/** What one source did in one run. */
export interface SourceResult {
  source: string;
  /** ok: everything read; empty: nothing listed; partial: some requests or items failed; error: the source could not run. */
  status: SourceStatus;
  counts: {
    /** Postings seen in the lists. */
    listed: number;
    /** Detail requests that succeeded. */
    fetched: number;
    /** Listed postings whose fingerprint had not changed: no detail request. */
    skippedUnchanged: number;
    /** Postings yielded. */
    emitted: number;
    quarantined: number;
    /** Retries the HTTP client made for this source. */
    retried: number;
    /** Requests that failed after their retries. */
    failedRequests: number;
    /** Postings gone since the last run. */
    closed: number;
    /** Listed postings in `CollectOptions.skip`: stored by an earlier attempt, not fetched again. */
    resumed: number;
    /** Listed postings past `CollectOptions.maxDetailRequests`: not fetched, left for the next run. */
    deferred: number;
  };
  /** Ids ('{source}:{sourceId}') of postings that disappeared since the last committed run, or answered "closed". */
  closed: string[];
  /** Ids of listed postings skipped as unchanged. */
  unchanged: string[];
  quarantine: QuarantineEntry[];
  warnings: string[];
  /** Why the source failed, when status is 'error'. */
  error?: { code: string; message: string; hint?: string };
  startedAt: string;
  finishedAt: string;
}

/** One run of one source: iterate it for postings, then read `result`, then `commit()` once loaded. */
export interface SourceRun extends AsyncIterable<RawPosting> {
  /** Settles when iteration ends, with the source's report. Never rejects. */
  readonly result: Promise<SourceResult>;
  /** Advances the incremental state to this run; call after every sink committed. */
  commit(): Promise<void>;
}

/** A site as users see it: `for await (const raw of jumpit().collect()) …`. */
export interface Source {
  id: string;
  collect(options?: CollectOptions): SourceRun;
}

/** Options every site factory takes. */
export interface SourceOptions {
  /** The site's origin, e.g. a local replica's URL in tests. */
  baseUrl?: string;
  /** The job categories to collect, in the site's own ids; IT families by default. */
  categories?: readonly (string | number)[];
}
