// The public address parser: a location field of a job posting → the places it names.
import type { Address } from '../../model/posting.js';
import { cleanAddressText, type Piece, splitPieces } from './_clean.js';
import { MORE_PLACES, NATIONWIDE, OVERSEAS, REMOTE } from './_keywords.js';
import { finishPlace, type PlaceDraft, parsePlace } from './_place.js';
import { placeByIndexes, settleByIndexes, settleSidoByIndexes } from './_place-by-index.js';
import { placeAfterPrefix } from './_prefixed-place.js';
import type { RegionCandidate } from './_region.js';
import { romanizedRegion } from './_romanized.js';

/** Everything one pass over a location field learns; shared by the parsers and `classifyLocation`. */
export interface ParsedLocation {
  places: Address[];
  /**
   * Places whose district several 시도 share and that nothing in the field settles ('중구 퇴계로 385'):
   * parsed, with their `candidates`, but with no region (see `settlePlace`).
   */
  unresolved: PlaceDraft[];
  /**
   * The 시군구 that places proved to one 시도 only may be in ('강남대로 363': 서울 강남구 or 서초구); those
   * places are in `places`, with their 시도 and no 시군구.
   */
  sidoOnlyCandidates: RegionCandidate[];
  /** The field says "and more" ('외', '등 3곳'). */
  more: boolean;
  /** A piece besides the places is remote work, 전국 or abroad ('서울 강남구 / 재택'). */
  otherKinds: boolean;
  /** The cleaned text, for keyword classification when no place was found. */
  text: string;
}

const DIGIT_END = /\d$/;
// Last characters of '외', '등', '및 기타', '3곳', '2개 지역', '2개소', '3군데', '2개', '외 14': a cheap gate
// before MORE_PLACES.
const MORE_LAST = new Set([
  '외',
  '등',
  '타',
  '곳',
  '역',
  '소',
  '데',
  '개',
  '0',
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9',
]);
const OTHER_KIND = new RegExp(`${REMOTE.source}|${NATIONWIDE.source}|${OVERSEAS.source}`, 'i');
const DIGIT_START = /^\d/;

/** '종로1·2·3·4가동', '3/4층': a separator between digits is part of a name, not a list. */
function glueNumberLists(pieces: Piece[]): void {
  for (let k = pieces.length - 1; k >= 1; k--) {
    const p = pieces[k]!;
    const prev = pieces[k - 1]!;
    if (
      p.tight &&
      (p.sep === '·' || p.sep === '/') &&
      DIGIT_END.test(prev.text) &&
      DIGIT_START.test(p.text)
    ) {
      prev.text += p.sep + p.text;
      prev.parens.push(...p.parens);
      pieces.splice(k, 1);
    }
  }
}

/** Parses a location field into its places (internal; see `parseAddresses`). */
export function parseLocation(raw: string): ParsedLocation {
  const result: ParsedLocation = {
    places: [],
    unresolved: [],
    sidoOnlyCandidates: [],
    more: false,
    otherKinds: false,
    text: '',
  };
  if (typeof raw !== 'string' || raw.length === 0) return result;
  const text = cleanAddressText(raw);
  result.text = text;
  if (!text) return result;
  const pieces = splitPieces(text);
  if (pieces.length > 1) glueNumberLists(pieces);
  let current: PlaceDraft | undefined;
  for (const piece of pieces) {
    let t = piece.text;
    if (MORE_LAST.has(t.charAt(t.length - 1)) && MORE_PLACES.test(t)) {
      result.more = true;
      t = t.replace(MORE_PLACES, '').trimEnd();
    }
    let draft = t ? parsePlace(t.split(' '), piece.parens, current?.region?.sidoCode) : undefined;
    const otherKind = !draft && t !== '' && OTHER_KIND.test(t);
    // '현대캐피탈 본사(서울 중구 세종대로 14)': a landmark first, its address in parentheses; '주소
    // 서울특별시 …': a prefix first, the address after it.
    if (!draft && !current) {
      draft =
        placeInParens(t, piece.parens) ??
        placeAfterPrefix(t, piece.parens) ??
        placeByIndexes(t, piece.parens);
    }
    if (otherKind) result.otherKinds = true;
    if (draft) {
      if (current) keep(result, current);
      current = draft;
    } else if (current && !otherKind) {
      if (t) current.detailPieces.push(t);
      for (const p of piece.parens) current.parens.push(p);
    }
  }
  if (current) keep(result, current);
  if (result.places.length === 0 && result.unresolved.length === 0) readRomanized(result, text);
  return result;
}

/** '83 Uisadang-daero, Seoul': the region of a Latin-alphabet address, the whole text as its detail. */
function readRomanized(result: ParsedLocation, text: string): void {
  const korean = romanizedRegion(text);
  const draft = korean && parsePlace(korean.split(' '), [], undefined);
  if (!draft) return;
  draft.detailPieces.push(text);
  keep(result, draft);
}

function keep(result: ParsedLocation, draft: PlaceDraft): void {
  const place = settleByIndexes(draft) ?? finishPlace(draft);
  if (place) {
    result.places.push(place);
    return;
  }
  const inOneSido = settleSidoByIndexes(draft);
  if (inOneSido) {
    result.places.push(inOneSido.address);
    result.sidoOnlyCandidates.push(...inOneSido.candidates);
  } else result.unresolved.push(draft);
}

/**
 * The place named by the first parenthesised group that holds one, with the text outside the
 * parentheses (a company or building name) and the other groups kept as its detail.
 */
function placeInParens(outside: string, parens: readonly string[]): PlaceDraft | undefined {
  for (let k = 0; k < parens.length; k++) {
    const [first, ...rest] = splitPieces(parens[k]!);
    if (!first?.text) continue;
    const draft =
      parsePlace(first.text.split(' '), first.parens, undefined) ??
      placeAfterPrefix(first.text, first.parens);
    if (!draft) continue;
    for (const piece of rest) if (piece.text) draft.detailPieces.push(piece.text);
    if (outside) draft.detailPieces.push(outside);
    for (let other = 0; other < parens.length; other++) if (other !== k) draft.parens.push(parens[other]!);
    return draft;
  }
  return undefined;
}

/**
 * Returns the first place a location field names, split into 시도/시군구/읍면동/road/number/detail with
 * a clean geocoder `query`, or null for remote work, 전국, abroad, or text with no recognisable place.
 * Old and short 시도 names become today's official names; never throws.
 *
 * @example
 * parseAddress('서울특별시 강남구 테헤란로 152, 33층 (역삼동, 강남파이낸스센터)')
 * // { sido: '서울특별시', sigungu: '강남구', road: '테헤란로', buildingNo: '152',
 * //   detail: '33층 (역삼동, 강남파이낸스센터)', query: '서울특별시 강남구 테헤란로 152' }
 */
export function parseAddress(raw: string): Address | null {
  try {
    return parseLocation(raw).places[0] ?? null;
  } catch {
    // Defensive only: the parser has no known throwing path, and a location field must never stop a
    // posting from being normalized. Returning null keeps the field visible as "unparsed".
    return null;
  }
}

/**
 * Returns every place a location field names, in order; a place without its own 시도 inherits the one
 * before it ('경기 용인시 처인구, 수원시 영통구' → two 경기도 places). Empty when there is none.
 *
 * @example
 * parseAddresses('경기 용인시 처인구, 수원시 영통구').map((a) => a.query)
 * // ['경기도 용인시 처인구', '경기도 수원시 영통구']
 */
export function parseAddresses(raw: string): Address[] {
  try {
    return parseLocation(raw).places;
  } catch {
    return [];
  }
}
