// The pure Kakao response parsers over the documented shapes
// (https://developers.kakao.com/docs/latest/ko/local/dev-guide).
import { describe, expect, it } from 'vitest';
import {
  classifyKakaoFailure,
  parseKakaoAddressSearch,
  parseKakaoCoord2Address,
  parseKakaoKeywordSearch,
  parseKakaoRegionCodes,
  readKakaoErrorBody,
} from '../../../src/geo/kakao/index.js';
import { AuthError, BodyParseError, HttpStatusError, QuotaExceededError } from '../../../src/model/index.js';

// Kakao's docs sample of "전북 삼성동 100", before and after the 2024 rename.
const jeonbuk = (sido: string, bCode: string) => ({
  meta: { total_count: 1, pageable_count: 1, is_end: true },
  documents: [
    {
      address_name: `${sido} 익산시 부송동 100`,
      address_type: 'REGION_ADDR',
      x: '126.99597295767953',
      y: '35.97664845766847',
      address: {
        address_name: `${sido} 익산시 부송동 100`,
        region_1depth_name: sido,
        region_2depth_name: '익산시',
        region_3depth_name: '부송동',
        region_3depth_h_name: '삼성동',
        h_code: '4514069000',
        b_code: bCode,
        mountain_yn: 'N',
        main_address_no: '100',
        sub_address_no: '',
        x: '126.99597295767953',
        y: '35.97664845766847',
      },
      road_address: {
        address_name: `${sido} 익산시 망산길 11-17`,
        region_1depth_name: sido,
        region_2depth_name: '익산시',
        region_3depth_name: '부송동',
        road_name: '망산길',
        underground_yn: 'N',
        main_building_no: '11',
        sub_building_no: '17',
        building_name: '',
        zone_no: '54547',
        x: '126.99599512792346',
        y: '35.976749396987046',
      },
    },
  ],
});

describe('parseKakaoAddressSearch', () => {
  it('reads a documented REGION_ADDR document: x/y strings, b_code, precision building', () => {
    const [hit] = parseKakaoAddressSearch(jeonbuk('전북', '4514013400'))!;
    expect(hit?.point).toEqual({
      lat: 35.97664845766847,
      lng: 126.99597295767953,
      precision: 'building',
      provider: 'kakao',
      code: '4514013400',
    });
    expect(hit?.type).toBe('REGION_ADDR');
    expect(hit?.zoneNo).toBe('54547');
  });

  it.each([
    ['전북', '4514013400'],
    ['전북특별자치도', '5214013400'],
    ['전라북도', '4514013400'],
  ])('normalizes 시도 %s (code %s) to the current name by code', (sido, code) => {
    const [hit] = parseKakaoAddressSearch(jeonbuk(sido, code))!;
    expect(hit?.sido).toBe('전북특별자치도');
    expect(hit?.addressName.startsWith('전북특별자치도 익산시')).toBe(true);
  });

  it('maps legacy 광주 and 전남 codes to 전남광주통합특별시', () => {
    const doc = jeonbuk('광주', '2917011000');
    expect(parseKakaoAddressSearch(doc)?.[0]?.sido).toBe('전남광주통합특별시');
  });

  it('reads REGION documents by depth, with empty h_code and null road_address', () => {
    const region = (d2: string, d3: string, bCode: string) => ({
      documents: [
        {
          address_name: '서울 중랑구 중화동',
          address_type: 'REGION',
          x: '127.079',
          y: '37.602',
          address: {
            region_1depth_name: '서울',
            region_2depth_name: d2,
            region_3depth_name: d3,
            region_3depth_h_name: '',
            h_code: '',
            b_code: bCode,
            main_address_no: '',
            sub_address_no: '',
          },
          road_address: null,
        },
      ],
    });
    expect(parseKakaoAddressSearch(region('중랑구', '중화동', '1126010400'))?.[0]?.point).toMatchObject({
      precision: 'eupmyeondong',
      code: '1126010400',
    });
    expect(parseKakaoAddressSearch(region('중랑구', '', '1126000000'))?.[0]?.point.precision).toBe('sigungu');
    expect(parseKakaoAddressSearch(region('', '', ''))?.[0]?.point).toEqual({
      lat: 37.602,
      lng: 127.079,
      precision: 'sido',
      provider: 'kakao',
    });
  });

  it('reads ROAD as road and ROAD_ADDR without a jibun object as building without code', () => {
    const road = {
      documents: [
        {
          address_type: 'ROAD',
          x: '127.03',
          y: '37.5',
          address: null,
          road_address: { road_name: '테헤란로' },
        },
      ],
    };
    expect(parseKakaoAddressSearch(road)?.[0]?.point.precision).toBe('road');
    const roadAddr = {
      documents: [
        {
          address_type: 'ROAD_ADDR',
          x: 127.03,
          y: 37.5,
          address: null,
          road_address: { main_building_no: '152' },
        },
      ],
    };
    expect(parseKakaoAddressSearch(roadAddr)?.[0]?.point).toEqual({
      lat: 37.5,
      lng: 127.03,
      precision: 'building',
      provider: 'kakao',
    });
  });

  it('returns [] for no documents and null for bodies that are not answers', () => {
    expect(parseKakaoAddressSearch({ meta: { total_count: 0 }, documents: [] })).toEqual([]);
    for (const body of [
      null,
      'x',
      42,
      [],
      {},
      { documents: 'no' },
      { documents: [{ x: '', y: '' }] },
      { documents: [{ x: 'a', y: '1' }] },
      { documents: [{ x: '500', y: '37' }] },
    ])
      expect(parseKakaoAddressSearch(body)).toBeNull();
  });
});

describe('parseKakaoKeywordSearch', () => {
  it('reads places with x/y strings as building precision without code', () => {
    const body = {
      meta: {
        total_count: 1,
        pageable_count: 1,
        is_end: true,
        same_name: { region: [], keyword: '강남파이낸스센터', selected_region: '' },
      },
      documents: [
        {
          id: '1',
          place_name: '강남파이낸스센터',
          address_name: '서울 강남구 역삼동 737',
          road_address_name: '서울 강남구 테헤란로 152',
          x: '127.0364',
          y: '37.5006',
        },
      ],
    };
    expect(parseKakaoKeywordSearch(body)).toEqual([
      {
        point: { lat: 37.5006, lng: 127.0364, precision: 'building', provider: 'kakao' },
        placeName: '강남파이낸스센터',
        addressName: '서울특별시 강남구 역삼동 737',
        roadAddressName: '서울특별시 강남구 테헤란로 152',
      },
    ]);
    expect(parseKakaoKeywordSearch({ documents: [] })).toEqual([]);
    expect(parseKakaoKeywordSearch({ meta: {} })).toBeNull();
  });
});

describe('parseKakaoCoord2Address', () => {
  it('reads both addresses, a null road address and full 시도 names in both strings', () => {
    const body = {
      meta: { total_count: 1 },
      documents: [
        {
          road_address: {
            address_name: '경기도 성남시 분당구 판교역로 166',
            region_1depth_name: '경기',
            zone_no: '13529',
          },
          address: { address_name: '경기 성남시 분당구 백현동 532', region_1depth_name: '경기' },
        },
      ],
    };
    expect(parseKakaoCoord2Address(body)).toEqual({
      address: '경기도 성남시 분당구 백현동 532',
      roadAddress: '경기도 성남시 분당구 판교역로 166',
    });
    const noRoad = {
      documents: [{ address: { address_name: '제주 제주시 영평동 2181' }, road_address: null }],
    };
    expect(parseKakaoCoord2Address(noRoad)).toEqual({
      address: '제주특별자치도 제주시 영평동 2181',
      roadAddress: null,
    });
    expect(parseKakaoCoord2Address({ meta: { total_count: 0 }, documents: [] })).toEqual({
      address: null,
      roadAddress: null,
    });
    expect(parseKakaoCoord2Address('{"meta":')).toBeNull();
  });
});

describe('parseKakaoRegionCodes', () => {
  it('reads B and H regions with x/y numbers and full names, normalized by code', () => {
    const doc = (type: string, code: string, sido: string, dong: string) => ({
      region_type: type,
      code,
      address_name: `${sido} 전주시 완산구 ${dong}`,
      region_1depth_name: sido,
      region_2depth_name: '전주시 완산구',
      region_3depth_name: dong,
      region_4depth_name: '',
      x: 127.1,
      y: 35.8,
    });
    const body = {
      meta: { total_count: 2 },
      documents: [
        doc('B', '4511113400', '전라북도', '효자동'),
        doc('H', '5211171300', '전북특별자치도', '효자3동'),
      ],
    };
    expect(parseKakaoRegionCodes(body)).toEqual({
      legal: { code: '4511113400', name: '전북특별자치도 전주시 완산구 효자동', sido: '전북특별자치도' },
      admin: { code: '5211171300', name: '전북특별자치도 전주시 완산구 효자3동', sido: '전북특별자치도' },
    });
    // Over the sea the region fields are empty.
    const sea = {
      documents: [{ region_type: 'H', code: '', address_name: '', region_1depth_name: '', x: 130, y: 34 }],
    };
    expect(parseKakaoRegionCodes(sea)).toEqual({ legal: null, admin: null });
    expect(parseKakaoRegionCodes([])).toBeNull();
  });
});

describe('classifyKakaoFailure', () => {
  const KEY = '0123456789abcdef0123456789abcdef';
  const status = (code: number, body: unknown) => new HttpStatusError({ status: code, method: 'GET', body });

  it('reads both error body shapes', () => {
    expect(
      readKakaoErrorBody({ errorType: 'RequestThrottled', message: 'API limit has been exceeded.' }),
    ).toEqual({
      errorType: 'RequestThrottled',
      code: undefined,
      message: 'API limit has been exceeded.',
    });
    expect(readKakaoErrorBody({ code: -10, msg: 'quota' })).toEqual({
      errorType: undefined,
      code: -10,
      message: 'quota',
    });
  });

  it.each([
    [401, { errorType: 'AccessDeniedError', message: `wrong appKey(${KEY}) format` }, 'auth'],
    [
      403,
      { errorType: 'NotAuthorizedError', message: 'App(1) disabled OPEN_MAP_AND_LOCAL service.' },
      'auth',
    ],
    [400, { code: -401, msg: 'invalid key' }, 'auth'],
    [429, { errorType: 'RequestThrottled', message: 'API limit has been exceeded.' }, 'quota'],
    [400, { code: -10, msg: 'quota' }, 'quota'],
    [400, { code: -11, msg: 'paid limit' }, 'quota'],
    [400, { errorType: 'InvalidArgument', message: 'page is more than max' }, 'bad-answer'],
    [503, { code: -9798, msg: 'maintenance' }, 'propagate'],
    [500, 'oops', 'propagate'],
  ] as const)('maps %i %j to %s, never quoting the key', (code, body, kind) => {
    const failure = classifyKakaoFailure(status(code, body), KEY, 'search/address');
    expect(failure.kind).toBe(kind);
    if (failure.kind === 'auth') expect(failure.error).toBeInstanceOf(AuthError);
    if (failure.kind === 'quota') expect(failure.error).toBeInstanceOf(QuotaExceededError);
    if (failure.kind === 'propagate') expect((failure.error as HttpStatusError).retryable).toBe(true);
    const text = JSON.stringify({
      ...failure,
      message: 'error' in failure ? (failure.error as Error).message : '',
    });
    expect(text).not.toContain(KEY);
  });

  it('maps an unreadable body to a bad answer and anything else through', () => {
    const cut = new BodyParseError({ status: 200, body: '{"meta":', reason: 'cut' });
    expect(classifyKakaoFailure(cut, KEY, 'search/address').kind).toBe('bad-answer');
    const other = new Error('ECONNRESET');
    expect(classifyKakaoFailure(other, KEY, 'search/address')).toEqual({ kind: 'propagate', error: other });
  });
});
