// The Kakao geocoder against the Kakao replica (a real server on 127.0.0.1): the site replica's addresses,
// precision per document type, the keyword fallback, reverse lookups and every failure the API has.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kakaoGeocoder, parseAddress } from '../../../src/geo/index.js';
import { createHttpClient } from '../../../src/http/http-client.js';
import { AuthError, isRetryable, MissingOptionError, QuotaExceededError } from '../../../src/model/index.js';
import { coordinatesOf, fullAddress, roadAddress } from '../../../src/testing/_shape-parts.js';
import { createKakaoReplica, generatePostings, type KakaoReplica } from '../../../src/testing/index.js';

const KEY = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';

function metres(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lng - a.lng) * rad) / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}

// A fast client for tests: no robots.txt (an API), no real backoff.
const testHttp = () =>
  createHttpClient({
    respectRobots: false,
    cookies: false,
    perHostRate: 1000,
    retry: { limit: 2, backoffMs: 1, maxBackoffMs: 2 },
  });

let replica: KakaoReplica;

beforeAll(async () => {
  replica = await createKakaoReplica({ apiKey: KEY });
});
afterAll(async () => {
  await replica.close();
});

const geocoder = () => kakaoGeocoder({ apiKey: KEY, baseUrl: replica.url, http: testHttp() });

describe('kakaoGeocoder against the replica', () => {
  it('places the site replica’s addresses within 100 m of their workplaces', async () => {
    replica.setFaults({});
    const kakao = geocoder();
    const postings = generatePostings({ count: 80, seed: 2026 });
    for (const posting of postings) {
      for (const text of [fullAddress(posting), roadAddress(posting, { full: true })]) {
        const point = await kakao.geocode(text);
        expect(point, text).not.toBeNull();
        expect(point?.precision).toBe('building');
        expect(point?.provider).toBe('kakao');
        expect(point?.code).toMatch(/^\d{10}$/);
        expect(metres(point!, coordinatesOf(posting)), text).toBeLessThan(100);
      }
    }
    // A parsed Address works as well as the raw text.
    const first = postings[0]!;
    const parsed = parseAddress(fullAddress(first));
    expect(parsed).not.toBeNull();
    expect(metres((await kakao.geocode(parsed!))!, coordinatesOf(first))).toBeLessThan(100);
    expect(kakao.stats().calls['kakao:search/address']).toBe(postings.length * 2 + 1);
    expect(kakao.stats().failures).toBe(0);
  });

  it.each([
    ['서울 강남구 테헤란로', 'road'],
    ['서울특별시 강남구 역삼동', 'eupmyeondong'],
    ['서울특별시 강남구 역삼동 123-4', 'building'],
    ['경기 성남시 분당구', 'sigungu'],
    ['부산광역시', 'sido'],
  ] as const)('gives %s precision %s', async (text, precision) => {
    const point = await geocoder().geocode(text);
    expect(point?.precision).toBe(precision);
  });

  it('returns null for an unknown address, counting no failure', async () => {
    const kakao = geocoder();
    expect(await kakao.geocode('서울특별시 강남구 없는로 999')).toBeNull();
    expect(await kakao.geocode('')).toBeNull();
    expect(kakao.stats().failures).toBe(0);
  });

  it('falls back to keyword search for a building name', async () => {
    const kakao = geocoder();
    const point = await kakao.geocode('강남파이낸스센터');
    expect(point?.precision).toBe('building');
    const road = coordinatesOf({ sigungu: '강남구', road: '테헤란로', buildingNo: '0' } as never);
    expect(metres(point!, road)).toBeLessThan(500);
    const viaDetail = await kakao.geocode('서울 강남구 없는길 7 강남파이낸스센터 3층');
    expect(viaDetail?.provider).toBe('kakao');
    expect(kakao.stats().calls['kakao:search/keyword']).toBe(2);
  });

  it('answers reverse and regionCode in their shapes, 시도 normalized by code', async () => {
    const kakao = geocoder();
    const at = await kakao.geocode('서울 강남구 테헤란로 152');
    const reverse = await kakao.reverse(at!);
    expect(reverse?.roadAddress).toMatch(/^서울특별시 강남구 테헤란로 \d+/);
    expect(reverse?.address).toMatch(/^서울특별시 강남구 역삼동 \d+/);
    const regions = await kakao.regionCode(at!);
    expect(regions?.legal).toMatchObject({ sido: '서울특별시', name: '서울특별시 강남구 역삼동' });
    expect(regions?.legal?.code).toBe(at?.code);
    expect(regions?.admin?.code).toMatch(/^11680\d{5}$/);
    // Search answers say '전북'; coord2regioncode says '전북특별자치도': both come out the same.
    const jeonju = await kakao.geocode('전북 전주시');
    expect(jeonju?.code?.slice(0, 2)).toBe('52');
    const there = await kakao.regionCode(jeonju!);
    expect(there?.legal?.sido).toBe('전북특별자치도');
    expect(there?.admin?.name.startsWith('전북특별자치도 전주시')).toBe(true);
    expect(await kakao.reverse({ lat: 30, lng: 140 })).toBeNull();
    expect(await kakao.regionCode({ lat: Number.NaN, lng: 1 })).toBeNull();
  });
});

describe('kakaoGeocoder failures', () => {
  it('requires an apiKey', () => {
    expect(() => kakaoGeocoder({ apiKey: '' })).toThrow(MissingOptionError);
    expect(() => kakaoGeocoder({} as never)).toThrow(MissingOptionError);
  });

  it('throws AuthError for a wrong key, with a hint naming the setting', async () => {
    const kakao = kakaoGeocoder({
      apiKey: 'ffffffffffffffffffffffffffffffff',
      baseUrl: replica.url,
      http: testHttp(),
    });
    const error = await kakao.geocode('서울 강남구 테헤란로 152').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect((error as AuthError).hint).toContain('kakaoGeocoder({ apiKey })');
    expect((error as AuthError).hint).toContain('KAKAO_REST_API_KEY');
    expect((error as AuthError).hint).toContain('카카오맵');
    expect((error as AuthError).retryable).toBe(false);
    replica.setFaults({ mode: 'unauthorized' });
    await expect(geocoder().reverse({ lat: 37.5, lng: 127 })).rejects.toBeInstanceOf(AuthError);
    replica.setFaults({});
  });

  it('stops calling once the quota runs out mid-run', async () => {
    replica.setFaults({ mode: 'quota', afterCalls: 5 });
    replica.resetCalls();
    const kakao = geocoder();
    const postings = generatePostings({ count: 10, seed: 7 });
    const outcomes: string[] = [];
    for (const posting of postings) {
      try {
        outcomes.push((await kakao.geocode(fullAddress(posting))) ? 'point' : 'null');
      } catch (error) {
        expect(error).toBeInstanceOf(QuotaExceededError);
        expect((error as QuotaExceededError).retryable).toBe(false);
        expect((error as QuotaExceededError).hint).toContain('00:00 KST');
        outcomes.push('quota');
      }
    }
    expect(outcomes).toEqual([...Array(5).fill('point'), ...Array(5).fill('quota')]);
    expect(replica.calls()['search/address']).toBe(6);
    await expect(kakao.regionCode({ lat: 37.5, lng: 127 })).rejects.toBeInstanceOf(QuotaExceededError);
    expect(replica.calls().coord2regioncode).toBe(0);
    expect(kakao.stats()).toMatchObject({ quotaExhausted: true, failures: 1 });
    expect(kakao.stats().warnings.join(' ')).toContain('quota exhausted');
    replica.setFaults({});
  });

  it('treats 429 RequestThrottled after retries as an exhausted quota', async () => {
    replica.setFaults({ mode: 'throttled' });
    replica.resetCalls();
    const kakao = geocoder();
    await expect(kakao.geocode('서울 강남구 테헤란로 152')).rejects.toBeInstanceOf(QuotaExceededError);
    expect(replica.calls()['search/address']).toBe(3);
    await expect(kakao.geocode('서울 강남구 테헤란로 153')).rejects.toBeInstanceOf(QuotaExceededError);
    expect(replica.calls()['search/address']).toBe(3);
    replica.setFaults({});
  });

  it('retries a 5xx storm, then propagates a retryable error', async () => {
    replica.setFaults({ mode: 'server-error' });
    replica.resetCalls();
    const kakao = geocoder();
    const error = await kakao.geocode('서울 강남구 테헤란로 152').catch((e: unknown) => e);
    expect(isRetryable(error)).toBe(true);
    expect(replica.calls()['search/address']).toBe(3);
    expect(kakao.stats()).toMatchObject({ failures: 1, quotaExhausted: false });
    // Half the calls failing: the client's retries get through.
    replica.setFaults({ mode: 'server-error', rate: 0.3 });
    for (const posting of generatePostings({ count: 10, seed: 3 }))
      expect(await kakao.geocode(fullAddress(posting))).not.toBeNull();
    replica.setFaults({});
  });

  it('returns null for a malformed body and counts it', async () => {
    replica.setFaults({ mode: 'malformed' });
    const kakao = geocoder();
    expect(await kakao.geocode('서울 강남구 테헤란로 152')).toBeNull();
    expect(await kakao.reverse({ lat: 37.5, lng: 127.03 })).toBeNull();
    expect(kakao.stats().failures).toBe(2);
    expect(kakao.stats().quotaExhausted).toBe(false);
    replica.setFaults({});
  });

  it('answers slow calls normally', async () => {
    replica.setFaults({ mode: 'slow', latencyMs: 50 });
    expect((await geocoder().geocode('서울 강남구 테헤란로 152'))?.precision).toBe('building');
    replica.setFaults({});
  });

  it('never lets the key appear in errors, stats or points', async () => {
    const seen: unknown[] = [];
    const record = async (run: () => Promise<unknown>) => {
      try {
        seen.push(await run());
      } catch (error) {
        const e = error as Error & { cause?: unknown };
        seen.push({ message: e.message, stack: e.stack, json: { ...e }, cause: String(e.cause) });
      }
    };
    for (const mode of [
      'unauthorized',
      'throttled',
      'quota',
      'server-error',
      'malformed',
      undefined,
    ] as const) {
      replica.setFaults(mode ? { mode } : {});
      const kakao = geocoder();
      await record(() => kakao.geocode('서울 강남구 테헤란로 152 강남파이낸스센터'));
      await record(() => kakao.geocode('강남파이낸스센터'));
      await record(() => kakao.reverse({ lat: 37.5, lng: 127.03 }));
      await record(() => kakao.regionCode({ lat: 37.5, lng: 127.03 }));
      seen.push(kakao.stats());
    }
    replica.setFaults({});
    const text = JSON.stringify(seen);
    expect(text.length).toBeGreaterThan(1000);
    expect(text).not.toContain(KEY);
    expect(text).not.toContain(KEY.slice(0, 12));
  });
});
