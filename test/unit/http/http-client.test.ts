import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHttpClient, type HttpClientOptions, type RetryEvent } from '../../../src/http/http-client.js';
import { OHMYSTACK_VERSION } from '../../../src/http/options.js';
import { parseRetryAfter } from '../../../src/http/retry-delay.js';
import { AbortedError } from '../../../src/model/errors/aborted-error.js';
import { AuthError } from '../../../src/model/errors/auth-error.js';
import { BodyParseError } from '../../../src/model/errors/body-parse-error.js';
import { HttpStatusError } from '../../../src/model/errors/http-status-error.js';
import { NetworkError } from '../../../src/model/errors/network-error.js';
import { RobotsDeniedError } from '../../../src/model/errors/robots-denied-error.js';
import { TimeoutError } from '../../../src/model/errors/timeout-error.js';
import { ValidationError } from '../../../src/model/errors/validation-error.js';
import { backoffDelay } from '../../../src/model/retry.js';
import type { RequestSpec } from '../../../src/sources/types.js';
import {
  sendJson,
  sendText,
  startTestServer,
  type TestHandler,
  type TestServer,
} from '../../helpers/test-server.js';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(handler: TestHandler, robots?: string | number): Promise<TestServer> {
  const server = await startTestServer(handler, robots === undefined ? {} : { robots });
  servers.push(server);
  return server;
}

// Fast, unthrottled defaults so tests measure behaviour, not politeness delays.
const fast = (extra: HttpClientOptions = {}) =>
  createHttpClient({
    perHostRate: Number.POSITIVE_INFINITY,
    retry: { limit: 3, backoffMs: 5, maxBackoffMs: 20 },
    ...extra,
  });

const json = (url: string, extra: Partial<RequestSpec> = {}): RequestSpec => ({
  kind: 'list',
  url,
  responseType: 'json',
  ...extra,
});

/** A handler that answers from a script: one answer per call, the last repeated. */
function scripted(...answers: TestHandler[]): TestHandler {
  let call = 0;
  return (req, res) => {
    const answer = answers[Math.min(call++, answers.length - 1)];
    return answer?.(req, res);
  };
}

/**
 * Puts the client's clock on fake time: its sleeps (setTimeout) and its performance.now() move only
 * when the test advances them, so start times are exact whatever the machine's load. Requests still go
 * to the real test server over real sockets.
 */
function onFakeTime(): void {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
}
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** A fetch for the client that records when (on the client's clock) each request started, and where. */
function startsRecorder(): { starts: { url: URL; at: number }[]; fetch: typeof fetch } {
  const starts: { url: URL; at: number }[] = [];
  return {
    starts,
    fetch: (input, init) => {
      starts.push({
        url: new URL(input instanceof Request ? input.url : String(input)),
        at: performance.now(),
      });
      return fetch(input, init);
    },
  };
}

/** The gaps between start times that match `keep`. */
function gapsOf(starts: readonly { url: URL; at: number }[], keep: (url: URL) => boolean = () => true) {
  const times = starts.filter((start) => keep(start.url)).map((start) => start.at);
  return times.slice(1).map((t, i) => t - times[i]!);
}

describe('createHttpClient: retries', () => {
  it('retries 500 and returns the first 2xx, counting attempts and retries', async () => {
    const server = await serve(
      scripted(
        (_q, res) => sendJson(res, 500, { error: 'boom' }),
        (_q, res) => sendJson(res, 503, { error: 'busy' }),
        (_q, res) => sendJson(res, 200, { ok: true }),
      ),
    );
    const http = fast();
    const res = await http.fetch(json(server.url('/api')), { source: 'test' });
    expect(res.body).toEqual({ ok: true });
    expect(res.attempts).toBe(3);
    expect(server.requestsTo('/api')).toHaveLength(3);
    expect(http.stats('test')).toMatchObject({ retries: 2, failures: 0, requests: 4 }); // 3 + robots.txt
  });

  it('gives up after the retry limit with an HttpStatusError that carries status, body and the count', async () => {
    const server = await serve((_q, res) => sendJson(res, 502, { message: '게이트웨이 오류' }));
    const http = fast({ retry: { limit: 2, backoffMs: 1 } });
    const error = await http.fetch(json(server.url('/api')), { source: 'jumpit' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpStatusError);
    const status = error as HttpStatusError;
    expect(status).toMatchObject({
      code: 'http_status',
      status: 502,
      method: 'GET',
      retries: 2,
      retryable: true,
    });
    expect(status.body).toEqual({ message: '게이트웨이 오류' });
    expect(status.message).toMatch(
      /^\[ohmystack:jumpit\] GET http:\/\/127\.0\.0\.1:\d+\/api → 502 after 2 retries; /,
    );
    expect(server.requestsTo('/api')).toHaveLength(3);
    expect(http.stats('jumpit').failures).toBe(1);
  });

  it('does not retry a 404 and marks it not retryable', async () => {
    const server = await serve((_q, res) => sendJson(res, 404, { code: 'C003' }));
    const error = await fast()
      .fetch(json(server.url('/gone')), { source: 'test' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpStatusError);
    expect(error).toMatchObject({ status: 404, retryable: false, body: { code: 'C003' } });
    expect(server.requestsTo('/gone')).toHaveLength(1);
  });

  it('truncates a long error body to about 2 KB', async () => {
    const server = await serve((_q, res) => sendText(res, 500, '가'.repeat(10_000)));
    const error = (await fast({ retry: 0 })
      .fetch(json(server.url('/big')), { source: 'test' })
      .catch((e: unknown) => e)) as HttpStatusError;
    expect(typeof error.body).toBe('string');
    expect((error.body as string).length).toBeLessThanOrEqual(2049);
  });

  it('retries a dropped connection, then succeeds', async () => {
    const server = await serve(
      scripted(
        (_q, res) => {
          res.socket?.destroy();
        },
        (_q, res) => sendJson(res, 200, [1, 2, 3]),
      ),
    );
    const events: RetryEvent[] = [];
    const res = await fast({ onRetry: (e) => events.push(e) }).fetch(json(server.url('/drop')), {
      source: 'test',
    });
    expect(res.body).toEqual([1, 2, 3]);
    expect(events).toHaveLength(1);
    expect(events[0]?.reason).toMatch(/^network: /);
    expect(events[0]?.attempt).toBe(2);
  });

  it('throws NetworkError when the connection keeps dropping', async () => {
    const server = await serve((_q, res) => {
      res.socket?.destroy();
    });
    const error = await fast({ retry: { limit: 1, backoffMs: 1 } })
      .fetch(json(server.url('/drop')), { source: 'test' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ code: 'network', retryable: true, retries: 1 });
  });

  it('retries a timeout (the stall may be in the body) and throws TimeoutError when every attempt stalls', async () => {
    let calls = 0;
    const server = await serve(async (_q, res) => {
      calls++;
      if (calls === 1) {
        // Headers go out at once; the body stalls, so only a timer that covers the body catches it.
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"a":');
        await new Promise(() => undefined); // the rest never comes
        return;
      }
      sendJson(res, 200, { a: 2 });
    });
    const http = fast({ timeout: 150 });
    const ok = await http.fetch(json(server.url('/slow')), { source: 'test' });
    expect(ok.body).toEqual({ a: 2 });
    expect(http.stats('test').retries).toBe(1);

    const stalled = await serve(() => new Promise<void>(() => undefined));
    const error = await fast({ timeout: 100, retry: { limit: 1, backoffMs: 1 } })
      .fetch(json(stalled.url('/stall')), { source: 'test' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ code: 'timeout', retryable: true, timeoutMs: 100 });
  });

  it('retries a truncated JSON body, and after the last retry throws a BodyParseError holding the body start', async () => {
    const server = await serve(
      scripted(
        (_q, res) => sendText(res, 200, '{"positions":[{"id":1},', { 'content-type': 'application/json' }),
        (_q, res) => sendJson(res, 200, { positions: [{ id: 1 }] }),
      ),
    );
    const http = fast();
    const res = await http.fetch(json(server.url('/list')), { source: 'test' });
    expect(res.body).toEqual({ positions: [{ id: 1 }] });
    expect(res.attempts).toBe(2);

    const broken = await serve((_q, res) =>
      sendText(res, 200, '{"cut":', { 'content-type': 'application/json' }),
    );
    const error = await fast({ retry: { limit: 2, backoffMs: 1 } })
      .fetch(json(broken.url('/list')), { source: 'test' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BodyParseError);
    expect(error).toMatchObject({ code: 'parse_failed', status: 200, body: '{"cut":' });
    expect(broken.requestsTo('/list')).toHaveLength(3);
  });

  it('reads text bodies in the declared charset', async () => {
    const euckr = Buffer.from([0xc0, 0xe2, 0xc4, 0xda, 0xb8, 0xae, 0xbe, 0xc6]); // '잡코리아'
    const server = await serve((_q, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=EUC-KR' });
      res.end(euckr);
    });
    const res = await fast().fetch(
      { kind: 'page', url: server.url('/'), responseType: 'text' },
      { source: 'test' },
    );
    expect(res.body).toBe('잡코리아');
  });
});

describe('createHttpClient: Retry-After and pacing', () => {
  it('waits what Retry-After (seconds) asks before retrying', async () => {
    const server = await serve(
      scripted(
        (_q, res) => sendJson(res, 429, {}, { 'retry-after': '1' }),
        (_q, res) => sendJson(res, 200, { ok: 1 }),
      ),
    );
    onFakeTime();
    const { starts, fetch } = startsRecorder();
    const events: RetryEvent[] = [];
    let retrying!: () => void;
    const retried = new Promise<void>((resolve) => {
      retrying = resolve;
    });
    const pending = fast({
      fetch,
      onRetry: (e) => {
        events.push(e);
        retrying();
      },
    }).fetch(json(server.url('/rl')), { source: 'test' });
    await retried;
    await vi.advanceTimersByTimeAsync(999);
    expect(starts.filter((start) => start.url.pathname === '/rl')).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    const res = await pending;
    expect(res.attempts).toBe(2);
    expect(gapsOf(starts, (url) => url.pathname === '/rl')).toEqual([1000]);
    expect(server.requestsTo('/rl')).toHaveLength(2);
    expect(events[0]).toMatchObject({ reason: 'status 429', delayMs: 1000 });
  });

  it('fails at once when Retry-After asks for more than maxRetryAfterMs', async () => {
    const server = await serve((_q, res) => sendJson(res, 503, {}, { 'retry-after': '3600' }));
    const error = await fast({ maxRetryAfterMs: 5000 })
      .fetch(json(server.url('/rl')), { source: 'test' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpStatusError);
    expect((error as HttpStatusError).hint).toMatch(/asked to wait 3600 s/);
    expect(server.requestsTo('/rl')).toHaveLength(1);
  });

  it('spaces requests to one host 1/rate apart however many are in flight', async () => {
    const server = await serve((_q, res) => sendJson(res, 200, {}));
    onFakeTime();
    const { starts, fetch } = startsRecorder();
    const http = createHttpClient({ perHostRate: 20, perHostConcurrency: 8, respectRobots: false, fetch });
    const all = Promise.all(
      Array.from({ length: 6 }, (_, i) => http.fetch(json(server.url(`/p${i}`)), { source: 'test' })),
    );
    // Six slots 50 ms apart: the last one opens at 250 ms.
    await vi.advanceTimersByTimeAsync(250);
    await all;
    expect(gapsOf(starts)).toEqual([50, 50, 50, 50, 50]);
    expect(server.requests).toHaveLength(6);
    expect(http.stats('test').throttledMs).toBe(50 + 100 + 150 + 200 + 250);
  });

  it('takes per-host limits from `hosts`, and another host is not slowed', async () => {
    const server = await serve((_q, res) => sendJson(res, 200, {}));
    const other = await serve((_q, res) => sendJson(res, 200, {}));
    onFakeTime();
    const { starts, fetch } = startsRecorder();
    const http = createHttpClient({
      respectRobots: false,
      perHostRate: 1000,
      hosts: { [server.host]: { rate: 10 } },
      fetch,
    });
    const all = Promise.all([
      ...[0, 1, 2].map((i) => http.fetch(json(server.url(`/h${i}`)), { source: 'test' })),
      http.fetch(json(other.url('/fast')), { source: 'test' }),
    ]);
    await vi.advanceTimersByTimeAsync(200);
    await all;
    expect(gapsOf(starts, (url) => url.host === server.host)).toEqual([100, 100]);
    // The other host's one request started at once, with the first slot of the slow host.
    expect(starts.filter((start) => start.url.host === other.host).map((start) => start.at)).toEqual([0]);
    expect(http.stats('test').requests).toBe(4);
  });

  it('keeps per-host concurrency', async () => {
    let inFlight = 0;
    let peak = 0;
    // Each request is held until a second one arrives, so pairs overlap on any machine; a client over
    // its limit would put more than two in flight.
    const held: (() => void)[] = [];
    const server = await serve(async (_q, res) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      if (inFlight >= 2) for (const release of held.splice(0)) release();
      else await new Promise<void>((resolve) => held.push(resolve));
      inFlight--;
      sendJson(res, 200, {});
    });
    const http = fast({ perHostConcurrency: 2, respectRobots: false });
    await Promise.all(
      Array.from({ length: 8 }, (_, i) => http.fetch(json(server.url(`/c${i}`)), { source: 'test' })),
    );
    expect(peak).toBe(2);
  });

  it('computes full-jitter backoff within its ceiling and reads Retry-After dates', () => {
    const policy = { limit: 3, backoffMs: 1000, maxBackoffMs: 3000 };
    expect(backoffDelay(1, policy, () => 0.999)).toBeLessThan(1000);
    expect(backoffDelay(3, policy, () => 0.999)).toBeLessThan(3000);
    expect(backoffDelay(3, policy, () => 0)).toBe(0);
    const now = Date.parse('2026-11-29T00:00:00Z');
    expect(parseRetryAfter('Sun, 29 Nov 2026 00:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('7', now)).toBe(7000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });
});

describe('createHttpClient: robots.txt', () => {
  it('denies a disallowed URL without requesting it, and fetches robots.txt once', async () => {
    const server = await serve((_q, res) => sendJson(res, 200, {}), 'User-agent: *\nDisallow: /private\n');
    const http = fast();
    await expect(http.fetch(json(server.url('/private/1')), { source: 'test' })).rejects.toBeInstanceOf(
      RobotsDeniedError,
    );
    const error = await http
      .fetch(json(server.url('/private/2')), { source: 'test' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'robots_disallowed', retryable: false, reason: 'disallowed' });
    expect((error as RobotsDeniedError).hint).toMatch(/respectRobots: false/);
    await http.fetch(json(server.url('/public')), { source: 'test' });
    expect(server.requestsTo('/robots.txt')).toHaveLength(1);
    expect(server.requests.filter((r) => r.pathname.startsWith('/private'))).toHaveLength(0);
    expect(http.stats('test').robotsDenied).toBe(2);
  });

  it('matches the ohmystack group over the * group', async () => {
    const server = await serve(
      (_q, res) => sendJson(res, 200, {}),
      'User-agent: *\nDisallow: /\n\nUser-agent: ohmystack\nAllow: /\n',
    );
    await expect(fast().fetch(json(server.url('/x')), { source: 'test' })).resolves.toMatchObject({
      status: 200,
    });
  });

  it('allows everything when robots.txt is a 4xx, and nothing when it keeps failing with 5xx (RFC 9309)', async () => {
    const missing = await serve((_q, res) => sendJson(res, 200, {}), 404);
    await expect(fast().fetch(json(missing.url('/x')), { source: 'test' })).resolves.toMatchObject({
      status: 200,
    });

    const failing = await serve((_q, res) => sendJson(res, 200, {}), 503);
    const error = await fast({ retry: { limit: 1, backoffMs: 1 } })
      .fetch(json(failing.url('/x')), { source: 'test' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RobotsDeniedError);
    expect(error).toMatchObject({ reason: 'unreachable' });
    expect(failing.requestsTo('/robots.txt')).toHaveLength(2);
    expect(failing.requestsTo('/x')).toHaveLength(0);
  });

  it('never asks for robots.txt with respectRobots: false', async () => {
    const server = await serve((_q, res) => sendJson(res, 200, {}), 'User-agent: *\nDisallow: /\n');
    await fast({ respectRobots: false }).fetch(json(server.url('/x')), { source: 'test' });
    expect(server.requestsTo('/robots.txt')).toHaveLength(0);
  });

  it('spaces requests by Crawl-delay when it is longer than the rate spacing', async () => {
    const server = await serve((_q, res) => sendJson(res, 200, {}), 'User-agent: *\nCrawl-delay: 0.2\n');
    onFakeTime();
    const { starts, fetch } = startsRecorder();
    const http = fast({ fetch });
    // The first request reads robots.txt (and its Crawl-delay) before it starts; the next two queue.
    await http.fetch(json(server.url('/d0')), { source: 'test' });
    const next = Promise.all([1, 2].map((i) => http.fetch(json(server.url(`/d${i}`)), { source: 'test' })));
    await vi.advanceTimersByTimeAsync(400);
    await next;
    expect(gapsOf(starts, (url) => url.pathname !== '/robots.txt')).toEqual([200, 200]);
    expect(server.requestsTo('/robots.txt')).toHaveLength(1);
  });
});

describe('createHttpClient: abort', () => {
  it('rejects with an AbortError when the signal aborts mid-request', async () => {
    const controller = new AbortController();
    // The server aborts the caller once the request has reached it, and never answers: only the abort
    // can end the call (a hang fails the test by its timeout, with no clock in the assertions).
    const server = await serve(() => {
      controller.abort();
      return new Promise<void>(() => undefined);
    });
    const error = await fast()
      .fetch(json(server.url('/hang')), { source: 'test', signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortedError);
    expect(error).toMatchObject({ name: 'AbortError', code: 'aborted' });
    expect(server.requestsTo('/hang')).toHaveLength(1);
  });

  // Each abort below comes from setImmediate inside onRetry: the client is then already waiting (the
  // wait starts in the same turn as onRetry), and the wait is long enough that only the abort ends it.
  it('cancels a backoff wait', async () => {
    const server = await serve((_q, res) => sendJson(res, 500, {}));
    // Full jitter could draw a wait near zero; the middle of the range is 300 s.
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const controller = new AbortController();
    const http = createHttpClient({
      respectRobots: false,
      retry: { limit: 5, backoffMs: 600_000, maxBackoffMs: 600_000 },
      onRetry: () => setImmediate(() => controller.abort()),
    });
    const error = await http
      .fetch(json(server.url('/x')), { source: 'test', signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortedError);
    expect(server.requestsTo('/x')).toHaveLength(1);
    expect(http.stats('test').retries).toBe(1);
  });

  it('cancels a rate-limit wait (a host paused by Retry-After)', async () => {
    const server = await serve((_q, res) => sendJson(res, 429, {}, { 'retry-after': '600' }));
    const controller = new AbortController();
    const http = createHttpClient({
      respectRobots: false,
      maxRetryAfterMs: 3_600_000,
      onRetry: () => setImmediate(() => controller.abort()),
    });
    const error = await http
      .fetch(json(server.url('/x')), { source: 'test', signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortedError);
    expect(server.requestsTo('/x')).toHaveLength(1);
  });

  it('rejects at once for an already aborted signal, sending nothing', async () => {
    const server = await serve((_q, res) => sendJson(res, 200, {}));
    await expect(
      fast().fetch(json(server.url('/x')), { source: 'test', signal: AbortSignal.abort() }),
    ).rejects.toBeInstanceOf(AbortedError);
    expect(server.requests).toHaveLength(0);
  });
});

describe('createHttpClient: requests, cookies and login', () => {
  it('sends an honest User-Agent with the version and a contact', async () => {
    const server = await serve((_q, res) => sendJson(res, 200, {}));
    await fast().fetch(json(server.url('/a'), { headers: { 'user-agent': 'Mozilla/5.0' } }), {
      source: 'test',
    });
    await fast({ contact: 'data@example.com' }).fetch(json(server.url('/b')), { source: 'test' });
    expect(server.requestsTo('/a')[0]?.headers['user-agent']).toBe(
      `ohmystack/${OHMYSTACK_VERSION} (+https://github.com/ohmystack/ohmystack)`,
    );
    expect(server.requestsTo('/b')[0]?.headers['user-agent']).toBe(
      `ohmystack/${OHMYSTACK_VERSION} (+https://github.com/ohmystack/ohmystack; data@example.com)`,
    );
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    expect(OHMYSTACK_VERSION).toBe(pkg.version);
  });

  it('repeats array search parameters and posts forms urlencoded', async () => {
    const server = await serve((_q, res) => sendJson(res, 200, {}));
    const http = fast();
    await http.fetch(
      json(server.url('/api?sort=rsp_rate'), { searchParams: { jobCategory: [1, 2], page: 3, fresh: true } }),
      {
        source: 'test',
      },
    );
    await http.fetch(json(server.url('/form'), { form: { keyword: '백엔드', page: '1' } }), {
      source: 'test',
    });
    expect(server.requestsTo('/api')[0]?.url).toBe(
      '/api?sort=rsp_rate&jobCategory=1&jobCategory=2&page=3&fresh=true',
    );
    const form = server.requestsTo('/form')[0]!;
    expect(form.method).toBe('POST');
    expect(form.headers['content-type']).toMatch(/application\/x-www-form-urlencoded/);
    expect(Object.fromEntries(new URLSearchParams(form.body))).toEqual({ keyword: '백엔드', page: '1' });
  });

  it('keeps cookies per origin: Set-Cookie comes back as Cookie, an expired one is dropped', async () => {
    const server = await serve((req, res) => {
      if (req.pathname === '/set')
        return sendJson(res, 200, {}, { 'set-cookie': 'sid=abc123; Path=/; HttpOnly' });
      if (req.pathname === '/clear') return sendJson(res, 200, {}, { 'set-cookie': 'sid=; Max-Age=0' });
      return sendJson(res, 200, {});
    });
    const other = await serve((_q, res) => sendJson(res, 200, {}));
    const http = fast();
    await http.fetch(json(server.url('/set')), { source: 'test' });
    await http.fetch(json(server.url('/next')), { source: 'test' });
    await http.fetch(json(other.url('/elsewhere')), { source: 'test' });
    await http.fetch(json(server.url('/clear')), { source: 'test' });
    await http.fetch(json(server.url('/after')), { source: 'test' });
    expect(server.requestsTo('/next')[0]?.headers.cookie).toBe('sid=abc123');
    expect(other.requestsTo('/elsewhere')[0]?.headers.cookie).toBeUndefined();
    expect(server.requestsTo('/after')[0]?.headers.cookie).toBeUndefined();
  });

  it('runs the login hook once per origin before its first request, sharing the session cookie', async () => {
    const server = await serve((req, res) => {
      if (req.pathname === '/login') return sendJson(res, 200, {}, { 'set-cookie': 'session=s3cr3t' });
      if (req.headers.cookie !== 'session=s3cr3t') return sendJson(res, 401, {});
      return sendJson(res, 200, { me: true });
    }, 'User-agent: *\nDisallow: /login\n');
    let logins = 0;
    const http = fast({
      login: async ({ origin, fetch }) => {
        logins++;
        await fetch({
          kind: 'page',
          url: `${origin}/login`,
          form: { id: 'me', pw: 'pw' },
          responseType: 'json',
        });
      },
    });
    const answers = await Promise.all(
      [1, 2, 3].map((i) => http.fetch(json(server.url(`/me${i}`)), { source: 'test' })),
    );
    expect(answers.map((a) => a.body)).toEqual([{ me: true }, { me: true }, { me: true }]);
    expect(logins).toBe(1);
    expect(server.requestsTo('/login')).toHaveLength(1);
  });

  it('turns a failing login into an AuthError without its text', async () => {
    const server = await serve((_q, res) => sendJson(res, 200, {}));
    const http = fast({
      login: async () => {
        throw new Error('password hunter2 rejected');
      },
    });
    const error = await http.fetch(json(server.url('/x')), { source: 'test' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect((error as AuthError).message).not.toContain('hunter2');
    expect(server.requestsTo('/x')).toHaveLength(0);
  });

  it('keeps keys and cookies out of error messages', async () => {
    const server = await serve((req, res) => {
      if (req.pathname === '/set') return sendJson(res, 200, {}, { 'set-cookie': 'sid=COOKIEVALUE' });
      return sendJson(res, 500, {});
    });
    const http = fast({ retry: 0 });
    await http.fetch(json(server.url('/set')), { source: 'kakao' });
    const error = await http
      .fetch(json(server.url('/v2/local?query=강남'), { searchParams: { api_key: 'SECRETKEY' } }), {
        source: 'kakao',
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpStatusError);
    const text = `${(error as Error).message} ${JSON.stringify(error)} ${(error as HttpStatusError).url}`;
    expect(text).not.toMatch(/SECRETKEY|COOKIEVALUE/);
    expect((error as Error).message).toContain('api_key=***');

    const withCredentials = server.url('/x').replace('http://', 'http://user:PASSWORD@');
    const rejected = await http.fetch(json(withCredentials), { source: 'kakao' }).catch((e: unknown) => e);
    expect(rejected).toBeInstanceOf(ValidationError);
    expect((rejected as Error).message).not.toContain('PASSWORD');
  });

  it('rejects impossible options', () => {
    expect(() => createHttpClient({ perHostRate: 0 })).toThrow(ValidationError);
    expect(() => createHttpClient({ concurrency: 1.5 })).toThrow(ValidationError);
  });
});
