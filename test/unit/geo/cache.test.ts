import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CACHED_MISS } from '../../../src/geo/cached-geocoder.js';
import {
  cachedGeocoder,
  fileCache,
  type Geocoder,
  gazetteerGeocoder,
  memoryCache,
} from '../../../src/geo/index.js';
import type { GeoPoint } from '../../../src/model/posting.js';

/** A clock tests move by hand (epoch ms). */
function clock(start = 1_800_000_000_000) {
  let t = start;
  return { now: () => t, advance: (seconds: number) => (t += seconds * 1000) };
}

/** A geocoder that counts calls and returns a point (with a secret-looking extra field) or null. */
function fakeGeocoder(known: Record<string, boolean>) {
  const calls: string[] = [];
  const geocoder: Geocoder = {
    name: 'fake',
    async geocode(address) {
      const query = typeof address === 'string' ? address : address.query;
      calls.push(query);
      if (!known[query]) return null;
      return {
        lat: 37.5,
        lng: 127.04,
        precision: 'building',
        provider: 'fake',
        // What a careless provider might attach; the cache must never store it.
        raw: { apiKey: 'KakaoAK sk-secret-123', url: 'https://x.test/?key=sk-secret-123' },
      } as GeoPoint;
    },
  };
  return { geocoder, calls };
}

const QUERY = '서울특별시 강남구 테헤란로 152';

describe('memoryCache', () => {
  it('answers null for absent keys and values until their TTL ends', () => {
    const c = clock();
    const cache = memoryCache({ now: c.now });
    expect(cache.getItem('k')).toBeNull();
    cache.setItem('k', { a: 1 }, { ttl: 10 });
    cache.setItem('forever', 1);
    expect(cache.getItem('k')).toEqual({ a: 1 });
    c.advance(9);
    expect(cache.getItem('k')).toEqual({ a: 1 });
    c.advance(2);
    expect(cache.getItem('k')).toBeNull();
    expect(cache.getItem('forever')).toBe(1);
  });

  it('keeps at most maxEntries, dropping the oldest write', () => {
    const cache = memoryCache({ maxEntries: 2 });
    cache.setItem('a', 1);
    cache.setItem('b', 2);
    cache.setItem('a', 3); // rewritten: now the newest
    cache.setItem('c', 4);
    expect(cache.size).toBe(2);
    expect(cache.getItem('b')).toBeNull();
    expect(cache.getItem('a')).toBe(3);
    cache.clear();
    expect(cache.size).toBe(0);
  });
});

describe('fileCache', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ohmystack-geocache-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('persists across instances after flush, one file per provider, no temp files left', async () => {
    const first = fileCache({ dir });
    first.setItem(`kakao:${QUERY}`, { lat: 1, lng: 2 }, { ttl: 60 });
    first.setItem(`gazetteer:${QUERY}`, CACHED_MISS, { ttl: 60 });
    expect(await first.getItem(`kakao:${QUERY}`)).toEqual({ lat: 1, lng: 2 });
    await first.flush();
    expect((await readdir(dir)).sort()).toEqual(['gazetteer.jsonl', 'kakao.jsonl']);
    const second = fileCache({ dir });
    expect(await second.getItem(`kakao:${QUERY}`)).toEqual({ lat: 1, lng: 2 });
    expect(await second.getItem(`gazetteer:${QUERY}`)).toBe(CACHED_MISS);
    expect(await second.getItem('kakao:nowhere')).toBeNull();
  });

  it('writes pending entries by itself after flushDelayMs', async () => {
    const cache = fileCache({ dir, flushDelayMs: 5 });
    cache.setItem('p:a', 1);
    // Polls: no explicit flush() is ever called here.
    await vi.waitFor(async () => expect(await readFile(join(dir, 'p.jsonl'), 'utf8')).toContain('"p:a"'), {
      timeout: 5000,
    });
  });

  it('ignores expired entries, in memory and on disk', async () => {
    const c = clock();
    const cache = fileCache({ dir, now: c.now });
    cache.setItem('p:short', 1, { ttl: 5 });
    cache.setItem('p:long', 2, { ttl: 500 });
    await cache.flush();
    c.advance(10);
    expect(await cache.getItem('p:short')).toBeNull();
    const reopened = fileCache({ dir, now: c.now });
    expect(await reopened.getItem('p:short')).toBeNull();
    expect(await reopened.getItem('p:long')).toBe(2);
    // The next write drops the expired line from the file.
    reopened.setItem('p:other', 3);
    await reopened.flush();
    expect(await readFile(join(dir, 'p.jsonl'), 'utf8')).not.toContain('p:short');
  });

  it('merges what another instance wrote meanwhile instead of overwriting it', async () => {
    const a = fileCache({ dir });
    const b = fileCache({ dir });
    a.setItem('p:a', 1);
    b.setItem('p:b', 2);
    await a.flush();
    await b.flush();
    const c = fileCache({ dir });
    expect(await c.getItem('p:a')).toBe(1);
    expect(await c.getItem('p:b')).toBe(2);
  });

  it('skips damaged lines', async () => {
    const a = fileCache({ dir });
    a.setItem('p:a', 1);
    await a.flush();
    const { appendFile } = await import('node:fs/promises');
    await appendFile(join(dir, 'p.jsonl'), '{"k":\n');
    expect(await fileCache({ dir }).getItem('p:a')).toBe(1);
  });
});

describe('cachedGeocoder', () => {
  it('asks the inner geocoder once per query and counts hits and misses', async () => {
    const { geocoder, calls } = fakeGeocoder({ [QUERY]: true });
    const geo = cachedGeocoder(geocoder, memoryCache());
    const a = await geo.geocode('서울특별시 강남구 테헤란로 152, 33층 (역삼동)');
    const b = await geo.geocode('서울 강남구 테헤란로 152');
    expect(a).toEqual({ lat: 37.5, lng: 127.04, precision: 'building', provider: 'fake' });
    expect(b).toEqual(a);
    expect(calls).toEqual([QUERY]);
    expect(geo.stats()).toMatchObject({ cacheHits: 1, cacheMisses: 1 });
    expect(geo.name).toBe('fake');
  });

  it('caches a miss with the shorter TTL', async () => {
    const c = clock();
    const { geocoder, calls } = fakeGeocoder({});
    const cache = memoryCache({ now: c.now });
    const geo = cachedGeocoder(geocoder, cache, { ttlSeconds: 1000, missTtlSeconds: 10 });
    expect(await geo.geocode(QUERY)).toBeNull();
    expect(cache.getItem(`fake:${QUERY}`)).toBe(CACHED_MISS);
    expect(await geo.geocode(QUERY)).toBeNull();
    expect(calls).toHaveLength(1);
    c.advance(11);
    expect(await geo.geocode(QUERY)).toBeNull();
    expect(calls).toHaveLength(2);
  });

  it('keeps found points for ttlSeconds', async () => {
    const c = clock();
    const { geocoder, calls } = fakeGeocoder({ [QUERY]: true });
    const geo = cachedGeocoder(geocoder, memoryCache({ now: c.now }), { ttlSeconds: 100 });
    await geo.geocode(QUERY);
    c.advance(99);
    await geo.geocode(QUERY);
    expect(calls).toHaveLength(1);
    c.advance(2);
    await geo.geocode(QUERY);
    expect(calls).toHaveLength(2);
  });

  it('does not cache errors', async () => {
    let fail = true;
    const inner: Geocoder = {
      name: 'flaky',
      async geocode() {
        if (fail) throw new Error('boom');
        return { lat: 1, lng: 2, precision: 'sido', provider: 'flaky' };
      },
    };
    const cache = memoryCache();
    const geo = cachedGeocoder(inner, cache);
    await expect(geo.geocode(QUERY)).rejects.toThrow('boom');
    expect(cache.size).toBe(0);
    fail = false;
    expect(await geo.geocode(QUERY)).toMatchObject({ provider: 'flaky' });
  });

  it('stores only the point: nothing secret-looking reaches the file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ohmystack-geocache-'));
    try {
      const cache = fileCache({ dir });
      const { geocoder } = fakeGeocoder({ [QUERY]: true });
      await cachedGeocoder(geocoder, cache).geocode(QUERY);
      await cache.flush();
      const text = await readFile(join(dir, 'fake.jsonl'), 'utf8');
      expect(text).toContain('127.04');
      expect(text).not.toMatch(/secret|KakaoAK|apiKey|key=|https?:/i);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('ignores a damaged cached value and asks again; a broken cache is no cache', async () => {
    const { geocoder, calls } = fakeGeocoder({ [QUERY]: true });
    const cache = memoryCache();
    cache.setItem(`fake:${QUERY}`, { lat: 'x' });
    const geo = cachedGeocoder(geocoder, cache);
    expect(await geo.geocode(QUERY)).toMatchObject({ lat: 37.5 });
    expect(calls).toHaveLength(1);
    const broken = cachedGeocoder(geocoder, {
      getItem: () => {
        throw new Error('disk gone');
      },
      setItem: () => Promise.reject(new Error('disk gone')),
    });
    expect(await broken.geocode(QUERY)).toMatchObject({ lat: 37.5 });
  });

  it('merges the inner geocoder stats', async () => {
    const gaz = gazetteerGeocoder();
    const geo = cachedGeocoder(gaz, memoryCache());
    await geo.geocode('부산 해운대구');
    await geo.geocode('부산 해운대구');
    // One miss here plus one memo miss inside the gazetteer; one hit here.
    expect(geo.stats()).toMatchObject({ calls: {}, cacheHits: 1, cacheMisses: 2 });
  });
});
