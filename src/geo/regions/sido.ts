// 시도 names and the forms people write them in ('서울', '서울시', '서울특별시'), keyed by code so that a
// rename is one edit. Legacy names map to the current code: the SDK always answers with today's name.

/**
 * Accepted spellings per 시도 code, besides the canonical name and the short forms in the generated
 * table. '광주' and '광주시' are not here: they are ambiguous (경기도 광주시) and the parser decides them
 * from the next token (동구, 서구, 남구, 북구 or 광산구 after it means the former 광주광역시).
 */
export const SIDO_ALIASES: Readonly<Record<string, readonly string[]>> = {
  '11': ['서울', '서울시', '서울특별시'],
  '26': ['부산', '부산시', '부산광역시'],
  '27': ['대구', '대구시', '대구광역시'],
  '28': ['인천', '인천시', '인천광역시'],
  '30': ['대전', '대전시', '대전광역시'],
  '31': ['울산', '울산시', '울산광역시'],
  '36': ['세종', '세종시', '세종특별자치시'],
  '41': ['경기', '경기도'],
  '51': ['강원', '강원도', '강원특별자치도'],
  '43': ['충북', '충청북도'],
  '44': ['충남', '충청남도'],
  // 전라북도 was renamed 전북특별자치도 on 2024-01-18 (legacy code 45).
  '52': ['전북', '전라북도', '전북특별자치도'],
  // 광주광역시 (29) and 전라남도 (46) merged on 2026-07-01.
  '12': ['전남', '전라남도', '광주광역시', '전남광주', '전남광주통합특별시', '광주전남'],
  '47': ['경북', '경상북도'],
  '48': ['경남', '경상남도'],
  // 제주도 is the pre-2006 name; '제주시' is a city inside it and is deliberately absent.
  '50': ['제주', '제주도', '제주특별자치도'],
};

/** The five 자치구 of the former 광주광역시; '광주' before one of them means the 시도, not 경기도 광주시. */
export const GWANGJU_GU: ReadonlySet<string> = new Set(['동구', '서구', '남구', '북구', '광산구']);

/** 시도 code of 전남광주통합특별시, which absorbed 광주광역시 and 전라남도 on 2026-07-01. */
export const JEONNAM_GWANGJU_CODE = '12';

/** 시도 code of 경기도, home of the other 광주 (광주시). */
export const GYEONGGI_CODE = '41';
