// Rallit lists give only a region code (`addressRegion`: SEOUL, GANGNAM, PANGYO, …). These are the place
// names a reader of the page sees for each code; a code missing here is kept as is, so nothing is lost.

/** Rallit `addressRegion` code → a location text the address parser reads. */
export const RALLIT_REGIONS: Readonly<Record<string, string>> = {
  SEOUL: '서울',
  GANGNAM: '서울 강남구',
  SEOCHO: '서울 서초구',
  SONGPA: '서울 송파구',
  JAMSIL: '서울 송파구',
  SEONGSU: '서울 성동구',
  MAPO: '서울 마포구',
  YEOUIDO: '서울 영등포구',
  JONGNO: '서울 종로구',
  JUNG: '서울 중구',
  // The Guro/Gasan digital complex straddles 구로구 and 금천구, so only the city is certain.
  GURO_GASAN: '서울',
  PANGYO: '경기 성남시 분당구',
  BUNDANG: '경기 성남시 분당구',
  GYEONGGI: '경기',
  INCHEON: '인천',
  BUSAN: '부산',
  DAEGU: '대구',
  DAEJEON: '대전',
  GWANGJU: '광주',
  ULSAN: '울산',
  SEJONG: '세종',
  GANGWON: '강원',
  CHUNGBUK: '충북',
  CHUNGNAM: '충남',
  JEONBUK: '전북',
  JEONNAM: '전남',
  GYEONGBUK: '경북',
  GYEONGNAM: '경남',
  JEJU: '제주',
  REMOTE: '원격 근무',
};

/**
 * Returns the location text of a Rallit region code, or the code itself when it is not known.
 *
 * @example rallitRegion('PANGYO') // '경기 성남시 분당구'
 */
export function rallitRegion(code: string): string {
  return RALLIT_REGIONS[code] ?? code;
}
