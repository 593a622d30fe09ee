// The one HTTP client every source goes through. sendAttempt sends each attempt with fetch; the retry
// loop is ours because every attempt must pass the per-host spacing again and a truncated JSON body
// must be retried like a dropped connection. Order per request: where it may go (scheme, site, private
// network) → robots.txt → login once per origin → per-host queue → global queue → spacing slot → send;
// each redirect hop passes the same checks before it is sent. Never logs.
import { AuthError } from '../model/errors/auth-error.js';
import { OffsiteUrlError } from '../model/errors/offsite-url-error.js';
import { isOhmystackError } from '../model/errors/ohmystack-error.js';
import { RobotsDeniedError } from '../model/errors/robots-denied-error.js';
import { ValidationError } from '../model/errors/validation-error.js';
import { backoffDelay } from '../model/retry.js';
import { createSecretScrubber } from '../model/secret-scrubber.js';
import { raceAbort, sleep, throwIfAborted } from './abort.js';
import { CookieJar } from './cookie-jar.js';
import { HostScheduler } from './host-scheduler.js';
import { largeBodyGate } from './large-body-gate.js';
import {
  type HttpClientOptions,
  type RetryEvent,
  ROBOTS_BODY_CAP,
  resolveHttpClientOptions,
} from './options.js';
import { type Destination, RequestGuard } from './request-guard.js';
import { requestSecrets } from './request-secrets.js';
import { type RobotsRules, rulesFromError, rulesFromText } from './robots.js';
import { type AttemptOutcome, sendAttempt } from './send-attempt.js';
import type { HttpClient, HttpResponse, HttpStats, RequestSpec } from './types.js';
import { buildUrl, safeUrl } from './url.js';

export type { HttpClientOptions, LoginContext, RetryEvent, RetryOptions } from './options.js';

/** Distinct secret texts a client learns from its requests at most (each value counts in its written forms). */
const MAX_LEARNED_SECRETS = 256;

/** Bodies that may grow past a megabyte at once, over every request of one client. */
const LARGE_BODY_SLOTS = 2;

/** Per-call options of {@link PoliteHttpClient.fetch}. */
export interface FetchOptions {
  source: string;
  signal?: AbortSignal;
  /** Called before each retry of this request (the collector turns it into progress). */
  onRetry?(event: { url: string; attempt: number; reason: string }): void;
}

/** The client {@link createHttpClient} returns: an {@link HttpClient} that can also gate other work. */
export interface PoliteHttpClient extends HttpClient {
  /**
   * Returns the task's value after running it under the same checks (scheme, site, private network,
   * robots.txt), per-host spacing and concurrency as a request to `url` (the browser renderer goes
   * through here). No retries. `from` is the URL whose content named `url`, as in a RequestSpec.
   *
   * @throws {RobotsDeniedError} when robots.txt disallows `url`; {OffsiteUrlError} or
   * {PrivateNetworkError} when `url` may not be visited; {AbortedError} when `signal` aborts.
   */
  schedule<T>(
    url: string,
    options: { source: string; signal?: AbortSignal; from?: string },
    task: (signal: AbortSignal | undefined) => Promise<T>,
  ): Promise<T>;
}

interface CallContext extends FetchOptions {
  /** Requests made by the login hook skip robots.txt (the user scripted them) and the login itself. */
  internal?: boolean;
  /** The robots.txt fetch: a 4xx there is an answer, not a failure. */
  robots?: boolean;
}

/** What a request and each of its redirect hops must stay within. */
interface Route {
  /** The sites a redirect hop may go to: the request's own, and the site of the URL that named it. */
  sites: URL[];
  /** The origin the user vouched for: the request's own when the user set it, else its `from`'s. */
  trustedOrigin: string;
}

/** One hop of a request: the original URL, or where a redirect led. */
interface Hop {
  spec: RequestSpec;
  url: URL;
  method: 'GET' | 'POST';
}

/** Headers that say nothing about who is asking, so they may follow a redirect to another origin. */
const PORTABLE_HEADERS: ReadonlySet<string> = new Set(['accept', 'accept-language']);

function methodOf(spec: RequestSpec): 'GET' | 'POST' {
  return spec.method ?? (spec.form ? 'POST' : 'GET');
}

// The request as sent to the next hop: a POST turned GET leaves its form behind, and a hop to another
// origin (a host in allowHosts) gets no header that may carry a key, as browsers drop Authorization.
function hopSpec(hop: Hop, next: URL, method: 'GET' | 'POST'): RequestSpec {
  const { form, headers, ...rest } = hop.spec;
  const kept =
    headers && next.origin !== hop.url.origin
      ? Object.fromEntries(
          Object.entries(headers).filter(([name]) => PORTABLE_HEADERS.has(name.toLowerCase())),
        )
      : headers;
  return {
    ...rest,
    url: next.href,
    method,
    ...(form && method === 'POST' ? { form } : {}),
    ...(kept ? { headers: kept } : {}),
  };
}

/**
 * Returns an HTTP client with ohmystack's politeness: timeouts, retries with full-jitter backoff and
 * Retry-After, per-host spacing and concurrency, robots.txt, an honest User-Agent, cookies and a
 * login hook. Share one client across sources so per-host limits hold.
 *
 * @throws {ValidationError} when an option is out of range; from `fetch`, for a URL with credentials in it.
 * @example
 * const http = createHttpClient({ perHostRate: 1, contact: 'data@example.com' });
 * const res = await http.fetch({ kind: 'list', url: 'https://jumpit-api.saramin.co.kr/api/positions', searchParams: { jobCategory: [1, 2] }, responseType: 'json' }, { source: 'jumpit' });
 */
export function createHttpClient(options: HttpClientOptions = {}): PoliteHttpClient {
  const resolved = resolveHttpClientOptions(options);
  const scheduler = new HostScheduler(resolved.limitsFor, resolved.concurrency);
  const jar = resolved.cookies ? new CookieJar() : undefined;
  const gate = largeBodyGate(LARGE_BODY_SLOTS);
  const counters = new Map<string, HttpStats>();
  const robots = new Map<string, Promise<RobotsRules>>();
  const logins = new Map<string, Promise<void>>();
  const guard = new RequestGuard(resolved);
  // Knows every secret a request carried (see request-secrets.ts): what a site echoes of one is masked
  // in every body read and every error thrown, for callers that never run the pipeline.
  const scrubber = createSecretScrubber();

  const statsOf = (source: string): HttpStats => {
    let stats = counters.get(source);
    if (!stats) {
      stats = {
        requests: 0,
        retries: 0,
        failures: 0,
        robotsDenied: 0,
        throttledMs: 0,
        refused: 0,
        bodyBytes: 0,
      };
      counters.set(source, stats);
    }
    return stats;
  };

  // One shared load per key; a load aborted by its first caller is forgotten, so another caller whose
  // signal is still live starts a fresh one instead of inheriting the abort.
  async function once<T>(
    cache: Map<string, Promise<T>>,
    key: string,
    ctx: CallContext,
    load: () => Promise<T>,
  ): Promise<T> {
    for (;;) {
      let pending = cache.get(key);
      if (!pending) {
        pending = load();
        cache.set(key, pending);
        const settled = pending;
        settled.catch((error: unknown) => {
          if (isOhmystackError(error) && error.code === 'aborted' && cache.get(key) === settled)
            cache.delete(key);
        });
      }
      try {
        return await raceAbort(pending, ctx.signal);
      } catch (error) {
        throwIfAborted(ctx.signal, { source: ctx.source });
        if (isOhmystackError(error) && error.code === 'aborted') continue;
        throw error;
      }
    }
  }

  async function checkRobots(url: URL, ctx: CallContext): Promise<void> {
    const rules = await once(robots, url.origin, ctx, async () => {
      const robotsUrl = new URL('/robots.txt', url.origin);
      try {
        // RFC 9309 asks a crawler to parse at least 500 KiB; the rest of a longer file is ignored.
        const spec: RequestSpec = {
          kind: 'page',
          url: robotsUrl.href,
          responseType: 'text',
          maxBodyBytes: ROBOTS_BODY_CAP,
          oversize: 'truncate',
        };
        const res = await send(spec, robotsUrl, { ...ctx, robots: true }, routeOf(robotsUrl, undefined));
        const parsed = rulesFromText(robotsUrl.href, String(res.body), resolved.robotsAgent);
        if (parsed.kind === 'rules' && parsed.crawlDelayMs)
          scheduler.setCrawlDelay(url.host, parsed.crawlDelayMs);
        return parsed;
      } catch (error) {
        return rulesFromError(error);
      }
    });
    if (rules.kind === 'allow_all' || (rules.kind === 'rules' && rules.isAllowed(url.href))) return;
    if (rules.kind === 'unfetched') {
      // No answer from the site is a network problem, not the site's wish: say so, not "robots.txt".
      statsOf(ctx.source).failures++;
      throw rules.error;
    }
    statsOf(ctx.source).robotsDenied++;
    throw new RobotsDeniedError({
      source: ctx.source,
      url: safeUrl(url),
      reason: rules.kind === 'rules' ? 'disallowed' : 'unreachable',
      ...(rules.kind === 'unreachable' ? { detail: rules.detail } : {}),
    });
  }

  function ensureLogin(origin: string, ctx: CallContext): Promise<void> {
    const login = resolved.login;
    if (!login) return Promise.resolve();
    return once(logins, origin, ctx, async () => {
      const internal: CallContext = {
        source: ctx.source,
        internal: true,
        ...(ctx.signal ? { signal: ctx.signal } : {}),
      };
      try {
        await login({
          origin,
          fetch: (spec) => fetchSpec(spec, internal),
          ...(ctx.signal ? { signal: ctx.signal } : {}),
        });
      } catch (error) {
        throwIfAborted(ctx.signal, { source: ctx.source });
        // Only the failure's kind goes into the message: a hook's own error text may hold credentials.
        const kind = isOhmystackError(error) ? error.code : error instanceof Error ? error.name : 'error';
        throw new AuthError({
          message: `login hook for ${origin} failed (${kind})`,
          source: ctx.source,
          cause: error,
        });
      }
    });
  }

  async function fetchSpec(spec: RequestSpec, ctx: CallContext): Promise<HttpResponse> {
    throwIfAborted(ctx.signal, { source: ctx.source });
    const url = buildUrl(spec.url, spec.searchParams);
    if (url.username || url.password)
      throw new ValidationError({
        what: 'request URL',
        issues: [
          { path: ['url'], message: `${safeUrl(url)} carries credentials; use headers or the login hook` },
        ],
        source: ctx.source,
      });
    const from = spec.from === undefined ? undefined : fromUrl(spec.from, url, ctx);
    const route = routeOf(url, from);
    await admit(
      {
        url,
        sites: from ? [from] : [],
        trustedOrigin: from?.origin,
        from: from?.href,
        source: ctx.source,
        method: methodOf(spec),
      },
      ctx,
    );
    if (!ctx.internal) {
      if (resolved.respectRobots) await checkRobots(url, ctx);
      await ensureLogin(url.origin, ctx);
    }
    return send(spec, url, ctx, route);
  }

  // A `from` that is not an absolute URL names no site, so nothing it led to can be on one.
  function fromUrl(from: string, url: URL, ctx: CallContext): URL {
    try {
      return new URL(from);
    } catch {
      statsOf(ctx.source).refused++;
      throw new OffsiteUrlError({ source: ctx.source, url: safeUrl(url), from, reason: 'host' });
    }
  }

  function routeOf(url: URL, from: URL | undefined): Route {
    return { sites: from ? [url, from] : [url], trustedOrigin: (from ?? url).origin };
  }

  // Returns when `destination` may be sent; a refusal is counted and thrown before anything is sent.
  async function admit(destination: Destination, ctx: CallContext): Promise<void> {
    try {
      await guard.check(destination);
    } catch (error) {
      const stats = statsOf(ctx.source);
      if (isOhmystackError(error) && error.code === 'network') {
        if (!ctx.robots) stats.failures++;
      } else stats.refused++;
      throw error;
    }
  }

  // Sends `spec` to `url`, following each redirect hop once it passes the checks; a retry starts again
  // from `url`, since a hop may only have been the site's answer of the moment.
  async function send(spec: RequestSpec, url: URL, ctx: CallContext, route: Route): Promise<HttpResponse> {
    for (let attempt = 1; ; attempt++) {
      let hop: Hop = { spec, url, method: methodOf(spec) };
      let outcome: AttemptOutcome;
      for (let hops = 0; ; hops++) {
        outcome = await attemptOnce(hop, ctx);
        if (outcome.kind !== 'redirect') break;
        hop = await nextHop(hop, outcome, hops, ctx, route);
      }
      const current = hop.url;
      if (outcome.kind === 'ok') return { ...outcome.response, url: current.href, attempts: attempt };
      const stats = statsOf(ctx.source);
      const retries = attempt - 1;
      const tooLong = outcome.retryAfterMs !== undefined && outcome.retryAfterMs > resolved.maxRetryAfterMs;
      if (!outcome.retryable || retries >= resolved.retry.limit || tooLong) {
        if (!ctx.robots) stats.failures++;
        throw outcome.toError(
          retries,
          tooLong
            ? `the site asked to wait ${Math.ceil((outcome.retryAfterMs ?? 0) / 1000)} s (more than maxRetryAfterMs); run later`
            : undefined,
        );
      }
      const delayMs = outcome.retryAfterMs ?? backoffDelay(attempt, resolved.retry);
      stats.retries++;
      const event: RetryEvent = {
        source: ctx.source,
        url: safeUrl(current),
        attempt: attempt + 1,
        reason: outcome.reason,
        delayMs,
      };
      resolved.onRetry?.(event);
      ctx.onRetry?.({ url: event.url, attempt: event.attempt, reason: event.reason });
      // A 429 or Retry-After speaks for the whole host: pause every request to it, not just this one.
      if (outcome.hostWide) scheduler.pause(current.host, delayMs);
      else await sleep(delayMs, ctx.signal, { source: ctx.source, url: safeUrl(current) });
    }
  }

  // One request to one hop, under the host's spacing and the global concurrency.
  async function attemptOnce(hop: Hop, ctx: CallContext): Promise<AttemptOutcome> {
    const stats = statsOf(ctx.source);
    try {
      // A client crawling for days must not grow without bound: the first secrets (a source's key) stay.
      if (scrubber.size < MAX_LEARNED_SECRETS)
        scrubber.add(...requestSecrets(hop.spec, hop.url, jar?.header(hop.url.origin)));
      const ran = await scheduler.run(hop.url.host, ctx.signal, () => {
        stats.requests++;
        return sendAttempt({
          spec: hop.spec,
          url: hop.url,
          method: hop.method,
          source: ctx.source,
          signal: ctx.signal,
          options: resolved,
          jar,
          scrub: scrubber.scrub,
          gate,
        });
      });
      stats.throttledMs += ran.waitedMs;
      stats.bodyBytes += ran.value.bodyBytes;
      return ran.value;
    } catch (error) {
      throwIfAborted(ctx.signal, { source: ctx.source, url: safeUrl(hop.url) });
      throw error;
    }
  }

  // The hop a redirect leads to, once it passed every check a request passes: the number of hops, the
  // scheme, the sites of the request, private networks, and robots.txt of the hop's own origin.
  async function nextHop(
    hop: Hop,
    redirect: Extract<AttemptOutcome, { kind: 'redirect' }>,
    hops: number,
    ctx: CallContext,
    route: Route,
  ): Promise<Hop> {
    const url = new URL(redirect.location);
    // A site cannot hand the crawler credentials to send on; they never leave with the next hop.
    url.username = '';
    url.password = '';
    if (hops >= resolved.maxRedirects) {
      statsOf(ctx.source).refused++;
      throw new OffsiteUrlError({
        source: ctx.source,
        url: safeUrl(url),
        from: safeUrl(hop.url),
        reason: 'redirects',
      });
    }
    await admit(
      {
        url,
        sites: route.sites,
        trustedOrigin: route.trustedOrigin,
        from: hop.url.href,
        source: ctx.source,
        method: redirect.method,
      },
      ctx,
    );
    if (resolved.respectRobots && !ctx.internal && !ctx.robots) await checkRobots(url, ctx);
    return { spec: hopSpec(hop, url, redirect.method), url, method: redirect.method };
  }

  // Every error leaving the client passes the scrubber: messages, bodies and causes quote requests.
  async function scrubbed<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw scrubber.scrubError(error);
    }
  }

  return {
    fetch: (spec, callOptions) => scrubbed(() => fetchSpec(spec, callOptions)),
    stats: (source) => ({ ...statsOf(source) }),
    async schedule(url, callOptions, task) {
      const { from: named, ...rest } = callOptions;
      const ctx: CallContext = rest;
      throwIfAborted(ctx.signal, { source: ctx.source });
      const target = new URL(url);
      const from = named === undefined ? undefined : fromUrl(named, target, ctx);
      await admit(
        {
          url: target,
          sites: from ? [from] : [],
          trustedOrigin: from?.origin,
          from: from?.href,
          source: ctx.source,
          method: 'GET',
        },
        ctx,
      );
      if (resolved.respectRobots) await checkRobots(target, ctx);
      const stats = statsOf(ctx.source);
      const ran = await scheduler.run(target.host, ctx.signal, () => {
        stats.requests++;
        return task(ctx.signal);
      });
      stats.throttledMs += ran.waitedMs;
      return ran.value;
    },
  };
}
