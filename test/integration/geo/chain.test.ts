// The geo stage end to end against the Kakao replica: cached Kakao first, the offline gazetteer after.
// Quota running out mid-run, 5xx storms and garbage bodies: every posting still gets the best point
// available, with an honest precision, and the report says what happened.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cachedGeocoder,
  fallbackGeocoder,
  fileCache,
  gazetteerGeocoder,
  geocodeAll,
  kakaoGeocoder,
} from '../../../src/geo/index.js';
import { createHttpClient } from '../../../src/http/http-client.js';
import type { Posting } from '../../../src/model/posting.js';
import { normalizePosting } from '../../../src/normalize/index.js';
import { WORKPLACES } from '../../../src/testing/_vocabulary.js';
import { createKakaoReplica, type KakaoReplica } from '../../../src/testing/index.js';

const KEY = '0f1e2d3c4b5a69788796a5b4c3d2e1f0';
let replica: KakaoReplica;
// One cache folder per test, and every cache flushed before its folder goes: no write lands after a test.
const dirs: string[] = [];
const caches: { flush(): Promise<void> }[] = [];
const newDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'ohmystack-geo-'));
  dirs.push(dir);
  return dir;
};

beforeAll(async () => {
  replica = await createKakaoReplica({ apiKey: KEY });
});
afterAll(async () => {
  await Promise.all(caches.map((cache) => cache.flush()));
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  await replica.close();
});

function batch(count: number): Posting[] {
  return Array.from({ length: count }, (_, index) => {
    const [sido, sigungu, road] = WORKPLACES[index % WORKPLACES.length]!;
    return normalizePosting({
      source: 'test',
      sourceId: String(index),
      url: `https://example.test/${index}`,
      fetchedAt: '2026-11-29T09:00:00+09:00',
      title: '데이터 엔지니어',
      company: '테스트',
      locations: [`${sido} ${sigungu} ${road} ${(index % 7) + 1}`],
    });
  });
}

function geoStage(dir: string) {
  const http = createHttpClient({
    respectRobots: false,
    perHostRate: 1000,
    retry: { limit: 2, backoffMs: 1, maxBackoffMs: 2 },
  });
  const cache = fileCache({ dir, flushDelayMs: 10 });
  caches.push(cache);
  const geocoder = fallbackGeocoder([
    cachedGeocoder(kakaoGeocoder({ apiKey: KEY, baseUrl: replica.url, http }), cache),
    gazetteerGeocoder(),
  ]);
  return { cache, geocoder };
}

describe('geocoding a batch through the chain', () => {
  it('calls Kakao once per distinct address, then never again once cached; the key is not in the cache', async () => {
    replica.setFaults({});
    const postings = batch(120);
    const distinct = new Set(postings.map((p) => p.address?.query)).size;
    const dir = newDir();
    const first = geoStage(dir);
    replica.resetCalls();
    const one = await geocodeAll(postings, { geocoder: first.geocoder });
    await first.cache.flush();
    expect(replica.calls()['search/address'] ?? 0).toBe(distinct);
    expect(one.report.byPrecision.building).toBe(120);
    replica.resetCalls();
    const second = geoStage(dir);
    const two = await geocodeAll(postings, { geocoder: second.geocoder });
    expect(Object.values(replica.calls()).reduce((a, b) => a + b, 0)).toBe(0);
    expect(two.report.stats.cacheHits).toBeGreaterThanOrEqual(distinct);
    const stored = readdirSync(dir)
      .map((file) => readFileSync(join(dir, file), 'utf8'))
      .join('');
    expect(stored).not.toContain(KEY);
  });

  it('finishes on the gazetteer when the quota runs out mid-run, and says so', async () => {
    replica.setFaults({ mode: 'quota', afterCalls: 10 });
    const { geocoder } = geoStage(newDir());
    const { postings: placed, report } = await geocodeAll(batch(90), { geocoder, concurrency: 1 });
    expect(placed).toHaveLength(90);
    expect(placed.every((p) => p.geo !== null)).toBe(true);
    expect(report.stats.quotaExhausted).toBe(true);
    expect(report.stats.warnings.join(' ')).toMatch(/quota/);
    expect(report.byProvider.gazetteer).toBeGreaterThan(0);
    expect(
      placed.filter((p) => p.geo?.provider === 'gazetteer').every((p) => p.geo?.precision !== 'building'),
    ).toBe(true);
    expect(JSON.stringify(report)).not.toContain(KEY);
  });

  it.each(['server-error', 'malformed'] as const)(
    'falls back to the gazetteer under %s answers',
    async (mode) => {
      replica.setFaults({ mode, rate: 1 });
      const { geocoder } = geoStage(newDir());
      const { postings, report } = await geocodeAll(batch(30), { geocoder });
      expect(postings.every((p) => p.geo !== null)).toBe(true);
      expect(report.byProvider.gazetteer).toBe(30);
      expect(report.quarantine).toEqual([]);
      replica.setFaults({});
    },
  );
});
