// A full address written behind a prefix that is not part of it: a label ('주소 서울특별시 …'), a floor
// and a street in international order ('2F 봉은사로 125 KR 서울특별시 강남구 …'). A 시도 written later in
// the piece is where the place starts; a road and number in the prefix are the place's own when it has
// none after the 시도, and the other words before it are kept as detail.
import { type PlaceDraft, parsePlace } from './_place.js';
import { readSido } from './_sido-spelling.js';
import { NUMBER, ROAD } from './_tokens.js';

// Labels that only announce the address, and a country written before the 시도: dropped, not detail.
const LABEL = /^(?:주소|소재지|위치|근무지|근무\s?장소|근무\s?지역|본사|본사\s?위치|본사\s?주소)\s*:?$/;
const COUNTRY = /^(?:kr|korea|대한민국|한국)$/i;

/** Moves a road and its number from the prefix words into a place that has no road or lot of its own. */
function liftRoad(draft: PlaceDraft, words: string[]): void {
  if (draft.road !== undefined || draft.jibun !== undefined) return;
  for (let k = 0; k < words.length; k++) {
    const road = ROAD.exec(words[k]!);
    if (!road) continue;
    const glued = road[3];
    const number = glued === undefined ? NUMBER.exec(words[k + 1] ?? '')?.[1] : glued;
    if (number === undefined) continue;
    draft.road = road[1];
    draft.buildingNo = number;
    draft.underground = road[2] !== undefined;
    words.splice(k, glued === undefined ? 2 : 1);
    return;
  }
}

/**
 * Returns the draft of the place that starts at the first 시도 after the first token of `text`, with
 * the words before it as its road or detail; undefined when no later token starts a place with a 시도.
 */
export function placeAfterPrefix(text: string, parens: string[]): PlaceDraft | undefined {
  const tokens = text.split(' ');
  for (let k = 1; k < tokens.length; k++) {
    if (!tokens[k]!.startsWith('광주') && readSido(tokens, k) === undefined) continue;
    const draft = parsePlace(tokens.slice(k), parens, undefined);
    if (!draft?.region) continue;
    const prefix = tokens.slice(0, k).join(' ');
    if (LABEL.test(prefix)) return draft;
    const words = tokens.slice(0, k).filter((w) => w !== ':' && !COUNTRY.test(w));
    liftRoad(draft, words);
    const detail = words.join(' ').replace(/\s*:$/, '');
    if (detail) draft.detailWords.unshift(detail);
    return draft;
  }
  return undefined;
}
