// Forms of location fields seen in real crawls that carry a 시도 without saying it the textbook way:
// a place only one 시도 can hold, a city without '시', an address behind a prefix; and forms that are not
// places at all (world regions, remote work) however much they look like a 동.
import { describe, expect, it } from 'vitest';
import { classifyLocation, parseAddress, readLocation } from '../../../src/geo/index.js';

describe('a place whose candidates all lie in one 시도', () => {
  it('is read at 시도 precision, with its candidates kept', () => {
    // 강남대로 runs through 서초구 and 강남구: the 시군구 is open, the 시도 is not.
    const reading = readLocation('강남대로 100 5층');
    expect(reading.kind).toBe('address');
    expect(reading.addresses).toStrictEqual([
      {
        sido: '서울특별시',
        road: '강남대로',
        buildingNo: '100',
        detail: '5층',
        query: '서울특별시 강남대로 100',
      },
    ]);
    expect(reading.candidates).toEqual([
      { sido: '서울특별시', sigungu: '서초구' },
      { sido: '서울특별시', sigungu: '강남구' },
    ]);
  });

  it('reads a 법정동 two 시군구 of one 시도 share, with no 시군구', () => {
    const a = parseAddress('옥길동 12');
    expect(a).toMatchObject({ sido: '경기도', eupmyeondong: '옥길동', jibun: '12' });
    expect(a?.sigungu).toBeUndefined();
    expect(readLocation('옥길동 12').candidates?.map((c) => c.sido)).toEqual(['경기도', '경기도']);
  });

  it('stays ambiguous, with no address, when the candidates lie in several 시도', () => {
    const reading = readLocation('삼성동 1');
    expect(reading.kind).toBe('ambiguous');
    expect(reading.addresses).toStrictEqual([]);
    expect(new Set(reading.candidates?.map((c) => c.sido))).toEqual(new Set(['서울특별시', '대전광역시']));
  });
});

describe('world regions and remote work are not places', () => {
  it.each([
    '아시아·중동',
    '아시아·중동 베트남',
    '아시아 · 중동',
    '아프리카',
    '유럽',
    '일본, 유럽',
    '북아메리카',
    '남아메리카',
    '북·중미',
    '오세아니아',
  ])('%j is overseas, never the 동 중동', (raw) => {
    const reading = readLocation(raw);
    expect(reading.kind).toBe('overseas');
    expect(reading.addresses).toStrictEqual([]);
    expect(reading.candidates).toBeUndefined();
  });

  it('lists world regions with other places abroad as overseas', () => {
    expect(classifyLocation('중국·홍콩, 아시아·중동, 남아메리카 외')).toBe('overseas');
  });

  it('still reads the 동 중동 written with its city', () => {
    expect(parseAddress('경기 부천시 중동 1234')).toMatchObject({ sido: '경기도', eupmyeondong: '중동' });
    expect(parseAddress('부천 중동')).toMatchObject({
      sido: '경기도',
      sigungu: '부천시',
      eupmyeondong: '중동',
    });
  });

  it.each(['재택', '재택가능', '재택근무', '재택 및 공유오피스'])('%j is remote', (raw) => {
    expect(readLocation(raw)).toStrictEqual({ addresses: [], kind: 'remote' });
  });
});

describe('a city written without 시', () => {
  it.each([
    ['청주 서원구 (오비맥주 공장)', '충청북도', '청주시 서원구'],
    ['천안 서북구 불당동', '충청남도', '천안시 서북구'],
    ['수원 영통', '경기도', '수원시 영통구'],
    ['창원 의창 사무소', '경상남도', '창원시 의창구'],
    ['충주 연수동', '충청북도', '충주시'],
  ])('%j → %s %s', (raw, sido, sigungu) => {
    expect(parseAddress(raw)).toMatchObject({ sido, sigungu });
  });

  it('reads no bare 군 stem: several 시도 have a 고성군', () => {
    expect(parseAddress('고성 토성면')).toBeNull();
  });
});

describe("Incheon's old 구 glued to the 시도", () => {
  it('reads 인천서구 and 인천중구 at least to 인천', () => {
    expect(parseAddress('인천서구')?.sido).toBe('인천광역시');
    expect(parseAddress('인천중구')?.sido).toBe('인천광역시');
  });

  it('maps the old 동구 to the 구 that took its area', () => {
    expect(parseAddress('인천동구 송림동')).toMatchObject({ sido: '인천광역시', sigungu: '제물포구' });
  });
});

describe('a full address behind a prefix', () => {
  it('drops a postcode closed by a stray bracket', () => {
    expect(parseAddress('06164] 서울 강남구 영동대로 517')).toMatchObject({
      sido: '서울특별시',
      sigungu: '강남구',
      query: '서울특별시 강남구 영동대로 517',
    });
    expect(parseAddress('13449) 경기도 성남시 수정구 대왕판교로 815 7층')).toMatchObject({
      sido: '경기도',
      sigungu: '성남시 수정구',
      query: '경기도 성남시 수정구 대왕판교로 815',
      detail: '7층',
    });
  });

  it('drops a label before the address', () => {
    const a = parseAddress('주소 서울특별시 동대문구 경희대로 26 창업센터');
    expect(a).toMatchObject({
      sido: '서울특별시',
      sigungu: '동대문구',
      road: '경희대로',
      detail: '창업센터',
    });
    expect(parseAddress('주소: 서울특별시 동대문구 경희대로 26')?.detail).toBeUndefined();
  });

  it('takes the road written before the 시도 in international order', () => {
    expect(parseAddress('2F 봉은사로 125 KR 서울특별시 강남구 리스트빌딩')).toMatchObject({
      sido: '서울특별시',
      sigungu: '강남구',
      road: '봉은사로',
      buildingNo: '125',
      query: '서울특별시 강남구 봉은사로 125',
      detail: '2F 리스트빌딩',
    });
  });

  it('keeps other words before the 시도 as detail', () => {
    expect(parseAddress('우편번호 04524 서울특별시 중구 세종대로 110')).toMatchObject({
      sido: '서울특별시',
      sigungu: '중구',
      query: '서울특별시 중구 세종대로 110',
      detail: '우편번호 04524',
    });
  });

  it('reads the headquarters address a remote field gives in parentheses', () => {
    const reading = readLocation('재택근무 (본사 위치 : 서울특별시 서초구 서초대로78길 5)');
    expect(reading.kind).toBe('multi');
    expect(reading.addresses[0]).toMatchObject({
      sido: '서울특별시',
      sigungu: '서초구',
      road: '서초대로78길',
    });
  });
});

describe('a branch road the index knows only by its base road', () => {
  it('finds the base road of a branch of a road ending in 길', () => {
    // '연무장길' is in the index; its branches are written '연무장7길', without the base's '길'.
    expect(parseAddress('연무장7길 10')).toMatchObject({
      sido: '서울특별시',
      sigungu: '성동구',
      road: '연무장7길',
    });
  });

  it('finds the base road of a lettered branch', () => {
    expect(parseAddress('중구 퇴계로20나길 3')).toMatchObject({ sido: '서울특별시', sigungu: '중구' });
  });
});
