// The one HTTP client every source goes through. sendAttempt sends each attempt with fetch; the retry
// loop is ours because every attempt must pass the per-host spacing again and a truncated JSON body
// must be retried like a dropped connection. Politeness order per request: robots.txt → login once per
// origin → per-host queue → global queue → spacing slot → send. Never logs.
import { AuthError } from '../model/errors/auth-error.js';
import { isOhmystackError } from '../model/errors/ohmystack-error.js';
import { RobotsDeniedError } from '../model/errors/robots-denied-error.js';
import { ValidationError } from '../model/errors/validation-error.js';
import { backoffDelay } from '../model/retry.js';
import { raceAbort, sleep, throwIfAborted } from './abort.js';
import { CookieJar } from './cookie-jar.js';
import { HostScheduler } from './host-scheduler.js';
import { type HttpClientOptions, type RetryEvent, resolveHttpClientOptions } from './options.js';
import { type RobotsRules, rulesFromError, rulesFromText } from './robots.js';
import { type AttemptOutcome, sendAttempt } from './send-attempt.js';
import type { HttpClient, HttpResponse, HttpStats, RequestSpec } from './types.js';
import { buildUrl, safeUrl } from './url.js';

export type { HttpClientOptions, LoginContext, RetryEvent, RetryOptions } from './options.js';

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
   * Returns the task's value after running it under the same robots.txt check, per-host spacing and
   * concurrency as a request to `url` (the browser renderer goes through here). No retries.
   *
   * @throws {RobotsDeniedError} when robots.txt disallows `url`; {AbortedError} when `signal` aborts.
   */
  schedule<T>(
    url: string,
    options: { source: string; signal?: AbortSignal },
    task: (signal: AbortSignal | undefined) => Promise<T>,
  ): Promise<T>;
}

interface CallContext extends FetchOptions {
  /** Requests made by the login hook skip robots.txt (the user scripted them) and the login itself. */
  internal?: boolean;
  /** The robots.txt fetch: a 4xx there is an answer, not a failure. */
  robots?: boolean;
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
  const counters = new Map<string, HttpStats>();
  const robots = new Map<string, Promise<RobotsRules>>();
  const logins = new Map<string, Promise<void>>();

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
      const robotsUrl = `${url.origin}/robots.txt`;
      try {
        const spec: RequestSpec = { kind: 'page', url: robotsUrl, responseType: 'text' };
        const res = await send(spec, new URL(robotsUrl), { ...ctx, robots: true });
        const parsed = rulesFromText(robotsUrl, String(res.body), resolved.robotsAgent);
        if (parsed.kind === 'rules' && parsed.crawlDelayMs)
          scheduler.setCrawlDelay(url.host, parsed.crawlDelayMs);
        return parsed;
      } catch (error) {
        return rulesFromError(error);
      }
    });
    if (rules.kind === 'allow_all' || (rules.kind === 'rules' && rules.isAllowed(url.href))) return;
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
    if (!ctx.internal) {
      if (resolved.respectRobots) await checkRobots(url, ctx);
      await ensureLogin(url.origin, ctx);
    }
    return send(spec, url, ctx);
  }

  async function send(spec: RequestSpec, url: URL, ctx: CallContext): Promise<HttpResponse> {
    const stats = statsOf(ctx.source);
    const method = spec.method ?? (spec.form ? 'POST' : 'GET');
    for (let attempt = 1; ; attempt++) {
      let outcome: AttemptOutcome;
      try {
        const ran = await scheduler.run(url.host, ctx.signal, () => {
          stats.requests++;
          return sendAttempt({
            spec,
            url,
            method,
            source: ctx.source,
            signal: ctx.signal,
            options: resolved,
            jar,
            scrub: (text) => text,
          });
        });
        stats.throttledMs += ran.waitedMs;
        outcome = ran.value;
        stats.bodyBytes += outcome.bodyBytes;
      } catch (error) {
        throwIfAborted(ctx.signal, { source: ctx.source, url: safeUrl(url) });
        throw error;
      }
      if (outcome.kind === 'ok') return { ...outcome.response, attempts: attempt };
      if (outcome.kind === 'redirect') throw new Error('redirects are followed by the client (in progress)');
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
        url: safeUrl(url),
        attempt: attempt + 1,
        reason: outcome.reason,
        delayMs,
      };
      resolved.onRetry?.(event);
      ctx.onRetry?.({ url: event.url, attempt: event.attempt, reason: event.reason });
      // A 429 or Retry-After speaks for the whole host: pause every request to it, not just this one.
      if (outcome.hostWide) scheduler.pause(url.host, delayMs);
      else await sleep(delayMs, ctx.signal, { source: ctx.source, url: safeUrl(url) });
    }
  }

  return {
    fetch: (spec, callOptions) => fetchSpec(spec, callOptions),
    stats: (source) => ({ ...statsOf(source) }),
    async schedule(url, callOptions, task) {
      const ctx: CallContext = callOptions;
      throwIfAborted(ctx.signal, { source: ctx.source });
      const target = new URL(url);
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
