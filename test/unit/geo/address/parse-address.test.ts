import { describe, expect, it } from 'vitest';
import { parseAddress, parseAddresses } from '../../../../src/geo/index.js';
import { Address } from '../../../../src/model/posting.js';

type Expected = Partial<Address>;

// Worked examples of the three address shapes job postings use most (참고항목 parenthesis, building name
// and rooms after the number, country prefix) — these must hold exactly.
const WORKED: Array<[string, Address]> = [
  [
    '서울특별시 강남구 테헤란로 152, 33층 (역삼동, 강남파이낸스센터)',
    {
      sido: '서울특별시',
      sigungu: '강남구',
      road: '테헤란로',
      buildingNo: '152',
      detail: '33층 (역삼동, 강남파이낸스센터)',
      query: '서울특별시 강남구 테헤란로 152',
    },
  ],
  [
    '경기 성남시 분당구 대왕판교로 670 유스페이스2 B동 403호',
    {
      sido: '경기도',
      sigungu: '성남시 분당구',
      road: '대왕판교로',
      buildingNo: '670',
      detail: '유스페이스2 B동 403호',
      query: '경기도 성남시 분당구 대왕판교로 670',
    },
  ],
  [
    '대한민국 서울 강남구 역삼로1길 8, 평익빌딩',
    {
      sido: '서울특별시',
      sigungu: '강남구',
      road: '역삼로1길',
      buildingNo: '8',
      detail: '평익빌딩',
      query: '서울특별시 강남구 역삼로1길 8',
    },
  ],
];

describe('parseAddress: worked examples', () => {
  it.each(WORKED)('%s', (raw, expected) => {
    expect(parseAddress(raw)).toStrictEqual(expected);
  });
});

// Forms seen on job sites; each row checks the fields it lists plus the query.
const JOB_SITE: Array<[string, Expected]> = [
  ['서울 강남구', { sido: '서울특별시', sigungu: '강남구', query: '서울특별시 강남구' }],
  ['경기 성남시 분당구', { sido: '경기도', sigungu: '성남시 분당구', query: '경기도 성남시 분당구' }],
  [
    '서울 종로구 율곡로2길25, 10층',
    { road: '율곡로2길', buildingNo: '25', detail: '10층', query: '서울특별시 종로구 율곡로2길 25' },
  ],
  [
    '(10857) 경기 파주시 한산로 69',
    { sigungu: '파주시', detail: undefined, query: '경기도 파주시 한산로 69' },
  ],
  [
    '대한민국 경기도 성남시 분당구 황새울로258번길 31',
    { road: '황새울로258번길', buildingNo: '31', query: '경기도 성남시 분당구 황새울로258번길 31' },
  ],
  [
    '서울시 서초구 반포대로21길17 B101호',
    { road: '반포대로21길', buildingNo: '17', detail: 'B101호', query: '서울특별시 서초구 반포대로21길 17' },
  ],
  [
    '강남구 신사동 524-36 루에랑 사옥',
    {
      sido: '서울특별시',
      eupmyeondong: '신사동',
      jibun: '524-36',
      road: undefined,
      detail: '루에랑 사옥',
      query: '서울특별시 강남구 신사동 524-36',
    },
  ],
  [
    '서울특별시 강남구 테헤란로13길',
    { road: '테헤란로13길', buildingNo: undefined, query: '서울특별시 강남구 테헤란로13길' },
  ],
  [
    '광주 광산구 하남산단6번로 107',
    { sido: '전남광주통합특별시', sigungu: '광산구', query: '전남광주통합특별시 광산구 하남산단6번로 107' },
  ],
  [
    '전남 목포시 영산로 100',
    { sido: '전남광주통합특별시', sigungu: '목포시', query: '전남광주통합특별시 목포시 영산로 100' },
  ],
  ['강원도 춘천시 중앙로 1', { sido: '강원특별자치도', query: '강원특별자치도 춘천시 중앙로 1' }],
  [
    '전라북도 전주시 완산구 효자로 225',
    { sido: '전북특별자치도', sigungu: '전주시 완산구', query: '전북특별자치도 전주시 완산구 효자로 225' },
  ],
  [
    '세종 한누리대로 2130',
    { sido: '세종특별자치시', sigungu: undefined, query: '세종특별자치시 한누리대로 2130' },
  ],
  [
    '세종특별자치시 세종시 도움6로 11',
    { sigungu: undefined, road: '도움6로', query: '세종특별자치시 도움6로 11' },
  ],
  [
    '제주 제주시 첨단로 242',
    { sido: '제주특별자치도', sigungu: '제주시', query: '제주특별자치도 제주시 첨단로 242' },
  ],
];

// Every cleaning rule of the parser, one or more rows each.
const RULES: Array<[string, string, Expected]> = [
  [
    'NFKC full-width',
    '서울\u3000강남구\u3000테헤란로　１５２－３',
    { buildingNo: '152-3', query: '서울특별시 강남구 테헤란로 152-3' },
  ],
  [
    'invisible characters',
    '서울\u200B 강남구\uFEFF 테헤란로 152',
    { query: '서울특별시 강남구 테헤란로 152' },
  ],
  [
    'collapsed spaces, tabs',
    '  서울\t\t강남구   테헤란로  152  ',
    { query: '서울특별시 강남구 테헤란로 152' },
  ],
  ['prefix 한국', '한국 서울 강남구', { query: '서울특별시 강남구' }],
  ['prefix Korea,', 'Korea, 서울 강남구', { query: '서울특별시 강남구' }],
  [
    'suffix South Korea',
    '서울 강남구 테헤란로 152, South Korea',
    { detail: undefined, query: '서울특별시 강남구 테헤란로 152' },
  ],
  [
    'postcode (…)',
    '(06236) 서울 강남구 테헤란로 152',
    { detail: undefined, query: '서울특별시 강남구 테헤란로 152' },
  ],
  [
    'postcode […]',
    '[06236] 서울 강남구 테헤란로 152',
    { detail: undefined, query: '서울특별시 강남구 테헤란로 152' },
  ],
  [
    'postcode at the end',
    '서울 강남구 테헤란로 152 (06236)',
    { detail: undefined, query: '서울특별시 강남구 테헤란로 152' },
  ],
  ['leading 5-digit postcode', '06236 서울 강남구 테헤란로 152', { query: '서울특별시 강남구 테헤란로 152' }],
  [
    'old 123-456 postcode',
    '135-080 서울 강남구 역삼동 737',
    { jibun: '737', query: '서울특별시 강남구 역삼동 737' },
  ],
  [
    'detail after comma',
    '서울 강남구 테헤란로 152, 3F',
    { detail: '3F', query: '서울특별시 강남구 테헤란로 152' },
  ],
  [
    '참고항목 parentheses',
    '서울 강남구 테헤란로 152 (역삼동, 강남파이낸스센터)',
    { detail: '(역삼동, 강남파이낸스센터)', query: '서울특별시 강남구 테헤란로 152' },
  ],
  ['floor B1', '서울 강남구 테헤란로 152 B1', { detail: 'B1', buildingNo: '152' }],
  ['지하1층 is a floor', '서울 강남구 테헤란로 152 지하1층', { detail: '지하1층', underground: undefined }],
  ['101동 1001호', '서울 송파구 올림픽로 300 101동 1001호', { detail: '101동 1001호', buildingNo: '300' }],
  ['403-1호', '서울 송파구 올림픽로 300, 403-1호', { detail: '403-1호', buildingNo: '300' }],
  [
    'building number with 부번',
    '서울 강남구 테헤란로 152-3 평익빌딩',
    { buildingNo: '152-3', detail: '평익빌딩' },
  ],
  ['split 1길', '서울 강남구 역삼로 1길 8', { road: '역삼로1길', query: '서울특별시 강남구 역삼로1길 8' }],
  ['split 12번길', '경기 성남시 분당구 황새울로 258번길 31', { road: '황새울로258번길', buildingNo: '31' }],
  [
    'glued number',
    '서울 강남구 테헤란로152',
    { road: '테헤란로', buildingNo: '152', query: '서울특별시 강남구 테헤란로 152' },
  ],
  [
    'underground 지하 N',
    '서울 강남구 테헤란로 지하 152 B1',
    { underground: true, buildingNo: '152', detail: 'B1', query: '서울특별시 강남구 테헤란로 지하 152' },
  ],
  [
    'underground 지하N',
    '서울 강남구 테헤란로 지하152',
    { underground: true, query: '서울특별시 강남구 테헤란로 지하 152' },
  ],
  [
    '지번 번지',
    '서울 강남구 신사동 524-36번지',
    { jibun: '524-36', query: '서울특별시 강남구 신사동 524-36' },
  ],
  [
    '지번 산 12',
    '경기도 용인시 처인구 모현읍 왕산리 산 12',
    { eupmyeondong: '모현읍 왕산리', jibun: '산 12', query: '경기도 용인시 처인구 모현읍 왕산리 산 12' },
  ],
  ['지번 산12', '경기 용인시 처인구 모현읍 산12-3', { jibun: '산 12-3' }],
  [
    '읍 kept in a road query',
    '경기 광주시 오포읍 신현로 10',
    { query: '경기도 광주시 오포읍 신현로 10', eupmyeondong: '오포읍' },
  ],
  [
    '동 not in a road query',
    '서울 강남구 역삼동 테헤란로 152',
    { eupmyeondong: '역삼동', query: '서울특별시 강남구 테헤란로 152' },
  ],
  ['old 시도 name 전라북도', '전라북도 군산시', { sido: '전북특별자치도', query: '전북특별자치도 군산시' }],
  ['short 시도 충북', '충북 청주시 흥덕구', { sido: '충청북도', sigungu: '청주시 흥덕구' }],
  ['old 제주도', '제주도 서귀포시', { sido: '제주특별자치도', sigungu: '서귀포시' }],
  ['광주광역시 → 전남광주', '광주광역시 서구 상무중앙로 7', { sido: '전남광주통합특별시', sigungu: '서구' }],
  ['광주 alone is the 시도', '광주', { sido: '전남광주통합특별시', query: '전남광주통합특별시' }],
  ['광주시 서구 is the 시도', '광주시 서구', { sido: '전남광주통합특별시', sigungu: '서구' }],
  ['경기 광주시', '경기 광주시', { sido: '경기도', sigungu: '광주시', query: '경기도 광주시' }],
  ['광주시 오포읍 is 경기도', '광주시 오포읍', { sido: '경기도', sigungu: '광주시', eupmyeondong: '오포읍' }],
  ['전라남도', '전라남도 순천시', { sido: '전남광주통합특별시', sigungu: '순천시' }],
  ['inferred from a city gu', '성남시 분당구 판교역로 235', { sido: '경기도', sigungu: '성남시 분당구' }],
  [
    'inferred from a unique 구',
    '강남구 테헤란로 1',
    { sido: '서울특별시', query: '서울특별시 강남구 테헤란로 1' },
  ],
  ['inferred from 분당구 alone', '분당구 정자동', { sido: '경기도', sigungu: '성남시 분당구' }],
  ['bare stem 강남', '서울 강남 역삼동', { sigungu: '강남구', eupmyeondong: '역삼동' }],
  ['city then gu, no 시', '경기 성남 분당구', { sigungu: '성남시 분당구' }],
  ['glued city gu', '경기 성남시분당구 판교로 1', { sigungu: '성남시 분당구' }],
  ['중구 with a 동 decides the 시도', '중구 을지로동', { sido: '서울특별시', sigungu: '중구' }],
  ['군위군 is 대구', '군위군', { sido: '대구광역시', sigungu: '군위군' }],
  ['부천 일반구 (2024)', '경기 부천시 원미구 길주로 1', { sigungu: '부천시 원미구' }],
  ['화성 일반구 (2026-02)', '경기 화성시 동탄구 동탄대로 1', { sigungu: '화성시 동탄구' }],
  ['Incheon 중구 + island 동 → 영종구', '인천 중구 운서동 2850', { sigungu: '영종구', jibun: '2850' }],
  [
    'Incheon 중구 + 참고항목 → 영종구',
    '인천광역시 중구 공항로 272 (운서동)',
    { sigungu: '영종구', detail: '(운서동)', query: '인천광역시 영종구 공항로 272' },
  ],
  ['Incheon 중구 inland → 제물포구', '인천 중구 신포동', { sigungu: '제물포구' }],
  ['Incheon 동구 → 제물포구', '인천 동구 송림동', { sigungu: '제물포구' }],
  ['Incheon 서구 청라 → 서해구', '인천 서구 청라동', { sigungu: '서해구' }],
  ['Incheon 서구 마전 → 검단구', '인천 서구 마전동', { sigungu: '검단구' }],
  [
    'Incheon 중구 without 동 is kept',
    '인천 중구',
    { sido: '인천광역시', sigungu: '중구', query: '인천광역시 중구' },
  ],
  ['Incheon 서구 island 동 without 시도', '서구 청라동', { sido: '인천광역시', sigungu: '서해구' }],
  ['new Incheon names', '인천 검단구 원당대로 1', { sigungu: '검단구' }],
  ['외 suffix', '대구 달서구 외', { sido: '대구광역시', sigungu: '달서구', query: '대구광역시 달서구' }],
  [
    '외 N suffix (JobKorea)',
    '서울 마포구 외 14',
    { sido: '서울특별시', sigungu: '마포구', query: '서울특별시 마포구' },
  ],
  ['등 N곳 suffix', '서울 강남구 등 3곳', { query: '서울특별시 강남구' }],
  ['Saramin >', '서울 > 강남구', { query: '서울특별시 강남구' }],
  ['Saramin &gt;', '서울 &gt; 강남구', { query: '서울특별시 강남구' }],
  [
    'any HTML entity',
    '서울&nbsp;강남구 테헤란로&#x20;152 &#40;역삼동&#41;',
    { query: '서울특별시 강남구 테헤란로 152', detail: '(역삼동)' },
  ],
  ['서울 전지역', '서울 전지역', { sido: '서울특별시', sigungu: undefined, query: '서울특별시' }],
  ['제주 alone', '제주', { sido: '제주특별자치도', sigungu: undefined }],
  ['제주시 is a city', '제주시', { sido: '제주특별자치도', sigungu: '제주시' }],
  ['name with dots', '서울 종로구 종로1·2·3·4가동', { eupmyeondong: '종로1·2·3·4가동' }],
  [
    'building before the road',
    '서울 강남구 강남파이낸스센터 테헤란로 152',
    { detail: '강남파이낸스센터', buildingNo: '152' },
  ],
  [
    'bracketed note',
    '[본사] 서울 강남구 테헤란로 152',
    { detail: '(본사)', query: '서울특별시 강남구 테헤란로 152' },
  ],
];

function expectFields(actual: Address | null, expected: Expected): void {
  expect(actual).not.toBeNull();
  for (const [key, value] of Object.entries(expected)) {
    expect(actual?.[key as keyof Address], key).toStrictEqual(value);
  }
  expect(Address.safeParse(actual).success).toBe(true);
}

describe('parseAddress: job-site forms', () => {
  it.each(JOB_SITE)('%s', (raw, expected) => expectFields(parseAddress(raw), expected));
});

describe('parseAddress: cleaning rules', () => {
  it.each(RULES)('%s: %s', (_rule, raw, expected) => expectFields(parseAddress(raw), expected));
});

describe('parseAddress: no place', () => {
  it.each([
    ['재택'],
    ['전면 재택'],
    ['원격근무'],
    ['Remote'],
    ['전국'],
    ['해외'],
    ['해외 (미국)'],
    ['중구 큰우물로 75'], // 중구 is in several 시도; neither a 동 nor the road index decides
    ['고성군'], // 강원 and 경남
    [''],
    ['   '],
    ['(06236)'],
    ['협의 후 결정'],
  ])('%j → null', (raw) => {
    expect(parseAddress(raw)).toBeNull();
  });

  it('never throws on a non-string passed from untyped code', () => {
    expect(parseAddress(undefined as unknown as string)).toBeNull();
    expect(parseAddress(42 as unknown as string)).toBeNull();
  });
});

describe('parseAddresses: several places', () => {
  it.each([
    ['경기 용인시 처인구, 수원시 영통구', ['경기도 용인시 처인구', '경기도 수원시 영통구']],
    ['서울 강남구 / 서초구', ['서울특별시 강남구', '서울특별시 서초구']],
    ['서울 강남구·경기 성남시 분당구', ['서울특별시 강남구', '경기도 성남시 분당구']],
    ['서울 강남구, 부산 해운대구', ['서울특별시 강남구', '부산광역시 해운대구']],
    // '중구' has no 시도 of its own: it inherits 인천 and is kept as written.
    ['인천 남동구, 중구', ['인천광역시 남동구', '인천광역시 중구']],
    // A later place whose 구 is not in the inherited 시도 is inferred on its own.
    ['경기 성남시 분당구, 강남구', ['경기도 성남시 분당구', '서울특별시 강남구']],
    ['서울특별시 강남구 테헤란로 152, 33층', ['서울특별시 강남구 테헤란로 152']],
    ['재택', []],
  ])('%s', (raw, queries) => {
    expect(parseAddresses(raw).map((a) => a.query)).toStrictEqual(queries);
  });

  it('parseAddress returns the first place', () => {
    expect(parseAddress('경기 용인시 처인구, 수원시 영통구')?.sigungu).toBe('용인시 처인구');
  });

  it('keeps a detail with its own place', () => {
    const [a, b] = parseAddresses('서울 강남구 테헤란로 152, 3층, 경기 성남시 분당구 판교역로 235 (삼평동)');
    expect(a?.detail).toBe('3층');
    expect(b?.detail).toBe('(삼평동)');
    expect(b?.query).toBe('경기도 성남시 분당구 판교역로 235');
  });
});
