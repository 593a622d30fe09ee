// What the pieces of one collection run share: the adapter, the client, the run's record and the
// hand-off to the consumer. Also the render-aware fetch every list and detail request goes through.

import type { PoliteHttpClient } from '../../http/http-client.js';
import { buildUrl, safeUrl } from '../../http/url.js';
import { BodyParseError } from '../../model/errors/body-parse-error.js';
import { MissingOptionError } from '../../model/errors/missing-option-error.js';
import { isOhmystackError } from '../../model/errors/ohmystack-error.js';
import type { QuarantineEntry } from '../../model/quarantine.js';
import type { RawPosting } from '../../model/raw-posting.js';
import { quarantineEntry } from '../_quarantine-entry.js';
import type {
  BrowserRenderer,
  HttpClient,
  HttpResponse,
  RequestSpec,
  SiteAdapter,
  SourceProgress,
  SourceState,
} from '../types.js';
import type { RunRecord } from './run-record.js';

/** The state one collection run's steps share. */
export interface CollectContext {
  adapter: SiteAdapter;
  http: HttpClient;
  browser: BrowserRenderer | undefined;
  signal: AbortSignal;
  record: RunRecord;
  now: Date;
  previous: SourceState | undefined;
  /** Ids stored by an interrupted attempt of this run (`CollectOptions.skip`). */
  skip: ReadonlySet<string> | undefined;
  detailConcurrency: number;
  maxPages: number;
  /** Postings that may get a detail request this run; later ones are left for the next run. */
  maxDetailRequests: number;
  /** Hands a posting to the consumer (waits while the buffer is full); `fingerprint` is remembered once it is taken. */
  emit(posting: RawPosting, id: string, fingerprint: string | undefined): Promise<void>;
  progress(event: SourceProgress): void;
}

/** Returns true when `error` is the run's abort (the caller's signal, or the consumer stopping). */
export function isAbort(error: unknown, signal: AbortSignal): boolean {
  return signal.aborted || (isOhmystackError(error) && error.code === 'aborted');
}

/**
 * Returns the answer to `spec`: through the HTTP client, or rendered by the browser when `spec.render`
 * (under the client's robots.txt check and host spacing when the client offers them).
 *
 * @throws {MissingOptionError} for a render request without a browser; whatever the client throws.
 */
export async function fetchSpec(ctx: CollectContext, spec: RequestSpec): Promise<HttpResponse> {
  const source = ctx.adapter.id;
  if (!spec.render) {
    return ctx.http.fetch(spec, {
      source,
      signal: ctx.signal,
      onRetry: (event) => ctx.progress({ type: 'retry', source, ...event }),
    });
  }
  const browser = ctx.browser;
  if (!browser)
    throw new MissingOptionError({
      source,
      option: 'browser',
      hint: 'this page builds its content in the browser; pass `browser: chromiumRenderer()` to collect()',
    });
  const url = buildUrl(spec.url, spec.searchParams).href;
  const render = (signal: AbortSignal | undefined) => browser.render(url, signal ? { signal } : {});
  const http = ctx.http as Partial<PoliteHttpClient>;
  const html =
    typeof http.schedule === 'function'
      ? await http.schedule(
          url,
          { source, signal: ctx.signal, ...(spec.from === undefined ? {} : { from: spec.from }) },
          render,
        )
      : await render(ctx.signal);
  return { status: 200, url, headers: new Headers(), body: html, attempts: 1 };
}

/** Returns the id ('{source}:{sourceId}') the run dedupes and remembers a posting by. */
export function postingId(source: string, item: RawPosting): string {
  return `${source}:${item.sourceId}`;
}

/** Refusals and oversize answers: the request is kept (never a body), so the run shows what was not read. */
const KEPT_REQUEST_CODES = ['offsite_url', 'private_network', 'body_too_large'] as const;
type KeptRequestCode = (typeof KEPT_REQUEST_CODES)[number];

function isKeptRequestCode(code: string): code is KeptRequestCode {
  return (KEPT_REQUEST_CODES as readonly string[]).includes(code);
}

/**
 * Returns the quarantine entry for a request that failed in a way worth keeping: a body that never
 * parsed (its start is kept), a page that needs a browser the run was not given, a URL the client
 * refused (off the site it came from, or inside a private network) or an answer over the size cap
 * (the item or request is kept, never the body); undefined otherwise.
 */
export function failureEntry(
  ctx: CollectContext,
  error: unknown,
  spec: RequestSpec | undefined,
  message: string,
  path: QuarantineEntry['path'],
  raw?: unknown,
): QuarantineEntry | undefined {
  const source = ctx.adapter.id;
  const url = spec ? safeUrl(spec.url) : undefined;
  if (error instanceof BodyParseError)
    return quarantineEntry({ code: 'unreadable_body', source, url, path, message, raw: error.body });
  if (error instanceof MissingOptionError && spec?.render)
    return quarantineEntry({ code: 'http_error', source, url, path, message, raw: raw ?? spec });
  if (isOhmystackError(error) && isKeptRequestCode(error.code))
    return quarantineEntry({ code: error.code, source, url, path, message, raw: raw ?? spec });
  return undefined;
}
