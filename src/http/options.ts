// The options of `createHttpClient` and their resolution to one fully-typed object at the boundary.
import { ValidationError, type ValidationIssue } from '../model/errors/validation-error.js';
import {
  MAX_DELAY_MS,
  type ResolvedRetryOptions,
  type RetryOptions,
  resolveRetryOptions,
  retryOptionIssues,
} from '../model/retry.js';
import type { HostLimits } from './host-scheduler.js';
import type { HttpResponse, RequestSpec } from './types.js';

/** The package version the User-Agent announces; a unit test keeps it equal to package.json's. */
export const OHMYSTACK_VERSION = '0.2.0';

/** Where site owners learn who is crawling them. */
export const OHMYSTACK_HOMEPAGE = 'https://github.com/ohmystack/ohmystack';

export type { RetryOptions } from '../model/retry.js';

/** The HTTP client's retry policy when `retry` leaves a field out. */
const HTTP_RETRY_DEFAULTS: ResolvedRetryOptions = { limit: 3, backoffMs: 1000, maxBackoffMs: 30_000 };

const MiB = 1024 * 1024;

/**
 * Body caps per kind of answer, decompressed bytes: the largest real list, detail or API answer seen is
 * well under 5 MB, so 10 MiB leaves room and still stops a runaway body long before memory suffers; a
 * sitemap may hold 50 MB uncompressed by the sitemap protocol.
 */
const BODY_CAP_DEFAULTS: Record<RequestSpec['kind'], number> = {
  list: 10 * MiB,
  detail: 10 * MiB,
  page: 10 * MiB,
  dictionary: 10 * MiB,
  sitemap: 50_000_000,
};

/** robots.txt is read up to 500 KiB, the least RFC 9309 asks a crawler to parse. */
export const ROBOTS_BODY_CAP = 500 * 1024;

/** One retry the client is about to make, for progress reporting. */
export interface RetryEvent {
  source: string;
  /** The request URL, redacted. */
  url: string;
  /** The attempt that is about to start (2 for the first retry). */
  attempt: number;
  /** Why, e.g. 'status 503', 'timeout', 'network: ECONNRESET', 'truncated JSON'. */
  reason: string;
  /** The wait before the retry, ms. */
  delayMs: number;
}

/** What a login hook receives: the origin and a fetch that shares the client's cookies and limits. */
export interface LoginContext {
  origin: string;
  /** Sends a request through the client (cookies, rate limit, retries; no robots check, no login). */
  fetch(spec: RequestSpec): Promise<HttpResponse>;
  signal?: AbortSignal;
}

/** Options of {@link createHttpClient}. */
export interface HttpClientOptions {
  /** Per-attempt timeout covering headers and body, ms; `false` for none. @default 15000 */
  timeout?: number | false;
  /** Retries on 408/429/5xx, network errors, timeouts and truncated JSON; a number sets `limit`. @default { limit: 3, backoffMs: 1000, maxBackoffMs: 30000 } */
  retry?: number | RetryOptions;
  /** A Retry-After longer than this fails the request at once instead of waiting. @default 60000 */
  maxRetryAfterMs?: number;
  /** Requests per second per host. @default 2 */
  perHostRate?: number;
  /** Requests in flight per host. @default 4 */
  perHostConcurrency?: number;
  /** Requests in flight over all hosts. @default 16 */
  concurrency?: number;
  /** Limits for particular hosts ('api.example.com' or 'localhost:8080'), over the per-host defaults. @default {} */
  hosts?: Record<string, { rate?: number; concurrency?: number }>;
  /** The whole User-Agent header. @default `ohmystack/<version> (+https://github.com/ohmystack/ohmystack)` */
  userAgent?: string;
  /** A way to reach you (an email or URL), added to the User-Agent. @default none */
  contact?: string;
  /** Check robots.txt (RFC 9309) before each request. @default true */
  respectRobots?: boolean;
  /** The fetch to use, e.g. one bound to an undici ProxyAgent dispatcher. @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Keep cookies per origin (Set-Cookie → Cookie). @default true */
  cookies?: boolean;
  /** Runs once per origin before its first request, e.g. to post a login form. @default none */
  login?: (context: LoginContext) => Promise<void>;
  /** Called before each retry. @default none */
  onRetry?: (event: RetryEvent) => void;
  /**
   * The most decompressed bytes read from one answer, counted while it streams: one number for every
   * kind of request, or a cap per kind. An answer over it is a {@link BodyTooLargeError}.
   * @default { list: 10 MiB, detail: 10 MiB, page: 10 MiB, dictionary: 10 MiB, sitemap: 50 MB (the sitemap protocol's limit) }
   */
  maxBodyBytes?: number | Partial<Record<RequestSpec['kind'], number>>;
  /** The longest wait for the next chunk of a body, ms; `false` for none. Never longer than `timeout`. @default 10000 */
  idleTimeout?: number | false;
  /** Redirect hops followed per request; each hop is checked again for scheme, site, network and robots.txt. @default 5 */
  maxRedirects?: number;
  /** Hosts besides its own that content of a site may lead to ('cdn.example.com'). @default [] */
  allowHosts?: readonly string[];
  /** Let content lead to loopback, private, link-local and metadata addresses. Origins you set are always allowed. @default false */
  allowPrivateNetworks?: boolean;
  /** Resolves a host name to its addresses for the private-network guard (a test can answer its own). @default node:dns lookup */
  lookup?: (hostname: string) => Promise<readonly { address: string; family: number }[]>;
}

/** {@link HttpClientOptions} with every default applied. */
export interface ResolvedHttpClientOptions {
  timeout: number | false;
  retry: ResolvedRetryOptions;
  maxRetryAfterMs: number;
  concurrency: number;
  limitsFor: (host: string) => HostLimits;
  userAgent: string;
  /** The product token matched against robots.txt groups. */
  robotsAgent: string;
  respectRobots: boolean;
  fetch: typeof fetch | undefined;
  cookies: boolean;
  login: ((context: LoginContext) => Promise<void>) | undefined;
  onRetry: ((event: RetryEvent) => void) | undefined;
  /** The body cap of a request of `kind`, decompressed bytes. */
  maxBodyBytes: (kind: RequestSpec['kind']) => number;
  idleTimeout: number | false;
  maxRedirects: number;
  /** Lower-case host names content may lead to besides its own site. */
  allowHosts: ReadonlySet<string>;
  allowPrivateNetworks: boolean;
  lookup: ((hostname: string) => Promise<readonly { address: string; family: number }[]>) | undefined;
}

/**
 * Returns `options` with defaults applied and numbers checked.
 *
 * @throws {ValidationError} for a rate, concurrency, timeout or retry value that is not a positive number.
 * @example resolveHttpClientOptions({ perHostRate: 1 }).retry.limit // 3
 */
export function resolveHttpClientOptions(options: HttpClientOptions = {}): ResolvedHttpClientOptions {
  const perHost: HostLimits = {
    rate: options.perHostRate ?? 2,
    concurrency: options.perHostConcurrency ?? 4,
  };
  const resolved: ResolvedHttpClientOptions = {
    timeout: options.timeout ?? 15_000,
    retry: resolveRetryOptions(options.retry, HTTP_RETRY_DEFAULTS),
    maxRetryAfterMs: options.maxRetryAfterMs ?? 60_000,
    concurrency: options.concurrency ?? 16,
    limitsFor: (host) => {
      const hostname = host.replace(/:\d+$/, '');
      const own = options.hosts?.[host] ?? options.hosts?.[hostname] ?? {};
      return { rate: own.rate ?? perHost.rate, concurrency: own.concurrency ?? perHost.concurrency };
    },
    userAgent: userAgentOf(options),
    robotsAgent: (options.userAgent ?? 'ohmystack').split(/[/\s]/)[0] || 'ohmystack',
    respectRobots: options.respectRobots ?? true,
    fetch: options.fetch,
    cookies: options.cookies ?? true,
    login: options.login,
    onRetry: options.onRetry,
    maxBodyBytes: (kind) =>
      typeof options.maxBodyBytes === 'number'
        ? options.maxBodyBytes
        : (options.maxBodyBytes?.[kind] ?? BODY_CAP_DEFAULTS[kind]),
    idleTimeout: idleTimeoutOf(options),
    maxRedirects: options.maxRedirects ?? 5,
    allowHosts: new Set((options.allowHosts ?? []).map((host) => host.toLowerCase())),
    allowPrivateNetworks: options.allowPrivateNetworks ?? false,
    lookup: options.lookup,
  };
  check(resolved, options);
  return resolved;
}

// The idle wait never outlasts the whole attempt: with a short `timeout`, the timeout is the bound.
function idleTimeoutOf(options: HttpClientOptions): number | false {
  const idle = options.idleTimeout ?? 10_000;
  const total = options.timeout ?? 15_000;
  if (idle === false || total === false) return idle;
  return Math.min(idle, total);
}

function userAgentOf(options: HttpClientOptions): string {
  if (options.userAgent !== undefined)
    return options.contact ? `${options.userAgent} (${options.contact})` : options.userAgent;
  const contact = options.contact ? `; ${options.contact}` : '';
  return `ohmystack/${OHMYSTACK_VERSION} (+${OHMYSTACK_HOMEPAGE}${contact})`;
}

function check(resolved: ResolvedHttpClientOptions, options: HttpClientOptions): void {
  const issues: ValidationIssue[] = [];
  const positive = (path: string, value: number, allowZero = false) => {
    if (!(allowZero ? value >= 0 : value > 0) || Number.isNaN(value))
      issues.push({
        path: [path],
        message: `must be ${allowZero ? 'zero or more' : 'more than zero'}, got ${value}`,
      });
  };
  const duration = (path: string, value: number | false) => {
    if (value === false) return;
    positive(path, value);
    if (value > MAX_DELAY_MS)
      issues.push({ path: [path], message: `must be at most ${MAX_DELAY_MS} ms, got ${value}` });
  };
  duration('timeout', resolved.timeout);
  duration('idleTimeout', options.idleTimeout ?? false);
  const bytes = (path: string, value: number | undefined) => {
    if (value !== undefined && !(Number.isSafeInteger(value) && value >= 1))
      issues.push({ path: [path], message: `must be a whole number of bytes, 1 or more, got ${value}` });
  };
  if (typeof options.maxBodyBytes === 'number') bytes('maxBodyBytes', options.maxBodyBytes);
  else
    for (const [kind, cap] of Object.entries(options.maxBodyBytes ?? {})) bytes(`maxBodyBytes.${kind}`, cap);
  if (!(Number.isInteger(resolved.maxRedirects) && resolved.maxRedirects >= 0 && resolved.maxRedirects <= 20))
    issues.push({
      path: ['maxRedirects'],
      message: `must be a whole number from 0 to 20, got ${resolved.maxRedirects}`,
    });
  issues.push(...retryOptionIssues(resolved.retry));
  positive('maxRetryAfterMs', resolved.maxRetryAfterMs, true);
  if (resolved.maxRetryAfterMs > MAX_DELAY_MS)
    issues.push({
      path: ['maxRetryAfterMs'],
      message: `must be at most ${MAX_DELAY_MS} ms, got ${resolved.maxRetryAfterMs}`,
    });
  const count = (path: string, value: number) => {
    // p-limit takes a whole number of slots (or Infinity).
    if (!(value >= 1 && (Number.isInteger(value) || value === Number.POSITIVE_INFINITY)))
      issues.push({ path: [path], message: `must be a whole number of 1 or more, got ${value}` });
  };
  count('concurrency', resolved.concurrency);
  positive('perHostRate', options.perHostRate ?? 2);
  count('perHostConcurrency', options.perHostConcurrency ?? 4);
  for (const [host, limits] of Object.entries(options.hosts ?? {})) {
    if (limits.rate !== undefined) positive(`hosts.${host}.rate`, limits.rate);
    if (limits.concurrency !== undefined) count(`hosts.${host}.concurrency`, limits.concurrency);
  }
  if (issues.length > 0) throw new ValidationError({ what: 'HTTP client options', issues, source: 'http' });
}
