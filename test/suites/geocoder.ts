// The conformance suite every Geocoder runs (after unstorage's testDriver): known addresses placed inside
// Korea, near where they are, with an allowed precision and the expected provider, from text and from a
// parsed Address alike; null, never a throw, for text that names no place in Korea; aborted signals;
// the same answer twice, under concurrent calls, and unchanged by a caller editing a returned point.
import { describe, expect, it } from 'vitest';
import { parseAddress } from '../../src/geo/address/parse-address.js';
import { haversineKm } from '../../src/geo/distance.js';
import type { Geocoder } from '../../src/geo/types.js';
import { AbortedError } from '../../src/model/errors/aborted-error.js';
import { type Address, type GeoPoint, GeoPrecision } from '../../src/model/posting.js';
import { gatedIt } from './_gated.js';

/** What a geocoder under test is, and what it can do. */
export interface TestGeocoderOptions {
  name: string;
  /** A fresh geocoder (and fresh cache, for a cached one). */
  make: () => Geocoder | Promise<Geocoder>;
  /** The `provider` of its points for the known addresses ('kakao' for a chain that asks Kakao first). */
  provider: string;
  /**
   * Whether a call does I/O, so an aborted signal must reject it with AbortedError. A geocoder that
   * answers from memory at once may ignore the signal (the contract allows either).
   */
  abortable: boolean;
}

/** Addresses every geocoder must place, with where they are (within a 시군구's reach). */
const KNOWN: readonly { text: string; near: { lat: number; lng: number } }[] = [
  { text: '서울특별시 강남구 테헤란로 152 (역삼동)', near: { lat: 37.5, lng: 127.036 } },
  { text: '경기 성남시 분당구 판교역로 235', near: { lat: 37.4, lng: 127.11 } },
  { text: '부산광역시 해운대구 센텀중앙로 79', near: { lat: 35.17, lng: 129.13 } },
  { text: '제주특별자치도 제주시 첨단로 242', near: { lat: 33.45, lng: 126.57 } },
];

/** How far a point may be from `near`: the gazetteer answers the centroid of a 시군구 like 제주시. */
const NEAR_KM = 15;

/** Text that names no place in Korea: empty, blank, gibberish, a work arrangement, foreign addresses. */
const NOWHERE: readonly string[] = [
  '',
  '   ',
  'asdf qwer zxcv',
  '재택근무',
  '협의 후 결정',
  '1600 Amphitheatre Parkway, Mountain View, CA 94043',
  '東京都千代田区丸の内1-1',
  'Berlin, Germany',
  '😀😀',
];

/** An Address whose 시도 does not exist. */
const NOWHERE_ADDRESS: Address = { sido: '없는도', sigungu: '없는시', query: '없는도 없는시' };

/** Korea's extent, Jeju and Dokdo included. */
const KOREA = { minLat: 33, maxLat: 38.7, minLng: 124.5, maxLng: 132 };

function expectPlaced(point: GeoPoint | null, provider: string, near: { lat: number; lng: number }): void {
  expect(point).not.toBeNull();
  const { lat, lng, precision } = point!;
  expect(lat).toBeGreaterThanOrEqual(KOREA.minLat);
  expect(lat).toBeLessThanOrEqual(KOREA.maxLat);
  expect(lng).toBeGreaterThanOrEqual(KOREA.minLng);
  expect(lng).toBeLessThanOrEqual(KOREA.maxLng);
  expect(GeoPrecision.options).toContain(precision);
  expect(point!.provider).toBe(provider);
  expect(haversineKm(point!, near)).toBeLessThanOrEqual(NEAR_KM);
}

/** Registers the conformance tests of one geocoder implementation. */
export function testGeocoder(options: TestGeocoderOptions): void {
  const suite = `geocoder conformance: ${options.name}`;
  describe(suite, () => {
    const itAborts = gatedIt(
      suite,
      options.abortable,
      'answers from memory at once; the contract lets it ignore the signal',
    );

    it.each(KNOWN)('places $text inside Korea, near where it is, from text', async ({ text, near }) => {
      const geocoder = await options.make();
      expectPlaced(await geocoder.geocode(text), options.provider, near);
    });

    it('places a parsed Address where it places the same text', async () => {
      const geocoder = await options.make();
      for (const { text, near } of KNOWN) {
        const address = parseAddress(text);
        expect(address, text).not.toBeNull();
        const point = await geocoder.geocode(address!);
        expectPlaced(point, options.provider, near);
        expect(point, text).toEqual(await geocoder.geocode(text));
      }
    });

    it('answers null, never a throw, for text that names no place in Korea', async () => {
      const geocoder = await options.make();
      for (const text of NOWHERE) expect(await geocoder.geocode(text), JSON.stringify(text)).toBeNull();
      expect(await geocoder.geocode(NOWHERE_ADDRESS)).toBeNull();
    });

    it('never fails with anything but AbortedError for an aborted signal', async () => {
      const geocoder = await options.make();
      const signal = AbortSignal.abort();
      for (const input of [KNOWN[0]!.text, NOWHERE[2]!]) {
        const outcome = await geocoder.geocode(input, { signal }).then(
          (point) => ({ point }),
          (error: unknown) => ({ error }),
        );
        if ('error' in outcome) expect(outcome.error).toBeInstanceOf(AbortedError);
        else expect(outcome.point).toEqual(await (await options.make()).geocode(input));
      }
    });

    itAborts('rejects a call with an aborted signal with AbortedError', async () => {
      const geocoder = await options.make();
      const error = await geocoder
        .geocode(KNOWN[1]!.text, { signal: AbortSignal.abort() })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AbortedError);
      expect(error).toMatchObject({ code: 'aborted' });
    });

    it('gives the same answer twice', async () => {
      const geocoder = await options.make();
      for (const input of [KNOWN[0]!.text, KNOWN[2]!.text, NOWHERE[3]!]) {
        const first = await geocoder.geocode(input);
        expect(await geocoder.geocode(input), input).toEqual(first);
      }
    });

    it('answers concurrent calls as it answers them one at a time', async () => {
      // Repeats among concurrent calls: a cache or memo must not hand one call another's half-done work.
      const inputs = [...KNOWN, ...KNOWN].map((known) => known.text).concat(NOWHERE[3]!, NOWHERE[5]!);
      const oneByOne = await options.make();
      const expected: (GeoPoint | null)[] = [];
      for (const input of inputs) expected.push(await oneByOne.geocode(input));
      const concurrent = await options.make();
      expect(await Promise.all(inputs.map((input) => concurrent.geocode(input)))).toEqual(expected);
    });

    it('is not changed by a caller editing a point it returned', async () => {
      const geocoder = await options.make();
      const point = await geocoder.geocode(KNOWN[0]!.text);
      const original = { ...point };
      Object.assign(point!, { lat: 0, lng: 0, precision: 'sido', provider: 'edited' });
      expect(await geocoder.geocode(KNOWN[0]!.text)).toEqual(original);
    });
  });
}
