import { describe, expect, it } from 'vitest';
import {
  fallbackGeocoder,
  type Geocoder,
  gazetteerGeocoder,
  geocodeAll,
  parseAddress,
} from '../../../src/geo/index.js';
import { AuthError } from '../../../src/model/errors/auth-error.js';
import { OhmystackError } from '../../../src/model/errors/ohmystack-error.js';
import { type Address, type GeoPoint, Posting } from '../../../src/model/posting.js';
import { QuarantineEntry } from '../../../src/model/quarantine.js';

/** The fields geocodeAll reads; the rest of a Posting is irrelevant here. */
function posting(id: string, locations: string[], geo: GeoPoint | null = null): Posting {
  const addresses = locations.map((l) => parseAddress(l)).filter((a): a is Address => a !== null);
  return {
    id,
    source: 'jumpit',
    url: `https://jumpit.test/position/${id}`,
    address: addresses[0] ?? null,
    addresses,
    geo,
  } as unknown as Posting;
}

/** A geocoder that counts its calls per query; it places anything in 서울 only. */
function counting(): { geocoder: Geocoder; calls: Map<string, number> } {
  const calls = new Map<string, number>();
  return {
    calls,
    geocoder: {
      name: 'counting',
      async geocode(address) {
        const query = typeof address === 'string' ? address : address.query;
        calls.set(query, (calls.get(query) ?? 0) + 1);
        return query.startsWith('서울')
          ? { lat: 37.5, lng: 127.0, precision: 'road', provider: 'counting' }
          : null;
      },
    },
  };
}

const SITE: GeoPoint = { lat: 37.4, lng: 127.1, precision: 'building', provider: 'jumpit' };

describe('geocodeAll', () => {
  const batch = [
    posting('1', ['서울 강남구 테헤란로 152']),
    posting('2', ['서울특별시 강남구 테헤란로 152, 33층']), // same query as 1
    posting('3', ['서울 마포구', '경기 성남시 분당구']), // two places, one unplaceable by the fake
    posting('4', ['부산 해운대구 센텀중앙로 97']), // unplaceable by the fake
    posting('5', ['서울 종로구 율곡로 1'], SITE), // site coordinates kept
    posting('6', ['전면 재택']), // no address
  ];

  it('geocodes each distinct query once, over every address of every posting', async () => {
    const { geocoder, calls } = counting();
    const progress: number[] = [];
    const { report, points } = await geocodeAll(batch, {
      geocoder,
      concurrency: 2,
      onProgress: (e) => progress.push(e.done),
    });
    expect([...calls.values()].every((n) => n === 1)).toBe(true);
    expect([...calls.keys()].sort()).toEqual(
      [
        '경기도 성남시 분당구',
        '부산광역시 해운대구 센텀중앙로 97',
        '서울특별시 강남구 테헤란로 152',
        '서울특별시 마포구',
      ].sort(),
    );
    expect(report.distinctQueries).toBe(4);
    expect(progress).toEqual([1, 2, 3, 4]);
    expect(points.get('경기도 성남시 분당구')).toBeNull();
  });

  it('sets geo from the first address and reports what happened', async () => {
    const { geocoder } = counting();
    const { postings, report } = await geocodeAll(batch, { geocoder });
    expect(postings.map((p) => p.geo?.provider ?? null)).toEqual([
      'counting',
      'counting',
      'counting',
      null,
      'jumpit',
      null,
    ]);
    expect(postings[4]?.geo).toEqual(SITE);
    expect(report).toMatchObject({
      postings: 6,
      withAddress: 5,
      distinctQueries: 4,
      geocoded: 4,
      notFound: 1,
      keptSiteGeo: 1,
      byPrecision: { building: 1, road: 3, eupmyeondong: 0, sigungu: 0, sido: 0 },
      byProvider: { counting: 3, jumpit: 1 },
    });
  });

  it('quarantines each posting with an address nobody could place, raw = the address', async () => {
    const { geocoder } = counting();
    const { report } = await geocodeAll(batch, { geocoder });
    expect(report.quarantine).toHaveLength(1);
    const [entry] = report.quarantine;
    expect(QuarantineEntry.safeParse(entry).success).toBe(true);
    expect(entry).toMatchObject({
      code: 'geocode_failed',
      source: 'jumpit',
      url: 'https://jumpit.test/position/4',
      path: ['addresses', 0],
      raw: { query: '부산광역시 해운대구 센텀중앙로 97' },
    });
  });

  it('returns new objects and leaves the input alone', async () => {
    const before = structuredClone(batch);
    const { postings } = await geocodeAll(batch, { geocoder: counting().geocoder });
    expect(batch).toEqual(before);
    expect(postings[0]).not.toBe(batch[0]);
    // Two postings of one query get equal points, not one shared object.
    expect(postings[0]?.geo).toEqual(postings[1]?.geo);
    expect(postings[0]?.geo).not.toBe(postings[1]?.geo);
  });

  it('replaces site coordinates with overwrite: true', async () => {
    const { geocoder, calls } = counting();
    const { postings } = await geocodeAll([posting('5', ['서울 종로구 율곡로 1'], SITE)], {
      geocoder,
      overwrite: true,
    });
    expect(postings[0]?.geo?.provider).toBe('counting');
    expect(calls.size).toBe(1);
  });

  it('uses the gazetteer by default', async () => {
    const { postings, report } = await geocodeAll([
      posting('1', ['서울특별시 강남구 테헤란로 152 (역삼동)']),
    ]);
    expect(postings[0]?.geo).toMatchObject({ provider: 'gazetteer', precision: 'eupmyeondong' });
    expect(report.byProvider).toEqual({ gazetteer: 1 });
    expect(Posting.shape.geo.safeParse(postings[0]?.geo).success).toBe(true);
  });

  it('counts retryable errors as failures and quarantines; fatal errors reject', async () => {
    const flaky: Geocoder = {
      name: 'flaky',
      geocode: async () => {
        throw new OhmystackError({ message: 'HTTP 503', code: 'http_status', retryable: true });
      },
    };
    const { report } = await geocodeAll([posting('1', ['서울 강남구'])], { geocoder: flaky });
    expect(report.stats.failures).toBe(1);
    expect(report.quarantine[0]?.message).toContain('HTTP 503');
    const rejecting: Geocoder = {
      name: 'kakao',
      geocode: async () => {
        throw new AuthError({ message: 'key rejected' });
      },
    };
    await expect(geocodeAll([posting('1', ['서울 강남구'])], { geocoder: rejecting })).rejects.toThrow(
      AuthError,
    );
  });

  it('reports the chain stats, quota included', async () => {
    const kakao: Geocoder = {
      name: 'kakao',
      geocode: async () => {
        throw new OhmystackError({ message: 'quota', code: 'quota_exceeded', retryable: true });
      },
    };
    const geocoder = fallbackGeocoder([kakao, gazetteerGeocoder()]);
    const { report } = await geocodeAll(batch, { geocoder });
    expect(report.stats.quotaExhausted).toBe(true);
    expect(report.stats.warnings[0]).toMatch(/kakao quota exhausted .* 4 addresses placed/);
    expect(report.byProvider).toEqual({ gazetteer: 4, jumpit: 1 });
  });

  it('rejects with AbortedError when the signal aborts', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(geocodeAll(batch, { signal: controller.signal })).rejects.toMatchObject({ code: 'aborted' });
  });
});
