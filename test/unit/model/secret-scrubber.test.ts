// The one scrubber: every known secret masked in text, in values however deep (keys too), and in errors
// (message, stack, hint, body, url, cause chain), as copies that leave the originals untouched.
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { AuthError } from '../../../src/model/errors/auth-error.js';
import { HttpStatusError } from '../../../src/model/errors/http-status-error.js';
import { isOhmystackError } from '../../../src/model/errors/ohmystack-error.js';
import { createSecretScrubber } from '../../../src/model/secret-scrubber.js';

const KEY = 'kakao-key-0123456789abcdef';
const SARAMIN = 'saramin+key/with=specials';
const DB = 'postgres://app:p%40ss%2Fw0rd@db.internal:5432/jobs';

const scrubber = () => createSecretScrubber([KEY, SARAMIN, DB]);

describe('createSecretScrubber: text', () => {
  it.each([
    [`authorization: KakaoAK ${KEY}`, 'authorization: KakaoAK ***'],
    // As a query string writes it (percent-encoded) and as a form body does.
    [`GET /job-search?access-key=${encodeURIComponent(SARAMIN)}`, 'GET /job-search?access-key=***'],
    [`access-key=${new URLSearchParams({ k: SARAMIN }).toString().slice(2)}`, 'access-key=***'],
    // The URL whole first, then its password as written and decoded.
    [`cannot connect to ${DB}`, 'cannot connect to ***'],
    ['dsn app:p%40ss%2Fw0rd@db', 'dsn app:***@db'],
    ['password p@ss/w0rd rejected', 'password *** rejected'],
    ['채용공고 수집 실패: 사람인 응답 없음', '채용공고 수집 실패: 사람인 응답 없음'],
  ])('%s → %s', (text, expected) => {
    expect(scrubber().scrub(text)).toBe(expected);
  });

  it('masks a value inside JSON text as JSON escapes it', () => {
    const quoted = createSecretScrubber(['say "hi" now']);
    expect(quoted.scrub(JSON.stringify({ echo: 'say "hi" now' }))).toBe('{"echo":"***"}');
  });

  it('ignores blank, missing and short values, and masks the longest value first', () => {
    const s = createSecretScrubber(['abc', '', undefined, null, 'abcd-long-secret', 'abcd']);
    expect(s.scrub('abc abcd abcd-long-secret')).toBe('abc *** ***');
    expect(createSecretScrubber().scrub('nothing known')).toBe('nothing known');
    expect(createSecretScrubber().size).toBe(0);
  });

  it('learns values added later, each once', () => {
    const s = createSecretScrubber();
    s.add('late-secret-1').add('late-secret-1');
    expect(s.scrub('x late-secret-1 y')).toBe('x *** y');
    expect(s.size).toBe(1);
  });
});

describe('createSecretScrubber: values', () => {
  it('masks strings in objects and arrays, keys too, and leaves other values as they are', () => {
    const when = new Date(0);
    const value = {
      count: 3,
      ok: true,
      none: null,
      when,
      nested: { [KEY]: [`Bearer ${KEY}`, 7] },
      list: [{ url: `https://x/?k=${encodeURIComponent(SARAMIN)}` }],
    };
    expect(scrubber().scrubValue(value)).toEqual({
      count: 3,
      ok: true,
      none: null,
      when,
      nested: { '***': ['Bearer ***', 7] },
      list: [{ url: 'https://x/?k=***' }],
    });
    // The original is untouched.
    expect(value.nested).toEqual({ [KEY]: [`Bearer ${KEY}`, 7] });
  });

  it('returns the very same value when nothing in it is secret', () => {
    const clean = { a: ['x', { b: 'y' }], c: 1 };
    expect(scrubber().scrubValue(clean)).toBe(clean);
    const partly = { clean: { a: 1 }, dirty: KEY };
    expect(scrubber().scrubValue(partly).clean).toBe(partly.clean);
  });

  it('survives a value that contains itself', () => {
    const loop: Record<string, unknown> = { text: KEY };
    loop.self = loop;
    expect(scrubber().scrubValue(loop)).toEqual({ text: '***', self: '[Circular]' });
  });

  it('never lets a secret through by nesting it deeper than the walk follows', () => {
    let deep: unknown = { text: KEY };
    for (let i = 0; i < 100; i++) deep = { deep };
    expect(JSON.stringify(scrubber().scrubValue(deep))).not.toContain(KEY);
    let clean: unknown = { text: 'plain' };
    for (let i = 0; i < 100; i++) clean = { clean };
    expect(JSON.stringify(scrubber().scrubValue(clean))).toBe(JSON.stringify(clean));
  });
});

describe('createSecretScrubber: errors', () => {
  it('masks message, stack, hint, body, url and the cause chain, keeping class, code and fields', () => {
    const root = new Error(`socket said ${KEY}`);
    const middle = new AuthError({ message: `key ${KEY} refused`, provider: 'kakao', cause: root });
    const error = new HttpStatusError({
      provider: 'kakao',
      url: `https://dapi.kakao.com/v2?query=${KEY}`,
      method: 'GET',
      status: 500,
      body: { errorType: `KakaoAK ${KEY}`, message: 'echo' },
      hint: `retry with ${KEY}`,
      cause: middle,
    });
    const scrubbed = scrubber().scrubError(error);
    expect(scrubbed).not.toBe(error);
    expect(scrubbed).toBeInstanceOf(HttpStatusError);
    expect(isOhmystackError(scrubbed)).toBe(true);
    expect(scrubbed).toMatchObject({
      code: 'http_status',
      status: 500,
      retryable: true,
      name: 'HttpStatusError',
    });
    expect(scrubbed.body).toEqual({ errorType: 'KakaoAK ***', message: 'echo' });
    expect(scrubbed.hint).toBe('retry with ***');
    expect(scrubbed.cause).toBeInstanceOf(AuthError);
    expect((scrubbed.cause as Error).cause).toBeInstanceOf(Error);
    // Everything an error prints or serializes, causes included, is clean; the original is untouched.
    expect(inspect(scrubbed, { depth: 10 })).not.toContain(KEY);
    expect(`${scrubbed.stack}${JSON.stringify(scrubbed)}`).not.toContain(KEY);
    expect(error.hint).toBe(`retry with ${KEY}`);
    expect(root.message).toContain(KEY);
  });

  it('returns the very same error when it holds no secret, and scrubs a thrown non-error as a value', () => {
    const clean = new AuthError({ message: 'refused', provider: 'kakao' });
    expect(scrubber().scrubError(clean)).toBe(clean);
    expect(scrubber().scrubError(`thrown ${KEY}`)).toBe('thrown ***');
    expect(scrubber().scrubError({ message: KEY })).toEqual({ message: '***' });
  });

  it('copes with an error that is its own cause, and with errors inside an AggregateError', () => {
    const loop = new Error(`loop ${KEY}`);
    (loop as { cause?: unknown }).cause = loop;
    const scrubbed = scrubber().scrubError(loop);
    expect(scrubbed.message).toBe('loop ***');
    const all = new AggregateError([new Error(KEY)], 'many');
    expect((scrubber().scrubError(all).errors[0] as Error).message).toBe('***');
  });
});
