import { describe, expect, it } from 'vitest';
import { parseAddress } from '../../../src/geo/address/parse-address.js';
import type { Address } from '../../../src/model/posting.js';
import { contains, distinctPlaces, readPostingLocation, samePlace } from '../../../src/normalize/location.js';
import { normalizePosting } from '../../../src/normalize/posting.js';

const address = (text: string): Address => {
  const parsed = parseAddress(text);
  if (parsed === null) throw new Error(`unparsed: ${text}`);
  return parsed;
};

const BASE = {
  source: 'jumpit',
  sourceId: '1',
  url: 'https://jumpit.saramin.co.kr/position/1',
  fetchedAt: '2026-11-29T09:00:00+09:00',
  title: '백엔드 개발자',
  company: '(주)카카오',
};

describe('one place named twice is one place', () => {
  it.each([
    // The list's district and the detail's address with a floor (Jumpit, Wanted).
    [['충북 청주시 흥덕구', '충북 청주시 흥덕구 대신로 313, 16층']],
    [['서울 구로구', '서울특별시 구로구 디지털로 98 지밸리비즈플라자 1층']],
    // The same address three times, once with a building name and once with the 시도 doubled.
    [
      [
        '경기도 안양시 동안구 시민대로 101',
        '경기도 안양시 동안구 시민대로 101 평촌스마트타워 9층',
        '경기도 경기도 안양시 동안구 시민대로 101 평촌스마트타워 9층',
      ],
    ],
    // A postcode in front (Saramin).
    [['인천 연수구', '(53538) 인천 연수구 송도과학로 404']],
    [['경기 성남시 분당구', '경기도 성남시 분당구 분당내곡로 63 판교세븐벤처밸리 7층']],
  ])('%j is one address', (fields) => {
    const location = readPostingLocation(fields);
    expect(location.kind).toBe('address');
    expect(location.addresses).toHaveLength(1);
  });

  it('keeps the first naming of the place, with the detail a later one adds', () => {
    const { addresses } = readPostingLocation([
      '경기도 안양시 동안구 시민대로 101',
      '경기도 안양시 동안구 시민대로 101 평촌스마트타워 9층',
    ]);
    expect(addresses).toEqual([
      {
        sido: '경기도',
        sigungu: '안양시 동안구',
        road: '시민대로',
        buildingNo: '101',
        detail: '평촌스마트타워 9층',
        query: '경기도 안양시 동안구 시민대로 101',
      },
    ]);
  });

  it('reads one district named twice as one region', () => {
    expect(readPostingLocation(['서울 강남구', '서울특별시 강남구'])).toEqual({
      addresses: [{ sido: '서울특별시', sigungu: '강남구', query: '서울특별시 강남구' }],
      kind: 'region',
    });
  });

  it('gives a posting one address, queried once', () => {
    const posting = normalizePosting({
      ...BASE,
      locations: ['부산 해운대구', '부산광역시 해운대구 센텀중앙로 285 센텀사이언스파크 20층'],
    });
    expect(posting.locationKind).toBe('address');
    expect(posting.addresses.map((place) => place.query)).toEqual(['부산광역시 해운대구 센텀중앙로 285']);
    expect(posting.address?.detail).toBe('센텀사이언스파크 20층');
  });
});

describe('places that really differ stay multi', () => {
  it.each([
    [['경기 용인시 처인구, 수원시 영통구']],
    [['서울 강남구 테헤란로 152', '경기 성남시 분당구 판교역로 166']],
    // Two buildings on one road.
    [['서울 강남구 테헤란로 152', '서울 강남구 테헤란로 427']],
    // A district that does not hold the address.
    [['서울 서초구', '서울 강남구 테헤란로 152']],
    // A field that says there are more places.
    [['서울 외 2곳']],
    // A place beside remote work.
    [['서울 강남구 테헤란로 152', '재택근무']],
  ])('%j is multi', (fields) => {
    expect(readPostingLocation(fields).kind).toBe('multi');
  });

  it('keeps every distinct place in the order the fields name them', () => {
    const { addresses } = readPostingLocation([
      '서울 강남구',
      '경기 성남시 분당구 판교역로 166',
      '서울 강남구 테헤란로 152, 3층',
    ]);
    expect(addresses.map((place) => place.query)).toEqual([
      '경기도 성남시 분당구 판교역로 166',
      '서울특별시 강남구 테헤란로 152',
    ]);
  });
});

describe('a place several 시도 could hold', () => {
  it('stays ambiguous when no other field settles it, however often it is named', () => {
    expect(readPostingLocation(['삼성동 144-19'])).toEqual({ addresses: [], kind: 'ambiguous' });
    expect(readPostingLocation(['학동로 224', '학동로 224, 3층'])).toEqual({
      addresses: [],
      kind: 'ambiguous',
    });
  });

  it('is the proved address another field names in one of its districts', () => {
    expect(readPostingLocation(['삼성동 144-19', '서울 강남구 삼성동 144-19'])).toMatchObject({
      addresses: [{ sido: '서울특별시', sigungu: '강남구', eupmyeondong: '삼성동', jibun: '144-19' }],
      kind: 'address',
    });
  });

  it('is another place beside an address none of its districts holds', () => {
    expect(readPostingLocation(['삼성동 144-19', '부산 해운대구 센텀중앙로 285']).kind).toBe('multi');
  });
});

describe('kinds without a place', () => {
  it.each([
    [['원격근무'], 'remote'],
    [['해외'], 'overseas'],
    [['전국'], 'nationwide'],
    [['???', '원격근무'], 'remote'],
    [[], 'unknown'],
    [['???'], 'unknown'],
  ])('%j is %s', (fields, kind) => {
    expect(readPostingLocation(fields)).toEqual({ addresses: [], kind });
  });
});

describe('samePlace and contains', () => {
  it('ignores detail and spelling, never the building number', () => {
    expect(
      samePlace(address('서울 강남구 테헤란로 152'), address('서울특별시 강남구 테헤란로 152, 33층')),
    ).toBe(true);
    expect(samePlace(address('서울 강남구 테헤란로 152'), address('서울 강남구 테헤란로 152-1'))).toBe(false);
  });

  it('holds an address in its 시도, 시군구 and the city of a 구', () => {
    const inner = address('경기 성남시 분당구 판교역로 166');
    expect(contains(address('경기도'), inner)).toBe(true);
    expect(contains(address('경기 성남시'), inner)).toBe(true);
    expect(contains(address('경기 성남시 분당구'), inner)).toBe(true);
    expect(contains(address('경기 성남시 수정구'), inner)).toBe(false);
    expect(contains(address('서울특별시'), inner)).toBe(false);
    // An address holds nothing, and nothing holds itself.
    expect(contains(inner, address('경기 성남시 분당구 판교역로 166, 2층'))).toBe(false);
    expect(contains(address('경기 성남시 분당구'), address('경기 성남시 분당구'))).toBe(false);
  });

  it('reads a 동 against an address that names another 동 as elsewhere', () => {
    expect(contains(address('서울 강남구 역삼동'), address('서울 강남구 삼성동 144-19'))).toBe(false);
    expect(contains(address('서울 강남구 역삼동'), address('서울 강남구 테헤란로 152'))).toBe(true);
    expect(contains(address('서울 강남구 역삼동'), address('서울 강남구'))).toBe(false);
    expect(distinctPlaces([address('서울 강남구'), address('서울 강남구 역삼동')])).toEqual([
      address('서울 강남구 역삼동'),
    ]);
  });
});
