// Body caps, error-body bounds, truncation, byte counts, secret scrubbing and redirect outcomes of one
// attempt, against real servers on 127.0.0.1.
import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { CookieJar } from '../../../src/http/cookie-jar.js';
import { createHttpClient, type HttpClientOptions } from '../../../src/http/http-client.js';
import { largeBodyGate } from '../../../src/http/large-body-gate.js';
import { resolveHttpClientOptions } from '../../../src/http/options.js';
import { type AttemptInput, sendAttempt } from '../../../src/http/send-attempt.js';
import type { RequestSpec } from '../../../src/http/types.js';
import { BodyParseError } from '../../../src/model/errors/body-parse-error.js';
import { BodyTooLargeError } from '../../../src/model/errors/body-too-large-error.js';
import { HttpStatusError } from '../../../src/model/errors/http-status-error.js';
import { NetworkError } from '../../../src/model/errors/network-error.js';
import { TimeoutError } from '../../../src/model/errors/timeout-error.js';
import {
  sendJson,
  sendText,
  startTestServer,
  type TestHandler,
  type TestServer,
} from '../../helpers/test-server.js';

const KiB = 1024;
/** Node's HTTP stack hands a body over in chunks of at most 64 KiB; a read may overshoot a cap by one. */
const ONE_CHUNK = 64 * KiB;

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(handler: TestHandler): Promise<TestServer> {
  const server = await startTestServer(handler);
  servers.push(server);
  return server;
}

const client = (extra: HttpClientOptions = {}) =>
  createHttpClient({
    perHostRate: Number.POSITIVE_INFINITY,
    respectRobots: false,
    retry: { limit: 2, backoffMs: 1, maxBackoffMs: 5 },
    ...extra,
  });

const spec = (url: string, extra: Partial<RequestSpec> = {}): RequestSpec => ({
  kind: 'list',
  url,
  responseType: 'json',
  ...extra,
});

/** Writes `total` bytes of `fill` in 16 KiB writes as fast as the client reads, without a Content-Length. */
function stream(res: ServerResponse, total: number, fill = 'x', status = 200): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  const chunk = Buffer.alloc(16 * KiB, fill);
  let sent = 0;
  const write = () => {
    while (sent < total && !res.destroyed) {
      sent += chunk.length;
      if (!res.write(chunk)) {
        res.once('drain', write);
        return;
      }
    }
    res.end();
  };
  write();
}

async function failure(pending: Promise<unknown>): Promise<unknown> {
  return pending.then(
    () => expect.unreachable('the request should have failed'),
    (error: unknown) => error,
  );
}

describe('body cap', () => {
  it('stops reading a list answer at the cap and fails it once, without retrying', async () => {
    const server = await serve((_req, res) => stream(res, 8 * 1024 * KiB));
    const http = client({ maxBodyBytes: { list: 256 * KiB } });
    const error = await failure(http.fetch(spec(server.url('/list')), { source: 't' }));
    expect(error).toBeInstanceOf(BodyTooLargeError);
    const tooLarge = error as BodyTooLargeError;
    expect(tooLarge.code).toBe('body_too_large');
    expect(tooLarge.retryable).toBe(false);
    expect(tooLarge.limitBytes).toBe(256 * KiB);
    expect(tooLarge.bytesRead).toBeGreaterThan(256 * KiB);
    expect(tooLarge.bytesRead).toBeLessThanOrEqual(256 * KiB + ONE_CHUNK);
    expect(server.requestsTo('/list')).toHaveLength(1);
    expect(http.stats('t')).toMatchObject({
      requests: 1,
      retries: 0,
      failures: 1,
      bodyBytes: tooLarge.bytesRead,
    });
  });

  it('refuses a Content-Length over the cap before reading a byte', async () => {
    const server = await serve((_req, res) => sendJson(res, 200, { items: 'x'.repeat(100 * KiB) }));
    const http = client({ maxBodyBytes: 10 * KiB });
    const error = await failure(http.fetch(spec(server.url('/list')), { source: 't' }));
    expect(error).toBeInstanceOf(BodyTooLargeError);
    expect(error).toMatchObject({ limitBytes: 10 * KiB, bytesRead: 0 });
    expect(http.stats('t')).toMatchObject({ requests: 1, bodyBytes: 0 });
  });

  it('takes a cap set on the request over the client cap for its kind', async () => {
    const server = await serve((_req, res) => sendText(res, 200, 'y'.repeat(5 * KiB)));
    const http = client();
    const error = await failure(
      http.fetch(spec(server.url('/page'), { kind: 'page', responseType: 'text', maxBodyBytes: KiB }), {
        source: 't',
      }),
    );
    expect(error).toMatchObject({ code: 'body_too_large', limitBytes: KiB });
  });

  it('cuts a text answer at the cap and says so with oversize: truncate', async () => {
    const server = await serve((_req, res) => stream(res, 256 * KiB, 'a'));
    const http = client({ maxBodyBytes: 10 * KiB });
    const res = await http.fetch(
      spec(server.url('/sitemap'), { kind: 'sitemap', responseType: 'text', oversize: 'truncate' }),
      {
        source: 't',
      },
    );
    expect(res.truncated).toBe(true);
    expect(res.body).toBe('a'.repeat(10 * KiB));
    expect(res.attempts).toBe(1);
  });

  it('drops a character the cut splits instead of showing U+FFFD', async () => {
    // '가' is 3 bytes in UTF-8: a 1000-byte cut keeps 333 of them and splits the 334th.
    const server = await serve((_req, res) => sendText(res, 200, '가'.repeat(1000)));
    const http = client({ maxBodyBytes: 1000 });
    const res = await http.fetch(
      spec(server.url('/p'), { kind: 'page', responseType: 'text', oversize: 'truncate' }),
      {
        source: 't',
      },
    );
    expect(res.body).toBe('가'.repeat(333));
  });

  it('leaves a text answer within the cap whole, without the truncated flag', async () => {
    const server = await serve((_req, res) => sendText(res, 200, 'short'));
    const res = await client({ maxBodyBytes: 10 }).fetch(
      spec(server.url('/p'), { kind: 'page', responseType: 'text', oversize: 'truncate' }),
      { source: 't' },
    );
    expect(res.body).toBe('short');
    expect(res.truncated).toBeUndefined();
  });

  it('fails a JSON answer over the cap even with oversize: truncate (cut JSON cannot be parsed)', async () => {
    const server = await serve((_req, res) => stream(res, 256 * KiB));
    const error = await failure(
      client({ maxBodyBytes: 10 * KiB }).fetch(spec(server.url('/list'), { oversize: 'truncate' }), {
        source: 't',
      }),
    );
    expect(error).toBeInstanceOf(BodyTooLargeError);
  });
});

describe('error answers and byte counts', () => {
  it('reads no more than 64 KiB of an error answer and keeps a snippet of it', async () => {
    const server = await serve((_req, res) => stream(res, 8 * 1024 * KiB, 'e', 404));
    const http = client();
    const error = await failure(http.fetch(spec(server.url('/gone')), { source: 't' }));
    expect(error).toBeInstanceOf(HttpStatusError);
    expect(String((error as HttpStatusError).body)).toMatch(/^e{2048}…$/);
    const { bodyBytes } = http.stats('t');
    expect(bodyBytes).toBeGreaterThan(64 * KiB);
    expect(bodyBytes).toBeLessThanOrEqual(64 * KiB + ONE_CHUNK);
  });

  it('counts the body bytes of every attempt into stats.bodyBytes', async () => {
    let call = 0;
    const server = await serve((_req, res) => {
      if (call++ === 0) sendText(res, 503, 'busy');
      else sendJson(res, 200, { ok: true });
    });
    const http = client();
    const res = await http.fetch(spec(server.url('/list')), { source: 't' });
    expect(res.attempts).toBe(2);
    expect(http.stats('t').bodyBytes).toBe('busy'.length + JSON.stringify({ ok: true }).length);
  });
});

describe('one attempt', () => {
  const options = resolveHttpClientOptions({ timeout: 5000 });
  const scrub = (text: string) => text.replaceAll('SECRET-KEY', '***');
  const input = (url: string, extra: Partial<AttemptInput> = {}): AttemptInput => ({
    spec: spec(url),
    url: new URL(url),
    method: 'GET',
    source: 't',
    signal: undefined,
    options,
    jar: undefined,
    scrub,
    gate: largeBodyGate(2),
    ...extra,
  });

  it('scrubs secrets a site echoes back from bodies before JSON.parse, error bodies and network reasons', async () => {
    const server = await serve((req, res) => {
      if (req.pathname === '/ok') sendJson(res, 200, { echo: 'key=SECRET-KEY' });
      else if (req.pathname === '/bad') sendText(res, 401, 'bad key SECRET-KEY');
      else sendText(res, 200, '{"echo": "SECRET-KEY", trunc');
    });
    const ok = await sendAttempt(input(server.url('/ok')));
    expect(ok).toMatchObject({ kind: 'ok', response: { body: { echo: 'key=***' } } });

    const bad = await sendAttempt(input(server.url('/bad')));
    expect(bad.kind).toBe('failed');
    const status = bad.kind === 'failed' ? bad.toError(0) : undefined;
    expect(status).toBeInstanceOf(HttpStatusError);
    expect((status as HttpStatusError).body).toBe('bad key ***');

    const cut = await sendAttempt(input(server.url('/cut')));
    const parse = cut.kind === 'failed' ? cut.toError(0) : undefined;
    expect(parse).toBeInstanceOf(BodyParseError);
    expect(JSON.stringify((parse as BodyParseError).body)).not.toContain('SECRET-KEY');

    const throwing: typeof fetch = () =>
      Promise.reject(new TypeError('fetch failed', { cause: new Error('proxy refused SECRET-KEY') }));
    const net = await sendAttempt(
      input(server.url('/ok'), { options: resolveHttpClientOptions({ fetch: throwing }) }),
    );
    expect(net).toMatchObject({ kind: 'failed', reason: 'network: proxy refused ***' });
    const netError = net.kind === 'failed' ? net.toError(0) : undefined;
    expect(netError).toBeInstanceOf(NetworkError);
    expect(netError?.message).not.toContain('SECRET-KEY');
  });

  it.each([
    [301, 'GET', 'GET'],
    [302, 'POST', 'GET'],
    [303, 'POST', 'GET'],
    [307, 'POST', 'POST'],
    [308, 'POST', 'POST'],
  ] as const)(
    'hands a %i back as a redirect (%s becomes %s), storing its cookies, unread',
    async (status, method, next) => {
      const server = await serve((_req, res) => {
        res.writeHead(status, { location: '../next?page=2', 'set-cookie': 'sid=abc; Path=/' });
        res.end('moved'.repeat(1000));
      });
      const jar = new CookieJar();
      const url = server.url('/a/b');
      const outcome = await sendAttempt(input(url, { method, jar, spec: spec(url, { method }) }));
      expect(outcome).toEqual({
        kind: 'redirect',
        status,
        location: new URL(server.url('/next?page=2')),
        method: next,
        bodyBytes: 0,
      });
      expect(jar.header(server.origin)).toBe('sid=abc');
    },
  );

  it('keeps a 3xx without a Location a failed status that is not retried', async () => {
    const server = await serve((_req, res) => sendText(res, 302, 'nowhere'));
    const outcome = await sendAttempt(input(server.url('/x')));
    expect(outcome).toMatchObject({ kind: 'failed', retryable: false, reason: 'status 302' });
  });

  it('sends fetch a URL string, never a Request object, with redirects left manual', async () => {
    const server = await serve((_req, res) => sendJson(res, 200, {}));
    const seen: unknown[] = [];
    const recording: typeof fetch = (resource, init) => {
      seen.push(resource, init?.redirect);
      return fetch(resource, init);
    };
    await sendAttempt(input(server.url('/x'), { options: resolveHttpClientOptions({ fetch: recording }) }));
    expect(seen).toEqual([server.url('/x'), 'manual']);
  });
});

describe('TimeoutError phase', () => {
  const base = { source: 'j', url: 'https://j.kr/', method: 'GET', timeoutMs: 3000 };

  it('says where time ran out', () => {
    expect(new TimeoutError({ ...base, phase: 'headers' }).message).toContain(
      'GET https://j.kr/ timed out after 3000 ms waiting for the headers',
    );
    expect(new TimeoutError({ ...base, phase: 'body' }).message).toContain(
      'GET https://j.kr/ timed out after 3000 ms while reading the body',
    );
    expect(new TimeoutError({ ...base, phase: 'idle', timeoutMs: 10_000 }).message).toContain(
      'no data for 10000 ms',
    );
  });

  it('keeps the message without a phase as it was', () => {
    const error = new TimeoutError({ ...base, retries: 1 });
    expect(error.phase).toBeUndefined();
    expect(error.message).toContain('GET https://j.kr/ timed out after 3000 ms after 1 retry;');
  });
});
