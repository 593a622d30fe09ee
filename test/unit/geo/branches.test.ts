import { describe, expect, it } from 'vitest';
import { type BranchPosting, splitBranches } from '../../../src/geo/index.js';
import type { Address } from '../../../src/model/posting.js';

type P = BranchPosting & { id: string };

const address = (sido: string, sigungu?: string, eupmyeondong?: string): Address => ({
  sido,
  ...(sigungu ? { sigungu } : {}),
  ...(eupmyeondong ? { eupmyeondong } : {}),
  query: [sido, sigungu, eupmyeondong].filter(Boolean).join(' '),
});

let seq = 0;
function posting(
  company: string,
  lat: number | null,
  lng: number,
  addr: Address | null,
  extra: Partial<P> = {},
): P {
  seq++;
  return {
    id: `t:${seq}`,
    source: 'wanted',
    company,
    companyId: null,
    address: addr,
    geo: lat === null ? null : { lat, lng, precision: 'building', provider: 'test' },
    branch: null,
    ...extra,
  };
}

const ICHEON = [37.2405, 127.4845] as const;
const CHEONGJU = [36.6424, 127.4374] as const;
const GANGNAM = [37.4979, 127.0276] as const;
const MAPO = [37.5565, 126.922] as const;
const DAEJEON = [36.3504, 127.3845] as const;
const BUNDANG = [37.3947, 127.1112] as const;
const SUJEONG = [37.4503, 127.1456] as const;

const byId = (ps: readonly P[]) => Object.fromEntries(ps.map((p) => [p.id, p.branch]));

describe('splitBranches', () => {
  it("names 하이닉스's 이천 and 청주 sites by city", () => {
    const input = [
      posting('하이닉스', ...ICHEON, address('경기도', '이천시', '부발읍')),
      posting('하이닉스', ICHEON[0] + 0.005, ICHEON[1], address('경기도', '이천시', '부발읍')),
      posting('하이닉스', ...CHEONGJU, address('충청북도', '청주시 흥덕구', '향정동')),
    ];
    const result = splitBranches(input);
    expect(result.postings.map((p) => p.branch)).toEqual(['하이닉스 이천', '하이닉스 이천', '하이닉스 청주']);
    expect(result).toMatchObject({ companies: 1, splitCompanies: 1, branches: 2 });
  });

  it('names a metropolitan city by its 시도 (하이닉스 대전)', () => {
    const { postings } = splitBranches([
      posting('하이닉스', ...ICHEON, address('경기도', '이천시')),
      posting('하이닉스', ...DAEJEON, address('대전광역시', '유성구')),
    ]);
    expect(postings.map((p) => p.branch)).toEqual(['하이닉스 이천', '하이닉스 대전']);
  });

  it('does not split offices of one city within the tolerance', () => {
    const input = [
      posting('토스', ...GANGNAM, address('서울특별시', '강남구', '역삼동'), { branch: '토스 옛이름' }),
      posting('토스', GANGNAM[0] + 0.01, GANGNAM[1] + 0.01, address('서울특별시', '강남구', '삼성동')),
    ];
    const result = splitBranches(input);
    expect(result.postings.map((p) => p.branch)).toEqual([null, null]);
    expect(result).toMatchObject({ companies: 1, splitCompanies: 0, branches: 0 });
    expect(splitBranches(input, { toleranceKm: 0.5 }).postings.map((p) => p.branch)).toEqual([
      '토스 역삼동',
      '토스 삼성동',
    ]);
  });

  it('steps down to 시군구 where the 시도 does not tell sites apart', () => {
    const seoul = splitBranches([
      posting('네이버', ...GANGNAM, address('서울특별시', '강남구')),
      posting('네이버', ...MAPO, address('서울특별시', '마포구')),
      posting('네이버', ...DAEJEON, address('대전광역시', '서구')),
    ]);
    expect(seoul.postings.map((p) => p.branch)).toEqual(['네이버 강남', '네이버 마포', '네이버 대전']);
    const seongnam = splitBranches([
      posting('카카오', ...BUNDANG, address('경기도', '성남시 분당구', '삼평동')),
      posting('카카오', ...SUJEONG, address('경기도', '성남시 수정구', '시흥동')),
      posting('카카오', ...ICHEON, address('경기도', '이천시')),
    ]);
    expect(seongnam.postings.map((p) => p.branch)).toEqual(['카카오 분당', '카카오 수정', '카카오 이천']);
  });

  it('keeps short 구 names whole and falls back to numbers when nothing tells sites apart', () => {
    const { postings } = splitBranches([
      posting('회사', 37.5638, 126.9975, address('서울특별시', '중구')),
      posting('회사', ...DAEJEON, address('대전광역시', '중구')),
      posting('무명', ...GANGNAM, null),
      posting('무명', ...DAEJEON, null),
    ]);
    expect(postings.map((p) => p.branch)).toEqual(['회사 서울', '회사 대전', '무명 2', '무명 1']);
  });

  it('joins postings that share a companyId even when names differ, per source', () => {
    const input = [
      posting('카카오', ...BUNDANG, address('경기도', '성남시 분당구'), { companyId: '1' }),
      posting('카카오', BUNDANG[0] + 0.001, BUNDANG[1], address('경기도', '성남시 분당구')),
      posting('(주)카카오', 33.4507, 126.5706, address('제주특별자치도', '제주시'), { companyId: '1' }),
      posting('다른회사', 35.1798, 129.075, address('부산광역시', '연제구'), {
        companyId: '1',
        source: 'jumpit',
      }),
    ];
    const result = splitBranches(input);
    expect(result.postings.map((p) => p.branch)).toEqual(['카카오 성남', '카카오 성남', '카카오 제주', null]);
    expect(result.companies).toBe(2);
  });

  it('gives the same branches for any input order', () => {
    const input = [
      posting('하이닉스', ...ICHEON, address('경기도', '이천시')),
      posting('하이닉스', ...CHEONGJU, address('충청북도', '청주시 흥덕구')),
      posting('하이닉스', ...DAEJEON, address('대전광역시', '유성구')),
      posting('네이버', ...GANGNAM, address('서울특별시', '강남구')),
      posting('네이버', ...MAPO, address('서울특별시', '마포구')),
      posting('무명', ...GANGNAM, null),
      posting('무명', ...DAEJEON, null),
    ];
    const expected = byId(splitBranches(input).postings);
    const reversed = byId(splitBranches([...input].reverse()).postings);
    const rotated = byId(splitBranches([...input.slice(3), ...input.slice(0, 3)]).postings);
    expect(reversed).toEqual(expected);
    expect(rotated).toEqual(expected);
  });

  it('leaves postings without geo untouched and never mutates', () => {
    const noGeo = posting('하이닉스', null, 0, address('경기도', '이천시'), { branch: '하이닉스 옛날' });
    const nameless = posting('', ...ICHEON, null, { branch: 'x' });
    const input = [
      posting('하이닉스', ...ICHEON, address('경기도', '이천시')),
      noGeo,
      posting('하이닉스', ...CHEONGJU, address('충청북도', '청주시 청원구')),
      nameless,
      posting('하이닉스', Number.NaN, 127, null),
    ];
    const snapshot = structuredClone(input);
    const result = splitBranches(input);
    expect(result.postings[1]).toBe(noGeo);
    expect(result.postings[3]).toBe(nameless);
    expect(result.postings[4]).toBe(input[4]);
    expect(result.postings[0]).not.toBe(input[0]);
    expect(result.postings.map((p) => p.branch)).toEqual([
      '하이닉스 이천',
      '하이닉스 옛날',
      '하이닉스 청주',
      'x',
      null,
    ]);
    expect(input).toEqual(snapshot);
  });

  it('uses the administrative code of the point when there is no address', () => {
    const { postings } = splitBranches([
      posting('회사', ...GANGNAM, null, {
        geo: { lat: GANGNAM[0], lng: GANGNAM[1], precision: 'building', provider: 't', code: '1168010100' },
      }),
      posting('회사', ...BUNDANG, null, {
        geo: { lat: BUNDANG[0], lng: BUNDANG[1], precision: 'building', provider: 't', code: '4113510900' },
      }),
    ]);
    expect(postings.map((p) => p.branch)).toEqual(['회사 서울', '회사 성남']);
  });
});
