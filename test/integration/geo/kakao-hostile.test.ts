// The Kakao geocoder against the hostile server (a real HTTP server on 127.0.0.1), through a client with
// small caps: answers far over the cap, endless, trickled and gzip-bombed; redirects off the API's host,
// into private networks and in a loop; and failures that echo the Authorization header. Each call must
// fail typed (or be a counted miss), the server must have seen exactly the requests expected, the client
// must have hung up on every answer it stopped reading, and the key must appear nowhere.
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kakaoGeocoder } from '../../../src/geo/index.js';
import { createHttpClient, type HttpClientOptions } from '../../../src/http/http-client.js';
import { isOhmystackError } from '../../../src/model/index.js';
import {
  createHostileServer,
  type HostileBehaviourName,
  type HostileResponseRecord,
  type HostileServer,
} from '../../../src/testing/index.js';

const CAP = 1 << 20;
// Not hex: Kakao's own key-like filter must not be what hides it.
const KEY = 'hostileKakaoKey_9Zq-canary';
const ADDRESS = '서울특별시 강남구 테헤란로 152';

// The caps and timeouts under test, with the retry's backoff shortened: one retry, as a real run makes.
// Timeouts are generous so a loaded machine never turns a cap into a timeout; the trickle case, whose
// point is a timeout, shortens them.
const hostileClient = (options: HttpClientOptions = {}) =>
  createHttpClient({
    maxBodyBytes: CAP,
    timeout: 10_000,
    idleTimeout: 5_000,
    retry: { limit: 1, backoffMs: 5, maxBackoffMs: 10 },
    respectRobots: false,
    allowPrivateNetworks: false,
    cookies: false,
    perHostRate: 1000,
    ...options,
  });

let hostile: HostileServer;

beforeAll(async () => {
  hostile = await createHostileServer({ bombBytes: 64 * CAP });
});
afterAll(() => hostile.close());

const geocoder = (behaviour: HostileBehaviourName, options: HttpClientOptions = {}) => {
  const http = hostileClient(options);
  return { http, kakao: kakaoGeocoder({ apiKey: KEY, baseUrl: `${hostile.url}/${behaviour}`, http }) };
};

/** What `work` threw, or what it returned when it did not throw. */
async function outcome(work: () => Promise<unknown>): Promise<{ threw: boolean; value: unknown }> {
  try {
    return { threw: false, value: await work() };
  } catch (error) {
    return { threw: true, value: error };
  }
}

/** The server's record once every response has ended; an answer still open means the client kept reading. */
async function settledStats() {
  await Promise.race([hostile.idle(), new Promise((resolve) => setTimeout(resolve, 5000))]);
  return hostile.stats();
}

function codeOf(value: unknown): string | undefined {
  return isOhmystackError(value) ? value.code : undefined;
}

function only(responses: readonly HostileResponseRecord[], route: string): HostileResponseRecord[] {
  return responses.filter((response) => response.route === route);
}

describe('kakaoGeocoder against answers it must stop reading', () => {
  it.each([
    ['oversized', 'body_too_large'],
    ['oversized-chunked', 'body_too_large'],
    ['endless', 'body_too_large'],
    ['gzip-bomb', 'body_too_large'],
    ['trickle', 'timeout'],
  ] as const)('%s: the call fails with %s and the client hangs up', async (behaviour, code) => {
    hostile.resetStats();
    const { http, kakao } = geocoder(behaviour, code === 'timeout' ? { timeout: 500, idleTimeout: 200 } : {});
    const { threw, value } = await outcome(() => kakao.geocode(ADDRESS));
    const stats = await settledStats();
    const responses = only(stats.responses, behaviour);

    expect(threw).toBe(true);
    expect(codeOf(value)).toBe(code);
    // One search, sent once, or twice for a retried timeout; nothing else reached the server.
    expect(responses).toHaveLength(code === 'timeout' ? 2 : 1);
    expect(stats.total).toBe(responses.length);
    expect(
      responses.every((response) => response.url.startsWith(`/${behaviour}/v2/local/search/address.json?`)),
    ).toBe(true);
    expect(http.stats('kakao').bodyBytes).toBeLessThanOrEqual(responses.length * (CAP + 256 * 1024));
    expect(stats.open).toBe(0);
    // A ~1 MB bomb may sit whole in the socket's buffers before the client stops inflating it.
    if (behaviour !== 'gzip-bomb')
      for (const response of responses) expect(response.closedByClient, response.url).toBe(true);
    expect(kakao.stats().failures).toBe(1);
    expect(inspect(value, { depth: 20 })).not.toContain(KEY);
  });
});

describe('kakaoGeocoder against redirects it must not follow', () => {
  it.each([
    ['redirect-offsite', ['offsite_url']],
    // Another host and a metadata address at once: refused for either reason, never sent.
    ['redirect-metadata', ['offsite_url', 'private_network']],
    // The API's own host on another port is not the origin the user gave: a private network.
    ['redirect-loopback', ['private_network']],
    ['redirect-loop', ['offsite_url']],
  ] as const)('%s: refused with %s, nothing sent off the API', async (behaviour, codes) => {
    hostile.resetStats();
    const { http, kakao } = geocoder(behaviour);
    const { threw, value } = await outcome(() => kakao.geocode(ADDRESS));
    const stats = await settledStats();

    expect(threw).toBe(true);
    expect(codes as readonly string[]).toContain(codeOf(value));
    expect(stats.routes.offsite).toBeUndefined();
    // A loop is followed up to maxRedirects (5) hops after the first request; any other refusal comes
    // before the hop is sent.
    expect(stats.total).toBe(behaviour === 'redirect-loop' ? 6 : 1);
    expect(http.stats('kakao').refused).toBeGreaterThan(0);
    expect(inspect(value, { depth: 20 })).not.toContain(KEY);
  });
});

describe('kakaoGeocoder against failures that echo its key', () => {
  it.each([
    // A 200 that is not JSON and a 400 about the request are misses: null, counted, warned once.
    [200, { threw: false, code: undefined, requests: 2 }],
    [400, { threw: false, code: undefined, requests: 1 }],
    [401, { threw: true, code: 'auth_failed', requests: 1 }],
    [429, { threw: true, code: 'quota_exceeded', requests: 2 }],
    [500, { threw: true, code: 'http_status', requests: 2 }],
  ] as const)('echo %s: the outcome is typed and the key appears nowhere', async (status, expected) => {
    hostile.resetStats();
    const { kakao } = geocoder(`echo-${status}`);
    const { threw, value } = await outcome(() => kakao.geocode(ADDRESS));
    const stats = await settledStats();

    // The server did echo it: the test means something only if the key went out and came back.
    const responses = only(stats.responses, `echo-${status}`);
    expect(responses).toHaveLength(expected.requests);
    expect(threw).toBe(expected.threw);
    if (expected.threw) expect(codeOf(value)).toBe(expected.code);
    else expect(value).toBeNull();
    expect(kakao.stats().failures).toBe(1);
    expect(inspect(value, { depth: 20 })).not.toContain(KEY);
    expect(JSON.stringify(kakao.stats())).not.toContain(KEY);
    if (value instanceof Error) expect(`${value.message}\n${value.stack}`).not.toContain(KEY);
  });
});
