// An address written in the Latin alphabet ('83 Uisadang-daero, Yeongdeungpo-gu, Seoul'): its 시도 from
// a closed table of spellings, its 시군구 by romanizing the names of the region table, turned into the
// Korean order ('서울 영등포구') so the Korean parser reads it.
import { listSigungu } from '../regions/regions.js';
import { romanize } from './_romanize.js';

// Every 시도 as English addresses write it (Revised Romanization, McCune–Reischauer, with and without
// '-do'), keyed by letters only.
const SIDO_BY_KEY: Readonly<Record<string, string>> = {
  seoul: '서울',
  busan: '부산',
  pusan: '부산',
  daegu: '대구',
  taegu: '대구',
  incheon: '인천',
  inchon: '인천',
  gwangju: '광주',
  kwangju: '광주',
  daejeon: '대전',
  taejon: '대전',
  ulsan: '울산',
  sejong: '세종',
  gyeonggi: '경기',
  gyeonggido: '경기',
  kyonggi: '경기',
  kyonggido: '경기',
  gangwon: '강원',
  gangwondo: '강원',
  kangwon: '강원',
  kangwondo: '강원',
  chungbuk: '충북',
  chungcheongbuk: '충북',
  chungcheongbukdo: '충북',
  chungnam: '충남',
  chungcheongnam: '충남',
  chungcheongnamdo: '충남',
  jeonbuk: '전북',
  jeollabuk: '전북',
  jeollabukdo: '전북',
  jeonnam: '전남',
  jeollanam: '전남',
  jeollanamdo: '전남',
  gyeongbuk: '경북',
  gyeongsangbuk: '경북',
  gyeongsangbukdo: '경북',
  gyeongnam: '경남',
  gyeongsangnam: '경남',
  gyeongsangnamdo: '경남',
  jeju: '제주',
  jejudo: '제주',
  cheju: '제주',
};

// Words written apart from the name they end ('Gangnam gu', 'Gyeonggi do').
const SUFFIX_WORDS = new Set(['gu', 'si', 'gun', 'do']);
const HANGUL = /[가-힣]/;
const LATIN = /[A-Za-z]/;

let sigunguByKey: Map<string, string> | undefined;

/** '영등포구' and '분당구' by 'yeongdeungpogu' and 'bundanggu'; built once, on first use. */
function getSigunguByKey(): Map<string, string> {
  if (sigunguByKey) return sigunguByKey;
  const map = new Map<string, string>();
  for (const record of listSigungu()) {
    for (const word of record.name.split(' ')) {
      const key = romanize(word);
      if (!map.has(key)) map.set(key, word);
    }
  }
  sigunguByKey = map;
  return map;
}

/**
 * Returns the Korean region ('서울 영등포구', '경기 성남시 분당구') of a location field written in the
 * Latin alphabet, or undefined when the field has Hangul or names no 시도 or 시군구 this module knows.
 * Roads and numbers are not translated: they stay in the original text.
 *
 * @example romanizedRegion('83 Uisadang-daero, Yeongdeungpo-gu, Seoul') // '서울 영등포구'
 */
export function romanizedRegion(text: string): string | undefined {
  if (HANGUL.test(text) || !LATIN.test(text)) return undefined;
  const keys: string[] = [];
  for (const word of text.toLowerCase().split(/[\s,]+/)) {
    const key = word.replace(/[^a-z]/g, '');
    if (!key) continue;
    if (SUFFIX_WORDS.has(key) && keys.length > 0) keys[keys.length - 1] += key;
    else keys.push(key);
  }
  let sido: string | undefined;
  const sigungu: string[] = [];
  const byKey = getSigunguByKey();
  for (const key of keys) {
    const s = SIDO_BY_KEY[key];
    if (s && sido === undefined) sido = s;
    else if (!s) {
      const name = byKey.get(key);
      if (name && !sigungu.includes(name)) sigungu.push(name);
    }
  }
  if (sido === undefined && sigungu.length === 0) return undefined;
  // English addresses go from the smallest area to the largest; Korean ones the other way.
  return [...(sido ? [sido] : []), ...sigungu.reverse()].join(' ');
}
