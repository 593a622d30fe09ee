// Words that make a location field something other than an address: remote work, 전국, abroad, or
// several places ('외', '등 3곳'), so the parser answers that kind instead of forcing a geocode.

/** Remote work: '재택', '전면 재택', '원격근무', 'Remote', 'WFH'. */
export const REMOTE = /재택|원격|리모트|remote|\bwfh\b|work\s*from\s*home|anywhere/i;

/** Anywhere in Korea: '전국', '전국 각지'. */
export const NATIONWIDE = /전국/;

/**
 * Abroad: '해외', 'Overseas', a continent or world region as job sites list them ('아시아·중동', '유럽',
 * '북·중미'), or a country commonly named in Korean postings.
 */
export const OVERSEAS =
  /해외|overseas|abroad|아시아|아프리카|유럽|아메리카|중남미|북중미|중미|남미|북미|오세아니아|미국|일본|중국|베트남|싱가포르|싱가폴|독일|영국|프랑스|캐나다|호주|대만|홍콩|필리핀|태국|인도네시아|인도|\b(?:usa|japan|china|vietnam|singapore|germany|canada|australia|taiwan|hong kong)\b/i;

/** "…and others" at the end of a place: '대구 달서구 외', '서울 강남구 외 2곳', '판교 등 3곳', '서울 마포구 외 14' (JobKorea). */
export const MORE_PLACES = /(?:^|\s)(?:외|등|및\s*기타)(?:\s*\d+\s*(?:곳|개\s*지역|개소|군데|개|지역)?)?$/;
