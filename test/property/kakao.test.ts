// Hostile input never breaks the Kakao geocoder: every call against the replica ends in null or a valid
// GeoPoint, and only configuration (a wrong key, a used-up quota) throws.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kakaoGeocoder } from '../../src/geo/index.js';
import { createHttpClient } from '../../src/http/http-client.js';
import { AuthError, GeoPoint, QuotaExceededError } from '../../src/model/index.js';
import { createKakaoReplica, type KakaoReplica } from '../../src/testing/index.js';

const fragment = fc.constantFrom(
  '서울',
  '서울특별시',
  '경기',
  '광주',
  '전북',
  '강남구',
  '성남시 분당구',
  '역삼동',
  '테헤란로',
  '판교역로',
  '152',
  '123-4',
  '산 12',
  '지하',
  '12층',
  '강남파이낸스센터',
  '유스페이스2',
  '(역삼동)',
  '%',
  '&query=',
  '#',
  '\u0000',
  '\n',
  '\u202e',
  '😀',
  '<script>',
  '"',
  '\\',
  ' ',
  'x'.repeat(300),
);
const hostile = fc.oneof(
  fc.array(fragment, { maxLength: 8 }).map((parts) => parts.join(' ')),
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);

let replica: KakaoReplica;
beforeAll(async () => {
  replica = await createKakaoReplica();
});
afterAll(async () => {
  await replica.close();
});

const http = createHttpClient({ respectRobots: false, perHostRate: 5000, retry: { limit: 1, backoffMs: 1 } });

describe('kakaoGeocoder with hostile input', () => {
  it('returns null or a valid GeoPoint, never throws', async () => {
    const kakao = kakaoGeocoder({ apiKey: replica.apiKey, baseUrl: replica.url, http });
    await fc.assert(
      fc.asyncProperty(hostile, async (text) => {
        const point = await kakao.geocode(text);
        if (point !== null) expect(GeoPoint.parse(point)).toEqual(point);
      }),
      { numRuns: 150 },
    );
    await fc.assert(
      fc.asyncProperty(fc.double(), fc.double(), async (lat, lng) => {
        const reverse = await kakao.reverse({ lat, lng });
        if (reverse) expect(typeof (reverse.address ?? reverse.roadAddress)).toBe('string');
        await kakao.regionCode({ lat, lng });
      }),
      { numRuns: 40 },
    );
    expect(kakao.stats().quotaExhausted).toBe(false);
  });

  it('throws only AuthError or QuotaExceededError when so configured', async () => {
    for (const [mode, kind] of [
      ['unauthorized', AuthError],
      ['quota', QuotaExceededError],
    ] as const) {
      replica.setFaults({ mode });
      const kakao = kakaoGeocoder({ apiKey: replica.apiKey, baseUrl: replica.url, http });
      await fc.assert(
        fc.asyncProperty(hostile, async (text) => {
          try {
            const point = await kakao.geocode(text);
            if (point !== null) GeoPoint.parse(point);
          } catch (error) {
            expect(error).toBeInstanceOf(kind);
          }
        }),
        { numRuns: 40 },
      );
    }
    replica.setFaults({});
  });
});
