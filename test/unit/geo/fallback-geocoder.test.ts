import { describe, expect, it } from 'vitest';
import { fallbackGeocoder, type Geocoder, gazetteerGeocoder } from '../../../src/geo/index.js';
import { AuthError } from '../../../src/model/errors/auth-error.js';
import { OhmystackError } from '../../../src/model/errors/ohmystack-error.js';
import type { GeoPoint } from '../../../src/model/posting.js';

type Behaviour = 'point' | 'null' | 'quota' | 'retryable' | 'auth' | 'plain';

/** A tiny geocoder whose answer per query is scripted; it counts its calls. */
function scripted(name: string, behave: (query: string) => Behaviour) {
  const calls: string[] = [];
  const geocoder: Geocoder & { stats(): ReturnType<typeof statsOf> } = {
    name,
    async geocode(address) {
      const query = typeof address === 'string' ? address : address.query;
      calls.push(query);
      switch (behave(query)) {
        case 'point':
          return { lat: 37, lng: 127, precision: 'building', provider: name } satisfies GeoPoint;
        case 'null':
          return null;
        case 'quota':
          throw new OhmystackError({
            message: 'daily quota exceeded',
            code: 'quota_exceeded',
            retryable: true,
            provider: name,
          });
        case 'retryable':
          throw new OhmystackError({
            message: 'HTTP 503',
            code: 'http_status',
            retryable: true,
            provider: name,
          });
        case 'auth':
          throw new AuthError({ message: 'key rejected', provider: name });
        case 'plain':
          throw new TypeError('bug');
      }
    },
    stats: () => statsOf(name, calls.length),
  };
  return { geocoder, calls };
}

function statsOf(name: string, count: number) {
  return {
    calls: { [`${name}:search`]: count },
    cacheHits: 0,
    cacheMisses: 0,
    failures: 0,
    quotaExhausted: false,
    warnings: [] as string[],
  };
}

describe('fallbackGeocoder', () => {
  it('returns the first point; a null falls through to the next', async () => {
    const a = scripted('a', (q) => (q === 'x' ? 'point' : 'null'));
    const b = scripted('b', () => 'point');
    const geo = fallbackGeocoder([a.geocoder, b.geocoder]);
    expect(await geo.geocode('x')).toMatchObject({ provider: 'a' });
    expect(await geo.geocode('y')).toMatchObject({ provider: 'b' });
    expect(b.calls).toEqual(['y']);
    expect(geo.name).toBe('fallback(a,b)');
  });

  it('answers null when nobody places the address', async () => {
    const geo = fallbackGeocoder([
      scripted('a', () => 'null').geocoder,
      scripted('b', () => 'null').geocoder,
    ]);
    expect(await geo.geocode('서울 강남구')).toBeNull();
  });

  it('sets a geocoder aside for good after a quota error, and says so', async () => {
    const a = scripted('kakao', (q) => (q === 'second' ? 'quota' : 'point'));
    const b = scripted('gazetteer', () => 'point');
    const at = Date.UTC(2026, 6, 1, 5, 2); // 14:02 KST
    const geo = fallbackGeocoder([a.geocoder, b.geocoder], { now: () => at });
    expect(await geo.geocode('first')).toMatchObject({ provider: 'kakao' });
    expect(await geo.geocode('second')).toMatchObject({ provider: 'gazetteer' });
    expect(await geo.geocode('third')).toMatchObject({ provider: 'gazetteer' });
    expect(await geo.geocode('fourth')).toMatchObject({ provider: 'gazetteer' });
    expect(a.calls).toEqual(['first', 'second']); // sticky: never asked again
    const stats = geo.stats();
    expect(stats.quotaExhausted).toBe(true);
    expect(stats.warnings).toEqual([
      'kakao quota exhausted at 14:02 KST; 3 addresses placed by the fallback since',
    ]);
    expect(stats.failures).toBe(0);
  });

  it('falls through on other retryable errors for that address only, counting failures', async () => {
    const a = scripted('a', (q) => (q === 'bad' ? 'retryable' : 'point'));
    const b = scripted('b', () => 'point');
    const geo = fallbackGeocoder([a.geocoder, b.geocoder]);
    expect(await geo.geocode('bad')).toMatchObject({ provider: 'b' });
    expect(await geo.geocode('good')).toMatchObject({ provider: 'a' });
    expect(geo.stats()).toMatchObject({ failures: 1, quotaExhausted: false });
  });

  it('propagates fatal errors: a rejected key, a bug', async () => {
    const b = scripted('b', () => 'point');
    await expect(
      fallbackGeocoder([scripted('a', () => 'auth').geocoder, b.geocoder]).geocode('x'),
    ).rejects.toThrow(AuthError);
    await expect(
      fallbackGeocoder([scripted('a', () => 'plain').geocoder, b.geocoder]).geocode('x'),
    ).rejects.toThrow(TypeError);
    expect(b.calls).toEqual([]);
  });

  it('rethrows when the caller aborted', async () => {
    const controller = new AbortController();
    const a = scripted('a', () => {
      controller.abort();
      return 'retryable';
    });
    const geo = fallbackGeocoder([a.geocoder, scripted('b', () => 'point').geocoder]);
    await expect(geo.geocode('x', { signal: controller.signal })).rejects.toThrow('HTTP 503');
  });

  it('adds up the stats of every member', async () => {
    const a = scripted('a', () => 'null');
    const gaz = gazetteerGeocoder();
    const geo = fallbackGeocoder([a.geocoder, gaz, scripted('c', () => 'point').geocoder]);
    await geo.geocode('부산 해운대구');
    await geo.geocode('부산 해운대구');
    expect(geo.stats()).toMatchObject({
      calls: { 'a:search': 2, 'c:search': 0 },
      cacheHits: 1,
      cacheMisses: 1,
    });
  });

  it('refuses an empty list', () => {
    expect(() => fallbackGeocoder([])).toThrow(/geocoders/);
    expect(() => fallbackGeocoder([])).toThrow(OhmystackError);
  });
});
