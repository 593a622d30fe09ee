// Pieces every site shape shares: full province names, the road address, coordinates of the synthetic
// workplaces, KST timestamps and HTML escaping. Pure; the shapes stay functions of a SyntheticPosting.
import type { SyntheticPosting } from './generate-postings.js';

// Sites shorten 시도 ('서울', '경기'); addresses and JSON-LD carry the official names.
const FULL_SIDO: Readonly<Record<string, string>> = {
  서울: '서울특별시',
  경기: '경기도',
  인천: '인천광역시',
  대전: '대전광역시',
  부산: '부산광역시',
  대구: '대구광역시',
  광주: '광주광역시',
  충북: '충청북도',
  제주: '제주특별자치도',
};

// Rough coordinates of each synthetic workplace's road (vocabulary WORKPLACES), so detail bodies carry
// believable lat/lng (Wanted `geo_location`, Programmers `latitude`, Saramin `data-latitude`).
const ROAD_POINTS: Readonly<Record<string, readonly [number, number]>> = {
  '강남구 테헤란로': [37.5006, 127.0364],
  '강남구 강남대로': [37.508, 127.022],
  '강남구 선릉로': [37.5088, 127.048],
  '서초구 서초대로': [37.492, 127.01],
  '서초구 강남대로': [37.484, 127.0345],
  '송파구 올림픽로': [37.5133, 127.1],
  '송파구 송파대로': [37.485, 127.122],
  '마포구 양화로': [37.555, 126.921],
  '영등포구 여의대로': [37.5255, 126.926],
  '구로구 디지털로': [37.485, 126.897],
  '금천구 가산디지털1로': [37.48, 126.88],
  '성동구 왕십리로': [37.5445, 127.056],
  '중구 세종대로': [37.567, 126.978],
  '종로구 율곡로': [37.576, 126.979],
  '성남시 분당구 판교역로': [37.395, 127.111],
  '성남시 분당구 대왕판교로': [37.4, 127.106],
  '성남시 분당구 분당내곡로': [37.402, 127.109],
  '수원시 영통구 삼성로': [37.258, 127.046],
  '용인시 기흥구 기흥로': [37.275, 127.116],
  '안양시 동안구 시민대로': [37.394, 126.96],
  '화성시 동탄대로': [37.201, 127.073],
  '이천시 경충대로': [37.23, 127.48],
  '연수구 송도과학로': [37.382, 126.656],
  '유성구 대학로': [36.362, 127.344],
  '유성구 테크노중앙로': [36.427, 127.39],
  '해운대구 센텀중앙로': [35.17, 129.13],
  '동구 동대구로': [35.877, 128.628],
  '북구 첨단과기로': [35.228, 126.843],
  '청주시 흥덕구 대신로': [36.64, 127.43],
  '제주시 첨단로': [33.45, 126.57],
};

/**
 * Returns the official name of a site's short 시도 ('서울' → '서울특별시'); unknown names unchanged.
 *
 * @example fullSido('경기') // '경기도'
 */
export function fullSido(sido: string): string {
  return FULL_SIDO[sido] ?? sido;
}

/**
 * Returns the road address without the floor: '서울 강남구 테헤란로 152' (short 시도) or with the
 * official 시도 when `full` is set.
 *
 * @example roadAddress(posting, { full: true }) // '서울특별시 강남구 테헤란로 152'
 */
export function roadAddress(posting: SyntheticPosting, options: { full?: boolean } = {}): string {
  const sido = options.full ? fullSido(posting.sido) : posting.sido;
  return `${sido} ${posting.sigungu} ${posting.road} ${posting.buildingNo}`;
}

/**
 * Returns the road address with building and floor, as detail pages write it:
 * '서울 강남구 테헤란로 152 강남파이낸스센터 12층'.
 *
 * @example fullAddress(posting) // '서울 강남구 테헤란로 152 강남파이낸스센터 12층'
 */
export function fullAddress(posting: SyntheticPosting, options: { full?: boolean } = {}): string {
  return `${roadAddress(posting, options)} ${posting.building} ${posting.floor}층`;
}

/**
 * Returns a believable point for the posting's workplace: the road's rough centre moved a few metres
 * by the building number, so two buildings on one road differ.
 *
 * @example coordinatesOf(posting) // { lat: 37.5012, lng: 127.0371 }
 */
export function coordinatesOf(posting: SyntheticPosting): { lat: number; lng: number } {
  const [lat, lng] = ROAD_POINTS[`${posting.sigungu} ${posting.road}`] ?? [37.5665, 126.978];
  const n = Number.parseInt(posting.buildingNo, 10) || 0;
  return { lat: round6(lat + (n % 37) * 0.00007), lng: round6(lng + (n % 41) * 0.00009) };
}

/**
 * Returns a five-digit postal code that stays the same for one workplace.
 *
 * @example postalCode(posting) // '06236'
 */
export function postalCode(posting: SyntheticPosting): string {
  let hash = 0;
  for (const char of `${posting.sigungu}${posting.road}${posting.buildingNo}`)
    hash = (Math.imul(hash, 33) + char.charCodeAt(0)) >>> 0;
  return String(hash % 63_000).padStart(5, '0');
}

/**
 * Returns unix seconds of a KST day and time (Korea has no daylight saving: a fixed +9 h is exact).
 *
 * @example kstEpochSeconds('2026-11-29', '09:00') // 1795910400
 */
export function kstEpochSeconds(day: string, time = '00:00'): number {
  return Math.floor(Date.parse(`${day}T${time}:00+09:00`) / 1000);
}

/**
 * Returns text safe inside HTML text and double-quoted attributes.
 *
 * @example escapeHtml('R&D <팀>') // 'R&amp;D &lt;팀&gt;'
 */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/**
 * Returns a JSON text safe inside a `<script>` element (no `</script>` can close it early).
 *
 * @example scriptJson({ a: '</script>' }) // '{"a":"\\u003c/script>"}'
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replaceAll('<', '\\u003c');
}

/**
 * Returns the posting's career as Korean sites write it: '신입', '신입·경력', '경력 3~5년', '경력 5년↑'.
 *
 * @example careerText({ minCareer: 3, maxCareer: 5, newcomer: false } as SyntheticPosting) // '경력 3~5년'
 */
export function careerText(posting: SyntheticPosting): string {
  if (posting.newcomer) return posting.maxCareer === 0 ? '신입' : '신입·경력';
  if (posting.maxCareer === null) return `경력 ${posting.minCareer}년↑`;
  if (posting.maxCareer === posting.minCareer) return `경력 ${posting.minCareer}년`;
  return `경력 ${posting.minCareer}~${posting.maxCareer}년`;
}

/** Returns the schema.org employmentType of the posting's Korean employment type. */
export function schemaEmploymentType(posting: SyntheticPosting): string {
  const text = posting.employmentType;
  if (text.startsWith('인턴')) return 'INTERN';
  if (text.startsWith('계약')) return 'CONTRACTOR';
  if (text.startsWith('프리랜서')) return 'CONTRACTOR';
  return 'FULL_TIME';
}

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
