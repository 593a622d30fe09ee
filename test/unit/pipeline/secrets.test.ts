import { describe, expect, it } from 'vitest';
import { readSecrets, redactSecrets } from '../../../src/pipeline/secrets.js';

describe('readSecrets', () => {
  it('reads secrets only from the given environment, blank values as unset', () => {
    expect(readSecrets({ KAKAO_REST_API_KEY: ' kakao-test-value ', SARAMIN_ACCESS_KEY: '' })).toEqual({
      kakaoApiKey: 'kakao-test-value',
      saraminAccessKey: undefined,
      databaseUrl: undefined,
    });
  });
});

describe('redactSecrets', () => {
  const databaseUrl = 'postgres://app:fake-pass-9911@db.internal:5432/jobs';

  it.each([
    ['GET ?key=kakao-test-value failed', 'GET ?key=*** failed'],
    ['saramin access-key=saramin-test-key', 'saramin access-key=***'],
    // A driver that quotes the whole URL, and one that quotes only the password.
    [`cannot connect to ${databaseUrl}`, 'cannot connect to ***'],
    ['password fake-pass-9911 rejected', 'password *** rejected'],
    ['채용공고 수집 실패: 사람인 응답 없음', '채용공고 수집 실패: 사람인 응답 없음'],
  ])('%s → %s', (text, expected) => {
    const secrets = readSecrets({
      KAKAO_REST_API_KEY: 'kakao-test-value',
      SARAMIN_ACCESS_KEY: 'saramin-test-key',
      OHMYSTACK_DATABASE_URL: databaseUrl,
    });
    expect(redactSecrets(text, secrets)).toBe(expected);
  });

  it('masks a percent-encoded password both as written in the URL and decoded', () => {
    const secrets = { databaseUrl: 'mysql://root:p%40ss%2Fw0rd@127.0.0.1/test' };
    expect(redactSecrets('auth failed for p@ss/w0rd', secrets)).toBe('auth failed for ***');
    expect(redactSecrets('dsn root:p%40ss%2Fw0rd@127.0.0.1', secrets)).toBe('dsn root:***@127.0.0.1');
  });

  it('leaves values shorter than 4 characters and unreadable URLs alone', () => {
    expect(redactSecrets('key abc used', { kakaoApiKey: 'abc' })).toBe('key abc used');
    expect(redactSecrets('url not a url', { databaseUrl: 'not a url' })).toBe('url ***');
    expect(redactSecrets('nothing set', {})).toBe('nothing set');
  });
});
