// Location strings as real crawls write them, beyond the textbook '서울특별시 강남구 테헤란로 152'.
import { describe, expect, it } from 'vitest';
import { classifyLocation, parseAddress, readLocation } from '../../../src/geo/index.js';
import type { LocationKind } from '../../../src/model/posting.js';

describe('a 시도 glued to its 시군구', () => {
  it.each([
    ['대구수성구', '대구광역시', '수성구'],
    ['경기성남시 수정구', '경기도', '성남시 수정구'],
    ['부산해운대구', '부산광역시', '해운대구'],
    ['충남천안시 동남구', '충청남도', '천안시 동남구'],
    ['서울특별시강남구 테헤란로 152', '서울특별시', '강남구'],
    ['광주광산구', '전남광주통합특별시', '광산구'],
    ['경기광주시 오포읍', '경기도', '광주시'],
  ])('%j → %s %s', (raw, sido, sigungu) => {
    const a = parseAddress(raw);
    expect(a?.sido).toBe(sido);
    expect(a?.sigungu).toBe(sigungu);
  });

  it('keeps a 시군구 whose name starts like a 시도 whole', () => {
    expect(parseAddress('부산진구 중앙대로 672')).toMatchObject({ sido: '부산광역시', sigungu: '부산진구' });
    expect(parseAddress('인천공항')).toBeNull();
  });
});

describe('a whole 시도', () => {
  it.each([
    ['서울전체', '서울특별시'],
    ['경기전체', '경기도'],
    ['부산 전지역', '부산광역시'],
  ])('%j is a region at 시도 precision', (raw, sido) => {
    expect(parseAddress(raw)).toStrictEqual({ sido, query: sido });
    expect(classifyLocation(raw)).toBe('region');
  });
});

describe('broken spacing or typing inside a 시도 name', () => {
  it.each([
    ['서 울특별시', '서울특별시'],
    ['서울특 별시', '서울특별시'],
    ['서울특별사', '서울특별시'],
    ['서을특별시', '서울특별시'],
    ['경 기도', '경기도'],
    ['서울 특별시 강남구', '서울특별시'],
    ['충청남 도 천안시 동남구', '충청남도'],
  ])('%j → %s', (raw, sido) => {
    expect(parseAddress(raw)?.sido).toBe(sido);
  });

  it('reads the rest of the address after a misspelt 시도', () => {
    expect(parseAddress('서울특별사 강남구 테헤란로 152')?.query).toBe('서울특별시 강남구 테헤란로 152');
  });

  it('never corrects a 시군구 name, which differs from another by one syllable', () => {
    // '강낭구' is one edit from 강남구 (and from nothing else), yet stays unread: only 시도 names are fuzzy.
    expect(parseAddress('서울 강낭구')).toStrictEqual({
      sido: '서울특별시',
      query: '서울특별시',
      detail: '강낭구',
    });
    expect(parseAddress('강낭구 테헤란로 152')).toBeNull();
    // '동구' is not '중구', '서울' is not '서구'.
    expect(parseAddress('서울 동구')?.sigungu).toBeUndefined();
    expect(readLocation('서구 도마로 10').candidates?.map((c) => c.sigungu)).not.toContain('중구');
  });

  it('leaves a 4-syllable name one edit from two 시도 alone', () => {
    // '충청X도' is one edit from both 충청북도 and 충청남도.
    expect(parseAddress('충청X도')).toBeNull();
    expect(parseAddress('경상중도')).toBeNull();
  });
});

describe('a district only, ambiguous across cities', () => {
  it('keeps every candidate and guesses no 시도', () => {
    // 큰우물로 is not in the (partial) road index and no 동 is written: nothing decides.
    const reading = readLocation('중구 큰우물로 75');
    expect(reading.kind).toBe('ambiguous');
    expect(reading.addresses).toStrictEqual([]);
    expect(parseAddress('중구 큰우물로 75')).toBeNull();
    expect(reading.candidates).toEqual(
      expect.arrayContaining([
        { sido: '서울특별시', sigungu: '중구' },
        { sido: '부산광역시', sigungu: '중구' },
        { sido: '대구광역시', sigungu: '중구' },
        { sido: '대전광역시', sigungu: '중구' },
        { sido: '울산광역시', sigungu: '중구' },
        // Incheon's old 중구 is today's 제물포구 or 영종구.
        { sido: '인천광역시', sigungu: '제물포구' },
        { sido: '인천광역시', sigungu: '영종구' },
      ]),
    );
    expect(reading.candidates).toHaveLength(7);
  });

  it('lists old Incheon 서구 among the readings of 서구', () => {
    const reading = readLocation('서구 도마로 10');
    expect(reading.kind).toBe('ambiguous');
    expect(reading.candidates).toEqual(
      expect.arrayContaining([
        { sido: '부산광역시', sigungu: '서구' },
        { sido: '인천광역시', sigungu: '서해구' },
        { sido: '인천광역시', sigungu: '검단구' },
      ]),
    );
  });

  it('still resolves a district the 동 or the field decides', () => {
    expect(parseAddress('중구 을지로동 123')?.sido).toBe('서울특별시');
    expect(parseAddress('서울 강남구, 중구')).toMatchObject({ sido: '서울특별시', sigungu: '강남구' });
    expect(readLocation('서울 강남구, 중구').addresses[1]).toMatchObject({
      sido: '서울특별시',
      sigungu: '중구',
    });
    expect(parseAddress('분당구 판교역로 166')?.sido).toBe('경기도');
  });

  it('counts an ambiguous place beside a proved one as two places', () => {
    expect(classifyLocation('중구 / 재택')).toBe('multi');
  });
});

describe('a landmark with the address in parentheses', () => {
  it('reads the address inside', () => {
    expect(parseAddress('현대캐피탈 본사(서울 중구 세종대로 14 그랜드센트럴 A동)')).toStrictEqual({
      sido: '서울특별시',
      sigungu: '중구',
      road: '세종대로',
      buildingNo: '14',
      detail: '그랜드센트럴 A동, 현대캐피탈 본사',
      query: '서울특별시 중구 세종대로 14',
    });
    expect(classifyLocation('현대캐피탈 본사(서울 중구 세종대로 14 그랜드센트럴 A동)')).toBe('address');
  });

  it('keeps parentheses after a readable address as its detail', () => {
    expect(parseAddress('서울 강남구 테헤란로 152 (부산 해운대구 지사 별도)')?.query).toBe(
      '서울특별시 강남구 테헤란로 152',
    );
  });
});

describe('romanized', () => {
  it('reads the 시도 of an English address, the original text kept as detail', () => {
    expect(parseAddress('83 Uisadang-daero, Seoul')).toStrictEqual({
      sido: '서울특별시',
      detail: '83 Uisadang-daero, Seoul',
      query: '서울특별시',
    });
  });

  it.each([
    ['83 Uisadang-daero, Yeongdeungpo-gu, Seoul', '서울특별시 영등포구'],
    ['235 Pangyoyeok-ro, Bundang-gu, Seongnam-si, Gyeonggi-do', '경기도 성남시 분당구'],
    ['Jongno-gu, Seoul, Korea', '서울특별시 종로구'],
    ['Gangnam gu Seoul', '서울특별시 강남구'],
    ['Haeundae-gu, Busan', '부산광역시 해운대구'],
    ['Gwangju-si, Gyeonggi-do', '경기도 광주시'],
    ['Seoul Special City', '서울특별시'],
  ])('%j → %s', (raw, query) => {
    expect(parseAddress(raw)?.query).toBe(query);
  });

  it('keeps a romanized district several 시도 share ambiguous', () => {
    expect(classifyLocation('Jung-gu')).toBe('ambiguous');
  });

  it('leaves English that names no Korean region alone', () => {
    expect(classifyLocation('Remote')).toBe('remote');
    expect(classifyLocation('Tokyo, Japan')).toBe('overseas');
    expect(parseAddress('Head office')).toBeNull();
  });
});

describe('not a place in Korea', () => {
  it.each<[string, LocationKind]>([
    ['리모트근무', 'remote'],
    ['전국', 'nationwide'],
    ['미국', 'overseas'],
    ['일본', 'overseas'],
    ['아시아·중동 베트남', 'overseas'],
  ])('%j → %s', (raw, kind) => {
    expect(parseAddress(raw)).toBeNull();
    expect(classifyLocation(raw)).toBe(kind);
  });
});
