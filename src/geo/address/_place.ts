// A place after its region: the 읍면동, the road and building number (or the 지번), the detail (floors,
// rooms, building names), and the clean geocoder query '{시도} {시군구} [{읍면}] {도로명} [지하 ]{본번}[-{부번}]'.
// A place whose district several 시도 share is parsed all the same, and kept with its candidate regions
// until something (a 동, a road) settles it.
import type { Address } from '../../model/posting.js';
import { type AmbiguousRegion, type RegionCandidate, type RegionHit, resolveRegion } from './_region.js';
import { unglueSido } from './_sido-spelling.js';
import {
  AREA_FILLER,
  EUP_MYEON,
  EUPMYEONDONG,
  MOUNTAIN_LOT,
  NUMBER,
  ROAD,
  ROAD_TAIL,
  UNDERGROUND_NUMBER,
} from './_tokens.js';

/** A place being parsed; `finishPlace` turns it into an `Address`. */
export interface PlaceDraft {
  /** The proven region; undefined while the place is ambiguous. */
  region: RegionHit | undefined;
  /** The regions an ambiguous place may be in (empty once `region` is known). */
  candidates: readonly RegionCandidate[];
  emd: string[];
  road: string | undefined;
  buildingNo: string | undefined;
  underground: boolean;
  jibun: string | undefined;
  /** Words of the place's own piece that are not part of the address (floors, building names). */
  detailWords: string[];
  /** Later comma-separated pieces that belong to this place (', 33층'). */
  detailPieces: string[];
  parens: string[];
}

/**
 * Returns the draft of a place whose tokens start with a region (or with a district name several 시도
 * share: the draft then has candidates and no region), or undefined when they do not (the piece is then
 * a detail of the previous place, or not a place at all).
 */
export function parsePlace(
  written: readonly string[],
  parens: string[],
  inheritedSido: string | undefined,
): PlaceDraft | undefined {
  const tokens = unglueSido(written);
  const found = resolveRegion(tokens, parens, inheritedSido);
  return found && parsePlaceAfter(tokens, parens, found);
}

/**
 * Returns the draft of a place whose region (or candidate regions) is already known, reading its
 * tokens from `found.next` on.
 */
export function parsePlaceAfter(
  tokens: readonly string[],
  parens: string[],
  found: RegionHit | AmbiguousRegion,
): PlaceDraft {
  const isHit = 'sidoCode' in found;
  const d: PlaceDraft = {
    region: isHit ? found : undefined,
    candidates: isHit ? [] : found.candidates,
    emd: [],
    road: undefined,
    buildingNo: undefined,
    underground: false,
    jibun: undefined,
    detailWords: [],
    detailPieces: [],
    parens,
  };
  const n = tokens.length;
  let j = found.next;
  for (; j < n; j++) {
    const tok = tokens[j]!;
    if (d.road !== undefined) {
      if (tok === '지하') {
        d.underground = true;
        continue;
      }
      // '역삼로 1길' → '역삼로1길'.
      if (ROAD_TAIL.test(tok) && !d.road.endsWith('길')) {
        d.road += tok;
        continue;
      }
      const num = NUMBER.exec(tok) ?? UNDERGROUND_NUMBER.exec(tok);
      if (num) {
        d.buildingNo = num[1];
        if (tok.startsWith('지하')) d.underground = true;
        j++;
      }
      break;
    }
    const road = ROAD.exec(tok);
    if (road) {
      d.road = road[1];
      if (road[3]) {
        // '테헤란로152', '반포대로21길17': the number was glued to the road.
        d.buildingNo = road[3];
        d.underground = road[2] !== undefined;
        j++;
        break;
      }
      continue;
    }
    if (tok === '산' && j + 1 < n) {
      const lot = NUMBER.exec(tokens[j + 1]!);
      if (lot) {
        d.jibun = `산 ${lot[1]}`;
        j += 2;
        break;
      }
    }
    const mountain = MOUNTAIN_LOT.exec(tok);
    if (mountain) {
      d.jibun = `산 ${mountain[1]}`;
      j++;
      break;
    }
    if (d.emd.length > 0) {
      const lot = NUMBER.exec(tok);
      if (lot) {
        d.jibun = lot[1];
        j++;
        break;
      }
    }
    if (EUPMYEONDONG.test(tok) && d.detailWords.length === 0) {
      d.emd.push(tok);
      continue;
    }
    if (AREA_FILLER.test(tok)) continue;
    // A building or landmark named before the road ('강남파이낸스센터 테헤란로 152'): detail, keep looking.
    d.detailWords.push(tok);
  }
  for (; j < n; j++) d.detailWords.push(tokens[j]!);
  if (d.underground && d.buildingNo === undefined) d.detailWords.unshift('지하');
  return d;
}

/**
 * Returns the `Address` of a place settled on one of its candidate regions: for a caller that has
 * proved which one it is (a 동 or road found only there).
 */
export function settlePlace(d: PlaceDraft, candidate: RegionCandidate): Address {
  const region: RegionHit = {
    sidoCode: candidate.sidoCode,
    sidoName: candidate.sido,
    sigungu: candidate.sigungu,
    sigunguCode: candidate.sigunguCode,
    next: 0,
  };
  return addressOf(d, region);
}

/**
 * Returns the `Address` of a place proved to one 시도 but not to one of its 시군구 (every candidate
 * lies in that 시도): the 시도 alone, no 시군구.
 */
export function settleSido(d: PlaceDraft, sidoCode: string, sidoName: string): Address {
  return addressOf(d, { sidoCode, sidoName, sigungu: undefined, sigunguCode: undefined, next: 0 });
}

/** Returns the `Address` of a finished draft, or undefined while its region is ambiguous. */
export function finishPlace(d: PlaceDraft): Address | undefined {
  return d.region && addressOf(d, d.region);
}

function addressOf(d: PlaceDraft, region: RegionHit): Address {
  const q: string[] = [region.sidoName];
  if (region.sigungu) q.push(region.sigungu);
  if (d.road !== undefined) {
    for (const e of d.emd) if (EUP_MYEON.test(e)) q.push(e);
    q.push(d.road);
    if (d.buildingNo !== undefined) q.push(d.underground ? `지하 ${d.buildingNo}` : d.buildingNo);
  } else {
    for (const e of d.emd) q.push(e);
    if (d.jibun !== undefined) q.push(d.jibun);
  }
  const out: Address = { sido: region.sidoName, query: q.join(' ') };
  if (region.sigungu) out.sigungu = region.sigungu;
  if (d.emd.length > 0) out.eupmyeondong = d.emd.join(' ');
  if (d.road !== undefined) out.road = d.road;
  if (d.buildingNo !== undefined) out.buildingNo = d.buildingNo;
  if (d.jibun !== undefined) out.jibun = d.jibun;
  if (d.underground && d.buildingNo !== undefined) out.underground = true;
  let detail = d.detailWords.join(' ');
  for (const piece of d.detailPieces) detail = detail ? `${detail}, ${piece}` : piece;
  for (const p of d.parens) detail = detail ? `${detail} (${p})` : `(${p})`;
  if (detail) out.detail = detail;
  return out;
}
