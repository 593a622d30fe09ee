// kakaoMobilityCommute against the Kakao Mobility replica (a real server on 127.0.0.1): minutes and km
// of the first route, future directions for peak, result codes 104 and others, pairs that cost no call,
// every failure the API has, and the key never leaving the estimator even when the server echoes it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commuteIntensity, kakaoMobilityCommute } from '../../../src/commute/index.js';
import { createHttpClient } from '../../../src/http/http-client.js';
import {
  AuthError,
  HttpStatusError,
  isRetryable,
  MissingOptionError,
  QuotaExceededError,
} from '../../../src/model/index.js';
import { createKakaoMobilityReplica, type KakaoMobilityReplica } from '../../../src/testing/index.js';
import { answerDirections } from '../../../src/testing/kakao-mobility/answers.js';
import { bareHttpClient } from '../../helpers/bare-http-client.js';
import { everythingOf } from '../../helpers/secret-echo-servers.js';
import { BUSAN, CITY_HALL, GANGNAM, routerTestHttp } from './_routers.js';

const KEY = 'mobility-canary-KEY-tt2299';
const PANGYO = { lat: 37.4011, lng: 127.1086 };
// Friday 2026-11-27 09:00 KST: the next weekday rush is Monday 2026-11-30 08:30.
const FRIDAY_MORNING = new Date('2026-11-27T00:00:00Z');

let replica: KakaoMobilityReplica;
beforeAll(async () => {
  replica = await createKakaoMobilityReplica({ apiKey: KEY });
});
afterAll(async () => {
  await replica.close();
});

const mobility = (options: Partial<Parameters<typeof kakaoMobilityCommute>[0]> = {}) => {
  replica.resetCalls();
  return kakaoMobilityCommute({
    apiKey: KEY,
    baseUrl: replica.url,
    http: routerTestHttp(),
    now: () => FRIDAY_MORNING,
    ...options,
  });
};

function summaryOf(body: string): { duration: number; distance: number } {
  return (JSON.parse(body) as { routes: { summary: { duration: number; distance: number } }[] }).routes[0]!
    .summary;
}

describe('kakaoMobilityCommute against the replica', () => {
  it('asks future directions for the next weekday 08:30 KST at peak, and reads the first route', async () => {
    replica.setFaults({});
    const driving = mobility();
    const estimate = await driving.estimate(CITY_HALL, PANGYO);
    const summary = summaryOf(answerDirections(CITY_HALL, PANGYO, true));
    expect(estimate).toMatchObject({
      minutes: summary.duration / 60,
      km: summary.distance / 1000,
      mode: 'driving',
      via: 'road',
      region: 'capital',
      daily: true,
      estimate: true,
      provider: 'kakao-mobility',
    });
    expect(estimate!.intensity).toBe(commuteIntensity(estimate!.minutes));
    expect(replica.calls()).toEqual({ directions: 0, 'future/directions': 1 });
    expect(replica.lastQuery()).toEqual({
      origin: `${CITY_HALL.lng},${CITY_HALL.lat}`,
      destination: `${PANGYO.lng},${PANGYO.lat}`,
      priority: 'RECOMMEND',
      departure_time: '202611300830',
    });
    expect(driving.stats().calls).toEqual({ 'kakao-mobility:future/directions': 1 });
  });

  it('asks plain directions off-peak, quicker than the rush, and longer trips take longer', async () => {
    const driving = mobility();
    const offPeak = await driving.estimate(CITY_HALL, PANGYO, { peak: false });
    const peak = await driving.estimate(CITY_HALL, PANGYO);
    const nearer = await driving.estimate(CITY_HALL, GANGNAM, { peak: false });
    expect(offPeak!.minutes).toBeLessThan(peak!.minutes);
    expect(nearer!.minutes).toBeLessThan(offPeak!.minutes);
    expect(replica.calls()).toEqual({ directions: 2, 'future/directions': 1 });
    expect(replica.lastQuery()?.departure_time).toBeUndefined();
  });

  it('answers 0 minutes within 5 m (result_code 104)', async () => {
    const driving = mobility();
    const estimate = await driving.estimate(CITY_HALL, { lat: CITY_HALL.lat + 0.00001, lng: CITY_HALL.lng });
    expect(estimate).toMatchObject({ minutes: 0, km: 0, mode: 'driving', provider: 'kakao-mobility' });
    expect(estimate!.label).toBe('매우 가까움');
    replica.setFaults({ mode: 'same-place' });
    expect(await mobility().estimate(CITY_HALL, PANGYO)).toMatchObject({ minutes: 0 });
    replica.setFaults({});
  });

  it('answers null for any other non-zero result_code, counting no failure', async () => {
    replica.setFaults({ mode: 'no-route' });
    const driving = mobility();
    expect(await driving.estimate(CITY_HALL, PANGYO)).toBeNull();
    expect(driving.stats().failures).toBe(0);
    replica.setFaults({});
  });

  it('spends no call on non-daily pairs or other modes, unless asked', async () => {
    const driving = mobility();
    expect(await driving.estimate(CITY_HALL, BUSAN)).toMatchObject({ daily: false, provider: 'offline' });
    expect(await driving.estimate(CITY_HALL, PANGYO, { mode: 'transit' })).toMatchObject({
      provider: 'offline',
    });
    expect(replica.calls()).toEqual({ directions: 0, 'future/directions': 0 });
    expect(driving.stats().offline).toBe(2);
    const routed = await mobility({ routeNonDaily: true }).estimate(CITY_HALL, BUSAN);
    expect(routed).toMatchObject({ daily: false, provider: 'kakao-mobility' });
    expect(replica.calls()['future/directions']).toBe(1);
  });

  it('estimateMany answers in order', async () => {
    const driving = mobility({ concurrency: 3 });
    const answers = await driving.estimateMany!(CITY_HALL, [PANGYO, GANGNAM, null, BUSAN]);
    expect(answers.map((a) => a?.provider ?? null)).toEqual([
      'kakao-mobility',
      'kakao-mobility',
      null,
      'offline',
    ]);
    expect(answers[1]!.minutes).toBeLessThan(answers[0]!.minutes);
  });
});

describe('kakaoMobilityCommute failures', () => {
  it('throws AuthError for a wrong key (401), without the key', async () => {
    const wrong = 'mobility-WRONG-key-5678';
    const driving = kakaoMobilityCommute({ apiKey: wrong, baseUrl: replica.url, http: routerTestHttp() });
    const error = await driving.estimate(CITY_HALL, PANGYO).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect(everythingOf(error)).not.toContain(wrong);
  });

  it.each(['quota', 'throttled'] as const)('stops calling once the quota is used up (%s)', async (mode) => {
    replica.setFaults({ mode, afterCalls: 1 });
    const driving = mobility();
    await driving.estimate(CITY_HALL, PANGYO);
    await expect(driving.estimate(CITY_HALL, GANGNAM)).rejects.toBeInstanceOf(QuotaExceededError);
    const calls = replica.calls()['future/directions'];
    await expect(driving.estimate(GANGNAM, PANGYO)).rejects.toBeInstanceOf(QuotaExceededError);
    expect(replica.calls()['future/directions']).toBe(calls);
    expect(driving.stats().quotaExhausted).toBe(true);
    replica.setFaults({});
  });

  it('throws a retryable HttpStatusError after retries on 5xx', async () => {
    replica.setFaults({ mode: 'server-error' });
    const error = await mobility()
      .estimate(CITY_HALL, PANGYO)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpStatusError);
    expect(isRetryable(error)).toBe(true);
    expect((error as HttpStatusError).provider).toBe('kakao-mobility');
    replica.setFaults({});
  });

  it('times out on a server that never answers', async () => {
    replica.setFaults({ mode: 'hang' });
    const driving = kakaoMobilityCommute({
      apiKey: KEY,
      baseUrl: replica.url,
      http: createHttpClient({ respectRobots: false, cookies: false, retry: 0, timeout: 300 }),
    });
    const error = await driving.estimate(CITY_HALL, PANGYO).catch((e: unknown) => e);
    expect((error as { code?: string }).code).toBe('timeout');
    replica.setFaults({});
  });

  it('answers null for a cut body, counting the failure', async () => {
    replica.setFaults({ mode: 'malformed' });
    const driving = mobility();
    expect(await driving.estimate(CITY_HALL, PANGYO)).toBeNull();
    expect(driving.stats().failures).toBe(1);
    replica.setFaults({});
  });

  it('refuses a missing key', () => {
    expect(() => kakaoMobilityCommute({ apiKey: '' })).toThrow(MissingOptionError);
  });
});

describe('kakaoMobilityCommute never leaks its key', () => {
  it.each([
    ["the library's client", () => routerTestHttp(0)],
    ['a bare client', bareHttpClient],
  ])('with %s, whatever the server echoes', async (_name, http) => {
    replica.setFaults({ mode: 'echo-key' });
    const seen: string[] = [];
    for (let turn = 0; turn < 4; turn++) {
      const driving = kakaoMobilityCommute({ apiKey: KEY, baseUrl: replica.url, http: http() });
      const outcome = await driving.estimate(CITY_HALL, PANGYO).catch((e: unknown) => e);
      seen.push(everythingOf(outcome), JSON.stringify(driving.stats()));
    }
    const text = seen.join('\n');
    expect(text).not.toContain(KEY);
    for (const kind of ['AuthError', 'QuotaExceededError', 'HttpStatusError', 'rejected header'])
      expect(text).toContain(kind);
    replica.setFaults({});
  });
});
