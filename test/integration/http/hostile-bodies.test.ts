// Sites that answer with bodies meant to exhaust a crawler — half a gigabyte of list, a compression
// bomb, a body that never ends, one byte at a time — against real servers on 127.0.0.1: the client
// stops reading at its cap or its timers, closes the connection, and fails with a typed error.
import type { ServerResponse } from 'node:http';
import { brotliCompressSync, constants, deflateSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHttpClient, type HttpClientOptions } from '../../../src/http/http-client.js';
import type { RequestSpec } from '../../../src/http/types.js';
import { BodyTooLargeError } from '../../../src/model/errors/body-too-large-error.js';
import { TimeoutError } from '../../../src/model/errors/timeout-error.js';
import { startTestServer, type TestHandler, type TestServer } from '../../helpers/test-server.js';

const KiB = 1024;
const MiB = 1024 * KiB;
/** Node's HTTP stack and zlib hand a body over in chunks of at most 64 KiB; a read may overshoot by one. */
const ONE_CHUNK = 64 * KiB;

/** What a hostile server saw: bytes it managed to write and answers whose connection the client closed. */
interface Watch {
  written: number;
  /** Answers closed before the server finished them (the client hung up). */
  cutOff: number;
}

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(
  handler: (res: ServerResponse, watch: Watch) => void,
): Promise<TestServer & { watch: Watch }> {
  const watch: Watch = { written: 0, cutOff: 0 };
  const wrapped: TestHandler = (_req, res) => {
    res.on('close', () => {
      if (!res.writableFinished) watch.cutOff++;
    });
    handler(res, watch);
  };
  const server = await startTestServer(wrapped);
  servers.push(server);
  return { ...server, watch };
}

const client = (extra: HttpClientOptions = {}) =>
  createHttpClient({
    perHostRate: Number.POSITIVE_INFINITY,
    respectRobots: false,
    retry: { limit: 3, backoffMs: 1, maxBackoffMs: 5 },
    ...extra,
  });

const list = (url: string, extra: Partial<RequestSpec> = {}): RequestSpec => ({
  kind: 'list',
  url,
  responseType: 'json',
  ...extra,
});

/** Writes `total` bytes as fast as the client reads them (never faster), then ends. */
function flood(res: ServerResponse, watch: Watch, total: number): void {
  res.writeHead(200, { 'content-type': 'application/json' });
  const chunk = Buffer.alloc(64 * KiB, ' ');
  const write = () => {
    while (watch.written < total && !res.destroyed) {
      watch.written += chunk.length;
      if (!res.write(chunk)) {
        res.once('drain', write);
        return;
      }
    }
    res.end();
  };
  write();
}

/** Writes `chunk` every `everyMs` until the client hangs up. */
function drip(res: ServerResponse, watch: Watch, chunk: string, everyMs: number): void {
  res.writeHead(200, { 'content-type': 'text/plain' });
  res.write(chunk);
  const timer = setInterval(() => {
    watch.written += chunk.length;
    res.write(chunk);
  }, everyMs);
  res.on('close', () => clearInterval(timer));
}

async function failure(pending: Promise<unknown>): Promise<unknown> {
  return pending.then(
    () => expect.unreachable('the request should have failed'),
    (error: unknown) => error,
  );
}

describe('oversized answers', () => {
  it('stops a 512 MiB list answer at the default 10 MiB cap, once, and hangs up', async () => {
    const server = await serve((res, watch) => flood(res, watch, 512 * MiB));
    const http = client();
    const error = await failure(http.fetch(list(server.url('/api/list')), { source: 'site' }));

    expect(error).toBeInstanceOf(BodyTooLargeError);
    const { limitBytes, bytesRead } = error as BodyTooLargeError;
    expect(limitBytes).toBe(10 * MiB);
    expect(bytesRead).toBeGreaterThan(10 * MiB);
    expect(bytesRead).toBeLessThanOrEqual(10 * MiB + ONE_CHUNK);
    expect(server.requestsTo('/api/list')).toHaveLength(1);
    expect(http.stats('site')).toMatchObject({ requests: 1, retries: 0, failures: 1, bodyBytes: bytesRead });
    await vi.waitFor(() => expect(server.watch.cutOff).toBe(1));
    // Socket buffers hold a few MiB at most; the server never got to send the rest.
    expect(server.watch.written).toBeLessThan(64 * MiB);
  });

  it.each([
    ['gzip', gzipSync],
    ['deflate', deflateSync],
    // Brotli's default quality is slow to build a bomb with; the client's side does not depend on it.
    ['br', (bytes: Buffer) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } })],
  ] as const)(
    'counts %s bodies after decompression: a 32 MiB bomb stops at a 1 MiB cap',
    async (encoding, compress) => {
      const bomb = compress(Buffer.alloc(32 * MiB, '0'));
      expect(bomb.length).toBeLessThan(MiB); // small on the wire, so only decompressed counting catches it
      const server = await serve((res) => {
        res.writeHead(200, {
          'content-type': 'application/json',
          'content-encoding': encoding,
          'content-length': bomb.length,
        });
        res.end(bomb);
      });
      const http = client({ maxBodyBytes: MiB });
      const error = await failure(http.fetch(list(server.url('/bomb')), { source: 'site' }));

      expect(error).toBeInstanceOf(BodyTooLargeError);
      const { bytesRead } = error as BodyTooLargeError;
      expect(bytesRead).toBeGreaterThan(MiB);
      expect(bytesRead).toBeLessThanOrEqual(MiB + ONE_CHUNK);
      expect(server.requestsTo('/bomb')).toHaveLength(1);
      expect(http.stats('site').bodyBytes).toBe(bytesRead);
    },
  );

  it('holds the cap with a user-supplied fetch that sends a Request object', async () => {
    const server = await serve((res, watch) => flood(res, watch, 512 * MiB));
    const viaRequest: typeof fetch = (resource, init) =>
      fetch(new Request(resource instanceof Request ? resource.url : String(resource), init));
    const http = client({ fetch: viaRequest, maxBodyBytes: 2 * MiB });
    const error = await failure(http.fetch(list(server.url('/api/list')), { source: 'site' }));

    expect(error).toMatchObject({ code: 'body_too_large', limitBytes: 2 * MiB });
    expect(server.requestsTo('/api/list')).toHaveLength(1);
    await vi.waitFor(() => expect(server.watch.cutOff).toBe(1));
  });
});

describe('bodies that never end', () => {
  it('times out an endless chunked body while reading it, retries once, and closes both connections', async () => {
    const server = await serve((res, watch) => drip(res, watch, 'x'.repeat(100), 10));
    const http = client({ timeout: 500, retry: { limit: 1, backoffMs: 1, maxBackoffMs: 5 } });
    const error = await failure(http.fetch(list(server.url('/endless')), { source: 'site' }));

    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ code: 'timeout', phase: 'body', timeoutMs: 500, retries: 1 });
    expect(server.requestsTo('/endless')).toHaveLength(2);
    await vi.waitFor(() => expect(server.watch.cutOff).toBe(2));
    expect(http.stats('site')).toMatchObject({ requests: 2, retries: 1, failures: 1 });
    expect(http.stats('site').bodyBytes).toBeGreaterThan(0);
  });

  it('times out a body trickled one byte per 100 ms on the idle timer', async () => {
    const server = await serve((res, watch) => drip(res, watch, 'x', 100));
    const http = client({ idleTimeout: 50, retry: 0 });
    const error = await failure(http.fetch(list(server.url('/trickle')), { source: 'site' }));

    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ phase: 'idle', timeoutMs: 50, retries: 0 });
    expect((error as TimeoutError).message).toContain('no data for 50 ms');
    expect(server.requestsTo('/trickle')).toHaveLength(1);
    await vi.waitFor(() => expect(server.watch.cutOff).toBe(1));
  });

  it('stops an endless body even when a user-supplied fetch ignores the abort signal', async () => {
    const server = await serve((res, watch) => drip(res, watch, 'x'.repeat(100), 10));
    const deaf: typeof fetch = (resource, init) => fetch(resource, { ...init, signal: null });
    const http = client({ fetch: deaf, timeout: 500, retry: 0 });
    const error = await failure(http.fetch(list(server.url('/endless')), { source: 'site' }));

    expect(error).toMatchObject({ code: 'timeout', phase: 'body' });
    expect(server.requestsTo('/endless')).toHaveLength(1);
    await vi.waitFor(() => expect(server.watch.cutOff).toBe(1));
  });

  it('says when the headers never came', async () => {
    const server = await serve(() => {
      // Never answers: the timer must end the wait for the headers.
    });
    const error = await failure(
      client({ timeout: 200, retry: 0 }).fetch(list(server.url('/silent')), { source: 'site' }),
    );
    expect(error).toMatchObject({ code: 'timeout', phase: 'headers', timeoutMs: 200 });
    await vi.waitFor(() => expect(server.watch.cutOff).toBe(1));
  });
});
