// odsayCommute against the ODsay replica (a real server on 127.0.0.1): the quickest path's minutes and
// route, -98 as a walk, -99 as null, pairs that cost no call, every failure the API has, and the key
// never leaving the estimator even when the server echoes it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commuteIntensity, commuteLabel, odsayCommute } from '../../../src/commute/index.js';
import { createHttpClient } from '../../../src/http/http-client.js';
import {
  AuthError,
  HttpStatusError,
  isRetryable,
  MissingOptionError,
  QuotaExceededError,
  ValidationError,
} from '../../../src/model/index.js';
import { createOdsayReplica, type OdsayReplica } from '../../../src/testing/index.js';
import { answerOdsayPath } from '../../../src/testing/odsay/answers.js';
import { bareHttpClient } from '../../helpers/bare-http-client.js';
import { everythingOf } from '../../helpers/secret-echo-servers.js';
import { BUSAN, CITY_HALL, GANGNAM, HAPJEONG, routerTestHttp } from './_routers.js';

// '/' and '+' change when written into a query string: the encoded forms must not leak either.
const KEY = 'odsay-canary-KEY/uu33+00';
const PANGYO = { lat: 37.3947, lng: 127.1112 };
const NEAR_CITY_HALL = { lat: 37.57, lng: 126.98 }; // about 430 m away
const JEJU = { lat: 33.4996, lng: 126.5312 };

let replica: OdsayReplica;
beforeAll(async () => {
  replica = await createOdsayReplica({ apiKey: KEY });
});
afterAll(async () => {
  await replica.close();
});

const odsay = (options: Partial<Parameters<typeof odsayCommute>[0]> = {}) => {
  replica.resetCalls();
  return odsayCommute({ apiKey: KEY, baseUrl: replica.url, http: routerTestHttp(), ...options });
};

/** The quickest path of the replica's answer for a pair, as the test reads it. */
function quickest(from: typeof HAPJEONG, to: typeof HAPJEONG) {
  const paths = (
    JSON.parse(answerOdsayPath(from, to)) as { result: { path: { info: Record<string, number> }[] } }
  ).result.path;
  return paths.reduce((best, p) => (p.info.totalTime! < best.info.totalTime! ? p : best));
}

/** Every form a key takes in a URL or in JSON text. */
const keyForms = [KEY, encodeURIComponent(KEY), new URLSearchParams({ k: KEY }).toString().slice(2)];
function expectNoKey(text: string): void {
  for (const form of keyForms) expect(text).not.toContain(form);
}

describe('odsayCommute against the replica', () => {
  it('answers the quickest path: its minutes, km and route', async () => {
    replica.setFaults({});
    const transit = odsay();
    const estimate = await transit.estimate(HAPJEONG, GANGNAM);
    const best = quickest(HAPJEONG, GANGNAM);
    expect(estimate).toMatchObject({
      minutes: best.info.totalTime,
      km: best.info.totalDistance! / 1000,
      mode: 'transit',
      region: 'capital',
      daily: true,
      via: 'rail',
      estimate: true,
      provider: 'odsay',
      route: { from: '합정', to: '강남', lines: ['수도권 2호선'], transfers: 0 },
    });
    expect(estimate!.intensity).toBe(commuteIntensity(estimate!.minutes));
    expect(estimate!.label).toBe(commuteLabel(estimate!.minutes));
    expect(estimate!.route!.minutes).toBeGreaterThan(0);
    expect(estimate!.route!.minutes).toBeLessThan(estimate!.minutes);
    // The replica lists a slower path first: the quickest is not simply path[0].
    const first = (
      JSON.parse(answerOdsayPath(HAPJEONG, GANGNAM)) as {
        result: { path: { info: { totalTime: number } }[] };
      }
    ).result.path[0]!;
    expect(first.info.totalTime).toBeGreaterThan(estimate!.minutes);
    expect(replica.calls()).toBe(1);
    expect(transit.stats()).toMatchObject({
      calls: { 'odsay:searchPubTransPathT': 1 },
      failures: 0,
      offline: 0,
    });
  });

  it('describes transfers and answers farther pairs with more minutes', async () => {
    const transit = odsay();
    const near = await transit.estimate(HAPJEONG, GANGNAM);
    const far = await transit.estimate(HAPJEONG, PANGYO);
    expect(far!.minutes).toBeGreaterThan(near!.minutes);
    expect(far!.route).toMatchObject({
      from: '합정',
      to: '판교',
      lines: ['수도권 2호선', '수도권 신분당선'],
      transfers: 1,
    });
  });

  it('answers a pair under 700 m (ODsay -98) with a walk, not an error', async () => {
    const transit = odsay();
    const estimate = await transit.estimate(CITY_HALL, NEAR_CITY_HALL);
    expect(estimate).toMatchObject({ mode: 'walking', via: 'walk', provider: 'odsay', daily: true });
    expect(estimate!.minutes).toBeGreaterThan(0);
    expect(estimate!.minutes).toBeLessThan(15);
    expect(replica.calls()).toBe(1);
    expect(transit.stats().failures).toBe(0);
  });

  it('answers null for no route (ODsay -99), counting no failure', async () => {
    replica.setFaults({ mode: 'no-route' });
    const transit = odsay();
    expect(await transit.estimate(HAPJEONG, GANGNAM)).toBeNull();
    replica.setFaults({});
    // Across the sea when asked to route it anyway: -99 from the replica's own rule.
    expect(await odsay({ routeNonDaily: true }).estimate(CITY_HALL, JEJU)).toBeNull();
    expect(transit.stats().failures).toBe(0);
  });

  it('spends no call on pairs that are not a daily commute, other modes or invalid points', async () => {
    const transit = odsay();
    const busan = await transit.estimate(CITY_HALL, BUSAN);
    expect(busan).toMatchObject({ daily: false, provider: 'offline' });
    const driving = await transit.estimate(HAPJEONG, GANGNAM, { mode: 'driving' });
    expect(driving).toMatchObject({ mode: 'driving', provider: 'offline' });
    expect(await transit.estimate({ lat: Number.NaN, lng: 127 }, GANGNAM)).toBeNull();
    expect(replica.calls()).toBe(0);
    expect(transit.stats().offline).toBe(2);
    // Unless asked: then the pair is routed.
    await odsay({ routeNonDaily: true }).estimate(CITY_HALL, BUSAN);
    expect(replica.calls()).toBe(1);
  });

  it('estimateMany answers in order, null for invalid destinations, with bounded concurrency', async () => {
    const transit = odsay({ concurrency: 2 });
    const answers = await transit.estimateMany!(HAPJEONG, [GANGNAM, null, PANGYO, BUSAN, undefined]);
    expect(answers.map((a) => a?.provider ?? null)).toEqual(['odsay', null, 'odsay', 'offline', null]);
    expect(answers[0]!.minutes).toBe((await odsay().estimate(HAPJEONG, GANGNAM))!.minutes);
  });
});

describe('odsayCommute failures', () => {
  it('throws AuthError for a wrong key (ApiKeyAuthFailed), without the key', async () => {
    replica.setFaults({});
    const wrong = 'odsay-WRONG-key-1234';
    const transit = odsayCommute({ apiKey: wrong, baseUrl: replica.url, http: routerTestHttp() });
    const error = await transit.estimate(HAPJEONG, GANGNAM).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect((error as AuthError).message).toContain('ApiKeyAuthFailed');
    expect(everythingOf(error)).not.toContain(wrong);
  });

  it.each(['quota', 'throttled'] as const)('stops calling once the quota is used up (%s)', async (mode) => {
    replica.setFaults({ mode, afterCalls: 2 });
    const transit = odsay();
    await transit.estimate(HAPJEONG, GANGNAM);
    await transit.estimate(HAPJEONG, PANGYO);
    await expect(transit.estimate(GANGNAM, PANGYO)).rejects.toBeInstanceOf(QuotaExceededError);
    const calls = replica.calls();
    const again = await transit.estimate(PANGYO, HAPJEONG).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(QuotaExceededError);
    expect(isRetryable(again)).toBe(false);
    expect(replica.calls()).toBe(calls);
    // Pairs that need no call are still answered.
    expect(await transit.estimate(CITY_HALL, BUSAN)).toMatchObject({ provider: 'offline' });
    expect(transit.stats().quotaExhausted).toBe(true);
    expect(transit.stats().warnings.join('\n')).toContain('quota exhausted');
    replica.setFaults({});
  });

  it('throws a retryable HttpStatusError after retries on 5xx', async () => {
    replica.setFaults({ mode: 'server-error' });
    const transit = odsay();
    const error = await transit.estimate(HAPJEONG, GANGNAM).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpStatusError);
    expect(isRetryable(error)).toBe(true);
    expect((error as HttpStatusError).provider).toBe('odsay');
    expect(replica.calls()).toBe(2); // one retry
    replica.setFaults({});
  });

  it('times out on a server that never answers', async () => {
    replica.setFaults({ mode: 'hang' });
    const transit = odsayCommute({
      apiKey: KEY,
      baseUrl: replica.url,
      http: createHttpClient({ respectRobots: false, cookies: false, retry: 0, timeout: 300 }),
    });
    const error = await transit.estimate(HAPJEONG, GANGNAM).catch((e: unknown) => e);
    expect((error as { code?: string }).code).toBe('timeout');
    expectNoKey(everythingOf(error));
    replica.setFaults({});
  });

  it('answers null for a cut body, counting the failure and warning', async () => {
    replica.setFaults({ mode: 'malformed' });
    const transit = odsay();
    expect(await transit.estimate(HAPJEONG, GANGNAM)).toBeNull();
    expect(transit.stats().failures).toBe(1);
    expect(transit.stats().warnings.join('\n')).toContain('unreadable');
    replica.setFaults({});
  });
});

describe('odsayCommute never leaks its key', () => {
  it.each([
    ["the library's client", () => routerTestHttp(0)],
    ['a bare client', bareHttpClient],
  ])('with %s, whatever the server echoes', async (_name, http) => {
    replica.setFaults({ mode: 'echo-key' });
    const seen: string[] = [];
    for (let turn = 0; turn < 4; turn++) {
      const transit = odsayCommute({ apiKey: KEY, baseUrl: replica.url, http: http() });
      const outcome = await transit.estimate(HAPJEONG, GANGNAM).catch((e: unknown) => e);
      seen.push(everythingOf(outcome), JSON.stringify(transit.stats()));
    }
    const text = seen.join('\n');
    expectNoKey(text);
    // The four echoes were seen: an auth error, a route (station names scrubbed), a quota, a 5xx.
    expect(text).toContain('AuthError');
    expect(text).toContain('"provider":"odsay"');
    expect(text).toContain('QuotaExceededError');
    expect(text).toContain('***');
    replica.setFaults({});
  });
});

describe('odsayCommute options', () => {
  it('refuses a missing or unusable key, without showing it', () => {
    expect(() => odsayCommute({ apiKey: ' ' })).toThrow(MissingOptionError);
    const error = (() => {
      try {
        odsayCommute({ apiKey: 'odsay key\nwith-newline' });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect(everythingOf(error)).not.toContain('with-newline');
  });
});
