// A Kakao Local API that echoes the Authorization header back on every failure (400, 401, 429, 500): the
// key never reaches the geocoder's warnings, stats or thrown errors (message, stack, hint, body,
// cause), whichever HTTP client sends the calls — even one that scrubs nothing itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kakaoGeocoder } from '../../../src/geo/index.js';
import { AuthError, HttpStatusError, QuotaExceededError } from '../../../src/model/index.js';
import { bareHttpClient } from '../../helpers/bare-http-client.js';
import {
  everythingOf,
  type KakaoEchoServer,
  startKakaoEchoServer,
} from '../../helpers/secret-echo-servers.js';

// Not hex: Kakao's own key-like filter must not be what hides it.
const KEY = 'kakao-canary-KEY-zz9911';
const ADDRESS = '서울특별시 강남구 테헤란로 152';

let server: KakaoEchoServer;

beforeAll(async () => {
  server = await startKakaoEchoServer();
});
afterAll(async () => {
  await server.close();
});

const bareClient = bareHttpClient();

// The geocoder's own client (which learns the key from the header) and a bare one (which does not).
const clients = {
  own: () => kakaoGeocoder({ apiKey: KEY, baseUrl: server.origin, retry: { limit: 0 } }),
  bare: () => kakaoGeocoder({ apiKey: KEY, baseUrl: server.origin, http: bareClient }),
};

async function thrown(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe.each(Object.entries(clients))('kakaoGeocoder (%s client) against an echoing Kakao', (_, build) => {
  it('400: the address is a miss, and the warning quotes Kakao without the key', async () => {
    server.status = 400;
    const kakao = build();
    expect(await kakao.geocode(ADDRESS)).toBeNull();
    const stats = kakao.stats();
    expect(stats.warnings.join('\n')).toMatch(/wrong appKey\((KakaoAK )?\*\*\*\) format/);
    expect(JSON.stringify(stats)).not.toContain(KEY);
    // The server did get the key: the echo was real.
    expect(server.requests.at(-1)?.headers.authorization).toBe(`KakaoAK ${KEY}`);
  });

  it.each([
    [401, AuthError],
    [429, QuotaExceededError],
    [500, HttpStatusError],
  ] as const)('%i: the thrown error and the stats hold no key', async (status, type) => {
    server.status = status;
    const kakao = build();
    const error = await thrown(() => kakao.geocode(ADDRESS));
    expect(error).toBeInstanceOf(type);
    expect(everythingOf(error)).not.toContain(KEY);
    expect(JSON.stringify(kakao.stats())).not.toContain(KEY);
    if (error instanceof HttpStatusError) expect(JSON.stringify(error.body)).toContain('***');
  });
});

describe('kakaoGeocoder after an exhausted quota', () => {
  it('throws a QuotaExceededError whose cause, the first refusal, holds no key either', async () => {
    server.status = 429;
    const kakao = clients.own();
    await thrown(() => kakao.geocode(ADDRESS));
    const again = await thrown(() => kakao.reverse({ lat: 37.5, lng: 127.03 }));
    expect(again).toBeInstanceOf(QuotaExceededError);
    expect(everythingOf(again)).not.toContain(KEY);
  });
});
