// Every error class is built the same way — `new XError(details)` — and keeps its name, code, retryable
// flag, hint, fields and message text, which users and the CLI match on.
import { describe, expect, it } from 'vitest';
import { MissingPackageError } from '../../../../src/cli/missing-package-error.js';
import { UsageError } from '../../../../src/cli/usage-error.js';
import {
  AbortedError,
  AuthError,
  BodyParseError,
  CapabilityError,
  ConfigError,
  HttpStatusError,
  isOhmystackError,
  isRetryable,
  MissingOptionError,
  NetworkError,
  OhmystackError,
  ParseError,
  QuotaExceededError,
  RobotsDeniedError,
  RunLockedError,
  SinkWriteError,
  TimeoutError,
  ValidationError,
} from '../../../../src/model/index.js';
import { AthenaQueryError } from '../../../../src/sinks/athena/athena-query-error.js';

const cause = new Error('boom');

// One construction per class, with the context and, where it has one, the cause in its details.
const EVERY_CLASS: [string, (details: { cause: unknown; hint?: string }) => Error][] = [
  ['OhmystackError', (d) => new OhmystackError({ message: '잘못된 값', code: 'validation_failed', ...d })],
  ['AbortedError', (d) => new AbortedError({ what: 'query', ...d })],
  ['AuthError', (d) => new AuthError({ message: 'login hook failed', source: 'saramin', ...d })],
  ['ParseError', (d) => new ParseError({ message: 'body has no HTML markup', source: 'jobkorea', ...d })],
  [
    'BodyParseError',
    (d) => new BodyParseError({ source: 'wanted', status: 200, body: '{"a":', reason: 'cut short', ...d }),
  ],
  ['CapabilityError', (d) => new CapabilityError({ sink: 'file', capability: 'query', ...d })],
  ['ConfigError', (d) => new ConfigError({ issues: [{ path: ['geo'], message: 'bad' }], ...d })],
  ['HttpStatusError', (d) => new HttpStatusError({ source: 'jumpit', method: 'GET', status: 503, ...d })],
  ['MissingOptionError', (d) => new MissingOptionError({ source: 'fileSink', option: 'dir', ...d })],
  ['NetworkError', (d) => new NetworkError({ source: 'jumpit', method: 'GET', reason: 'ECONNRESET', ...d })],
  [
    'QuotaExceededError',
    (d) => new QuotaExceededError({ message: 'quota used up', provider: 'kakao', ...d }),
  ],
  ['RobotsDeniedError', (d) => new RobotsDeniedError({ source: 'jumpit', reason: 'disallowed', ...d })],
  ['RunLockedError', (d) => new RunLockedError({ runId: '20261129T0900', holder: 'pid 42', ...d })],
  ['SinkWriteError', (d) => new SinkWriteError({ sink: 'file', operation: 'write', ...d })],
  ['TimeoutError', (d) => new TimeoutError({ source: 'jumpit', method: 'GET', timeoutMs: 10_000, ...d })],
  [
    'ValidationError',
    (d) =>
      new ValidationError({ what: 'raw posting', issues: [{ path: ['id'], message: 'required' }], ...d }),
  ],
  [
    'AthenaQueryError',
    (d) => new AthenaQueryError({ queryExecutionId: 'q1', state: 'FAILED', reason: 'x', ...d }),
  ],
  ['UsageError', (d) => new UsageError({ message: 'unknown option --x', ...d })],
  ['MissingPackageError', (d) => new MissingPackageError({ packageName: 'pg', why: 'sql needs pg', ...d })],
];

describe('one constructor shape', () => {
  it.each(EVERY_CLASS)('%s takes its cause from the details', (_name, make) => {
    expect(make({ cause }).cause).toBe(cause);
  });

  it.each(EVERY_CLASS)('%s takes a hint from the details over its own', (_name, make) => {
    const error = make({ cause, hint: '다음에 할 일' }) as Error & { hint?: string };
    expect(error.hint).toBe('다음에 할 일');
  });

  it.each(EVERY_CLASS)('%s keeps its class name as `name` (AbortedError: AbortError)', (name, make) => {
    expect(make({ cause }).name).toBe(name === 'AbortedError' ? 'AbortError' : name);
  });
});

describe('messages, codes and fields', () => {
  it.each([
    [
      new AbortedError({ sink: 'athena', what: 'query', cause }),
      'aborted',
      false,
      '[ohmystack:athena] query aborted; the caller aborted; nothing to fix',
    ],
    [
      new AbortedError(),
      'aborted',
      false,
      '[ohmystack] operation aborted; the caller aborted; nothing to fix',
    ],
    [
      new AuthError({ message: 'login hook for https://a.kr failed (threw)', source: 'jumpit' }),
      'auth_failed',
      false,
      '[ohmystack:jumpit] login hook for https://a.kr failed (threw); check the login hook and the credentials it uses',
    ],
    [
      new BodyParseError({
        source: 'wanted',
        status: 200,
        body: '{"a":',
        reason: 'Unexpected end',
        retries: 2,
      }),
      'parse_failed',
      false,
      "[ohmystack:wanted] a 200 answer's body is unreadable: Unexpected end after 2 retries; the site may have cut the body short or changed its format; the body start is kept in quarantine",
    ],
    [
      new CapabilityError({ sink: 'null', capability: 'mode:merge' }),
      'capability_missing',
      false,
      '[ohmystack:null] sink does not support mode:merge; pick a sink whose capabilities include mode:merge, or drop it from the config',
    ],
    [
      new ConfigError({ issues: [{ path: ['a'], message: 'b' }], origin: 'ohmystack.config.json' }),
      'invalid_config',
      false,
      '[ohmystack] invalid ohmystack.config.json: a: b; fix the setting in ohmystack.config.json (or .ts) or the OHMYSTACK_* environment variables; `ohmystack doctor` checks them',
    ],
    [
      new HttpStatusError({
        source: 'jumpit',
        url: 'https://j.kr/x?apikey=s',
        method: 'GET',
        status: 429,
        retries: 3,
      }),
      'http_status',
      true,
      '[ohmystack:jumpit] GET https://j.kr/x?apikey=*** → 429 after 3 retries; lower concurrency or the per-host rate',
    ],
    [
      new MissingOptionError({ source: 'fileSink', option: 'dir' }),
      'missing_option',
      false,
      '[ohmystack:fileSink] option "dir" is required; pass "dir" in the options of fileSink()',
    ],
    [
      new NetworkError({
        source: 'saramin',
        url: 'https://s.kr/',
        method: 'GET',
        reason: 'ECONNRESET',
        retries: 1,
      }),
      'network',
      true,
      '[ohmystack:saramin] GET https://s.kr/ failed: ECONNRESET after 1 retry; check the network, a proxy or the site; the request can be retried',
    ],
    [
      new OhmystackError({ message: 'invalid table "공고"', code: 'validation_failed', sink: 'sql' }),
      'validation_failed',
      false,
      '[ohmystack:sql] invalid table "공고"',
    ],
    [
      new ParseError({ message: 'page has no 모집요강 rows', source: 'jobkorea' }),
      'parse_failed',
      false,
      '[ohmystack:jobkorea] page has no 모집요강 rows; the site may have changed its markup or API; the raw body is kept in quarantine',
    ],
    [
      new RobotsDeniedError({
        source: 'jumpit',
        url: 'https://j.kr/p',
        reason: 'unreachable',
        detail: 'status 503',
      }),
      'robots_disallowed',
      false,
      '[ohmystack:jumpit] https://j.kr/robots.txt answered status 503, which RFC 9309 reads as disallow all; https://j.kr/p was not fetched; the site is failing; try again later',
    ],
    [
      new RunLockedError({ runId: '20261129T0900', holder: 'pid 42' }),
      'run_locked',
      false,
      '[ohmystack] run 20261129T0900 is already running (pid 42); wait for it to finish; a lock left by a killed process is taken over once its process is gone',
    ],
    [
      new SinkWriteError({ sink: 'file', operation: 'write', runId: '20261129T0900', cause: eBusy() }),
      'sink_write_failed',
      true,
      '[ohmystack:file] write failed for run 20261129T0900: busy; a transient failure; rerun the same slot (reruns replace, never duplicate)',
    ],
    [
      new TimeoutError({
        source: 'jumpit',
        url: 'https://j.kr/',
        method: 'GET',
        timeoutMs: 5000,
        retries: 2,
      }),
      'timeout',
      true,
      '[ohmystack:jumpit] GET https://j.kr/ timed out after 5000 ms after 2 retries; the site is slow; raise `timeout` or lower concurrency',
    ],
    [
      new ValidationError({
        what: 'run manifest',
        issues: [{ path: ['files', 0, 'rows'], message: 'disagree' }],
      }),
      'validation_failed',
      false,
      '[ohmystack] invalid run manifest: files.0.rows: disagree; the record goes to quarantine; fix the input or report the site change',
    ],
    [
      new AthenaQueryError({ queryExecutionId: 'q2', state: 'CANCELLED', reason: 'user' }),
      'query_failed',
      false,
      '[ohmystack:athena] query q2 CANCELLED: user; the query was cancelled; run it again',
    ],
  ] as const)('%s', (error, code, retryable, message) => {
    expect(error.code).toBe(code);
    expect(error.retryable).toBe(retryable);
    expect(isRetryable(error)).toBe(retryable);
    expect(isOhmystackError(error)).toBe(true);
    expect(error.message).toBe(message);
    expect(error.message.endsWith(error.hint ? `; ${error.hint}` : '')).toBe(true);
  });

  it('keeps each class’s own fields', () => {
    const http = new HttpStatusError({ method: 'POST', status: 404, body: { a: 1 }, retries: 1 });
    expect([http.status, http.method, http.body, http.retries, http.retryable]).toEqual([
      404,
      'POST',
      { a: 1 },
      1,
      false,
    ]);
    const body = new BodyParseError({ status: 200, body: '{', reason: 'cut' });
    expect([body.status, body.body]).toEqual([200, '{']);
    expect(new CapabilityError({ sink: 'file', capability: 'query' }).capability).toBe('query');
    expect(new MissingOptionError({ source: 'fileSink', option: 'dir' }).option).toBe('dir');
    expect(new RobotsDeniedError({ reason: 'disallowed' }).reason).toBe('disallowed');
    const issues = [{ path: ['title'], message: 'required' }];
    const validation = new ValidationError({ what: 'raw posting', issues, input: { company: '카카오' } });
    expect([validation.issues, validation.input]).toEqual([issues, { company: '카카오' }]);
    expect(new ConfigError({ issues }).issues).toEqual(issues);
    expect(new SinkWriteError({ sink: 's3', operation: 'commit' }).operation).toBe('commit');
    const timeout = new TimeoutError({ method: 'GET', timeoutMs: 10, retries: 0 });
    expect([timeout.method, timeout.timeoutMs, timeout.retries]).toEqual(['GET', 10, 0]);
    const athena = new AthenaQueryError({
      queryExecutionId: 'q',
      state: 'FAILED',
      reason: 'r',
      errorType: 1,
    });
    expect([athena.queryExecutionId, athena.state, athena.reason, athena.errorType]).toEqual([
      'q',
      'FAILED',
      'r',
      1,
    ]);
    const missing = new MissingPackageError({
      packageName: '@duckdb/node-api',
      why: 'querying needs DuckDB',
    });
    expect([missing.packageName, missing.hint, missing.message]).toEqual([
      '@duckdb/node-api',
      'npm install @duckdb/node-api',
      'querying needs DuckDB, and @duckdb/node-api is not installed',
    ]);
    const usage = new UsageError({ message: '--limit must be a positive whole number, got "many"' });
    expect([usage.message, usage.hint, 'cause' in usage]).toEqual([
      '--limit must be a positive whole number, got "many"',
      undefined,
      false,
    ]);
  });

  it('counts the quota reset from `now`: the next 00:00 KST', () => {
    const error = new QuotaExceededError({ message: 'quota', now: new Date('2026-11-29T23:59:00+09:00') });
    expect(error.resetsAt).toBe('2026-11-30T00:00:00+09:00');
  });

  it('redacts key-like query parameters from the url field and the message', () => {
    const error = new HttpStatusError({
      url: 'https://dapi.kakao.com/x?query=역삼&key=secret',
      method: 'GET',
      status: 401,
    });
    expect(error.url).toBe('https://dapi.kakao.com/x?query=역삼&key=***');
    expect(error.message).not.toContain('secret');
  });

  it('says retryable from the details where a class allows it', () => {
    expect(
      new SinkWriteError({ sink: 'file', operation: 'write', cause: eBusy(), retryable: false }).retryable,
    ).toBe(false);
    expect(
      new AthenaQueryError({ queryExecutionId: 'q', state: 'FAILED', reason: 'r', retryable: true })
        .retryable,
    ).toBe(true);
  });
});

describe('brand checks', () => {
  it('recognises an error from another copy of the package by its brand', () => {
    const foreign = Object.assign(new Error('x'), { [Symbol.for('ohmystack.error')]: true, retryable: true });
    expect(isOhmystackError(foreign)).toBe(true);
    expect(isRetryable(foreign)).toBe(true);
  });

  it('does not take a plain Error, a CLI error or a string for one', () => {
    expect(isOhmystackError(new Error('x'))).toBe(false);
    expect(isOhmystackError(new UsageError({ message: 'x' }))).toBe(false);
    expect(isOhmystackError('boom')).toBe(false);
    expect(isRetryable(undefined)).toBe(false);
  });
});

function eBusy(): Error {
  return Object.assign(new Error('busy'), { code: 'EBUSY' });
}
