// cachedCommute in front of the routing replicas: a nearby pair costs no second request, answers survive
// a restart in a file cache, "no route" is cached for less time, failures are never cached, and the
// cache files hold no key even when the server put it into an answer.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CACHED_NO_ROUTE } from '../../../src/commute/cached-commute.js';
import { commuteCacheKey } from '../../../src/commute/commute-cache-key.js';
import { cachedCommute, kakaoMobilityCommute, odsayCommute } from '../../../src/commute/index.js';
import { fileCache, memoryCache } from '../../../src/geo/index.js';
import { QuotaExceededError } from '../../../src/model/index.js';
import {
  createKakaoMobilityReplica,
  createOdsayReplica,
  type KakaoMobilityReplica,
  type OdsayReplica,
} from '../../../src/testing/index.js';
import { filesHolding } from '../../helpers/secret-echo-servers.js';
import { BUSAN, GANGNAM, HAPJEONG, routerTestHttp } from './_routers.js';

const ODSAY_KEY = 'odsay-cache-KEY/ab12+cd';
const MOBILITY_KEY = 'mobility-cache-KEY-ef34';
const PANGYO = { lat: 37.3947, lng: 127.1112 };
// About 30 m from each end: the same ~110 m cells.
const NEAR_HAPJEONG = { lat: 37.5498, lng: 126.9141 };
const NEAR_GANGNAM = { lat: 37.4981, lng: 127.0274 };

const http = () => routerTestHttp(0);

let odsay: OdsayReplica;
let mobility: KakaoMobilityReplica;
let dir: string;
beforeAll(async () => {
  odsay = await createOdsayReplica({ apiKey: ODSAY_KEY });
  mobility = await createKakaoMobilityReplica({ apiKey: MOBILITY_KEY });
  dir = await mkdtemp(join(tmpdir(), 'ohmystack-commute-cache-'));
});
afterAll(async () => {
  await odsay.close();
  await mobility.close();
  await rm(dir, { recursive: true, force: true });
});

const transit = () => odsayCommute({ apiKey: ODSAY_KEY, baseUrl: odsay.url, http: http() });
const driving = () => kakaoMobilityCommute({ apiKey: MOBILITY_KEY, baseUrl: mobility.url, http: http() });

describe('commuteCacheKey', () => {
  it('files nearby pairs together and keeps provider, mode and peak apart', () => {
    const key = commuteCacheKey('odsay', 'transit', true, HAPJEONG, GANGNAM);
    expect(key).toMatch(/^odsay:transit:peak:/);
    expect(commuteCacheKey('odsay', 'transit', true, NEAR_HAPJEONG, NEAR_GANGNAM)).toBe(key);
    expect(commuteCacheKey('odsay', 'transit', false, HAPJEONG, GANGNAM)).not.toBe(key);
    expect(commuteCacheKey('odsay', 'walking', true, HAPJEONG, GANGNAM)).not.toBe(key);
    expect(commuteCacheKey('kakao-mobility', 'transit', true, HAPJEONG, GANGNAM)).not.toBe(key);
    expect(commuteCacheKey('odsay', 'transit', true, GANGNAM, HAPJEONG)).not.toBe(key);
    // 300 m away is another cell.
    expect(commuteCacheKey('odsay', 'transit', true, { lat: 37.5523, lng: 126.9139 }, GANGNAM)).not.toBe(key);
    expect(commuteCacheKey('odsay', 'transit', true, { lat: 91, lng: 0 }, GANGNAM)).toBeUndefined();
  });
});

describe('cachedCommute', () => {
  it('answers a nearby pair from the cache without a second request', async () => {
    odsay.setFaults({});
    odsay.resetCalls();
    const cached = cachedCommute(transit(), memoryCache());
    const first = await cached.estimate(HAPJEONG, GANGNAM);
    const second = await cached.estimate(NEAR_HAPJEONG, NEAR_GANGNAM);
    expect(second).toEqual(first);
    expect(odsay.calls()).toBe(1);
    expect(cached.stats()).toMatchObject({
      cacheHits: 1,
      cacheMisses: 1,
      calls: { 'odsay:searchPubTransPathT': 1 },
    });
    // Off-peak is another entry.
    await cached.estimate(HAPJEONG, GANGNAM, { peak: false });
    expect(odsay.calls()).toBe(2);
  });

  it('survives a restart with a file cache, and the files hold no key', async () => {
    mobility.setFaults({});
    mobility.resetCalls();
    const before = fileCache({ dir });
    const answer = await cachedCommute(driving(), before).estimate(HAPJEONG, PANGYO);
    await before.flush();
    // A new process: a new cache object over the same directory, a new estimator.
    const after = cachedCommute(driving(), fileCache({ dir }));
    expect(await after.estimate(HAPJEONG, PANGYO)).toEqual(answer);
    expect(mobility.calls()).toEqual({ directions: 0, 'future/directions': 1 });
    expect(after.stats().cacheHits).toBe(1);
    expect(await filesHolding(dir, [MOBILITY_KEY, ODSAY_KEY])).toEqual([]);
  });

  it('caches "no route" for a shorter time than a route', async () => {
    let now = Date.parse('2026-11-30T00:00:00Z');
    const cache = memoryCache({ now: () => now });
    const cached = cachedCommute(transit(), cache, { ttlSeconds: 10 * 86_400, noRouteTtlSeconds: 3_600 });
    odsay.resetCalls();
    odsay.setFaults({ mode: 'no-route' });
    expect(await cached.estimate(HAPJEONG, PANGYO)).toBeNull();
    odsay.setFaults({});
    await cached.estimate(HAPJEONG, GANGNAM);
    expect(await cached.estimate(HAPJEONG, PANGYO)).toBeNull(); // from the cache
    expect(odsay.calls()).toBe(2);
    expect(cache.getItem(commuteCacheKey('odsay', 'default', true, HAPJEONG, PANGYO)!)).toBe(CACHED_NO_ROUTE);
    now += 2 * 3_600_000;
    expect(await cached.estimate(HAPJEONG, PANGYO)).not.toBeNull(); // asked again
    await cached.estimate(HAPJEONG, GANGNAM); // still cached
    expect(odsay.calls()).toBe(3);
  });

  it('never caches a failure: a cut body, an error, a quota', async () => {
    const cached = cachedCommute(transit(), memoryCache());
    odsay.resetCalls();
    odsay.setFaults({ mode: 'malformed' });
    expect(await cached.estimate(HAPJEONG, GANGNAM)).toBeNull();
    odsay.setFaults({ mode: 'server-error' });
    await expect(cached.estimate(HAPJEONG, PANGYO)).rejects.toThrow();
    odsay.setFaults({});
    expect(await cached.estimate(HAPJEONG, GANGNAM)).not.toBeNull();
    expect(await cached.estimate(HAPJEONG, PANGYO)).not.toBeNull();
    expect(odsay.calls()).toBe(4);
    expect(cached.stats().failures).toBe(2);
  });

  it('does not store answers the estimator handed to the offline model', async () => {
    const cache = memoryCache();
    const cached = cachedCommute(transit(), cache);
    expect(await cached.estimate(HAPJEONG, BUSAN)).toMatchObject({ provider: 'offline', daily: false });
    expect(cache.size).toBe(0);
  });

  it('estimateMany uses the cache and keeps what was routed before a quota ran out', async () => {
    const cache = memoryCache();
    odsay.resetCalls();
    odsay.setFaults({ mode: 'quota', afterCalls: 2 });
    const cached = cachedCommute(transit(), cache, { concurrency: 1 });
    const tos = [GANGNAM, PANGYO, { lat: 37.5133, lng: 127.1001 }];
    await expect(cached.estimateMany!(HAPJEONG, tos)).rejects.toBeInstanceOf(QuotaExceededError);
    expect(cache.size).toBe(2);
    odsay.setFaults({});
    const again = cachedCommute(transit(), cache);
    const answers = await again.estimateMany!(HAPJEONG, [...tos, null]);
    expect(answers.map((a) => a?.provider ?? null)).toEqual(['odsay', 'odsay', 'odsay', null]);
    expect(again.stats()).toMatchObject({ cacheHits: 2, cacheMisses: 1 });
    expect(odsay.calls()).toBe(4);
  });

  it('keeps an echoed key out of cache files', async () => {
    const echoDir = await mkdtemp(join(tmpdir(), 'ohmystack-commute-echo-'));
    try {
      odsay.setFaults({ mode: 'echo-key', afterCalls: 0 });
      const cache = fileCache({ dir: echoDir });
      // Turn 2 of the echo is a route whose station names quote the key.
      for (const to of [GANGNAM, PANGYO, { lat: 37.5133, lng: 127.1001 }, { lat: 37.367, lng: 127.1085 }])
        await cachedCommute(transit(), cache)
          .estimate(HAPJEONG, to)
          .catch(() => undefined);
      await cache.flush();
      expect(await filesHolding(echoDir, [ODSAY_KEY, encodeURIComponent(ODSAY_KEY)])).toEqual([]);
      const stored = await filesHolding(echoDir, ['***']);
      expect(stored.length).toBe(1); // the scrubbed route was cached, masked
    } finally {
      odsay.setFaults({});
      await rm(echoDir, { recursive: true, force: true });
    }
  });
});
