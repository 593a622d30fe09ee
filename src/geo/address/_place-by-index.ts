// Places proved by the embedded 법정동 and road indexes rather than by a written region: a 법정동 or road
// written alone ('역삼동 명우빌딩 3층', '테헤란로7길 22'), and a district several 시도 share that its 동,
// road or another 시군구 word of the field settles ('중구 퇴계로 385'). What the indexes leave open stays
// open: the place keeps its candidates and gets no region.
import type { Address } from '../../model/posting.js';
import { findSigungu, getSido, type SigunguRecord } from '../regions/regions.js';
import { NATIONWIDE, OVERSEAS, REMOTE } from './_keywords.js';
import { type PlaceDraft, parsePlaceAfter, settlePlace, settleSido } from './_place.js';
import type { RegionCandidate, RegionHit } from './_region.js';
import { EUPMYEONDONG, ROAD, SIGUNGU_SHAPE } from './_tokens.js';
import { findLegalDong } from './legal-dong-index.js';
import { proveSigungu, type SigunguProof } from './prove-sigungu.js';

// A piece that reads as remote work, 전국 or abroad is that, not a 동: '중동' is also the Middle East.
const OTHER_KIND = new RegExp(`${REMOTE.source}|${NATIONWIDE.source}|${OVERSEAS.source}`, 'i');

function candidateOf(rec: SigunguRecord): RegionCandidate | undefined {
  const sido = getSido(rec.sidoCode);
  return sido && { sidoCode: sido.code, sido: sido.name, sigungu: rec.name, sigunguCode: rec.code };
}

function hitOf(rec: SigunguRecord): RegionHit | undefined {
  const sido = getSido(rec.sidoCode);
  // 세종's pseudo 시군구 has no name: the place is named by its 시도 alone.
  return (
    sido && {
      sidoCode: sido.code,
      sidoName: sido.name,
      sigungu: rec.name || undefined,
      sigunguCode: rec.code,
      next: 0,
    }
  );
}

/** The first items of the 참고항목 parentheses that look like a 동 ('(역삼동, 강남파이낸스센터)' → 역삼동). */
function parenDongs(parens: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of parens) {
    const comma = p.indexOf(',');
    const first = (comma < 0 ? p : p.slice(0, comma)).trim();
    if (EUPMYEONDONG.test(first)) out.push(first);
  }
  return out;
}

/** Codes of the 시군구 named by words outside the address proper ('삼성동 144-19 (강남구)'). */
function mentionedSigungu(d: PlaceDraft): string[] {
  const codes: string[] = [];
  for (const text of [...d.detailWords, ...d.detailPieces, ...d.parens]) {
    for (const word of text.split(' ')) {
      if (SIGUNGU_SHAPE.test(word)) for (const rec of findSigungu(word)) codes.push(rec.code);
    }
  }
  return codes;
}

function proofOf(d: PlaceDraft): SigunguProof {
  return proveSigungu({
    sidoCode: d.region?.sidoCode,
    sigunguCodes: d.candidates.map((c) => c.sigunguCode),
    mentionedCodes: mentionedSigungu(d),
    dongs: [...d.emd, ...parenDongs(d.parens)],
    road: d.road,
  });
}

/**
 * Returns the draft of a place that starts with a road or a 법정동 and names no region, with the
 * 시군구 the indexes prove as its region or, when they leave several, those as its candidates; undefined
 * when the first word is neither, the indexes know nothing of it (a road they lack is unknown), or the
 * piece reads as remote work, 전국 or abroad.
 */
export function placeByIndexes(text: string, parens: string[]): PlaceDraft | undefined {
  if (OTHER_KIND.test(text)) return undefined;
  const tokens = text.split(' ');
  const first = tokens[0] ?? '';
  if (!ROAD.test(first) && !(EUPMYEONDONG.test(first) && findLegalDong(first).length > 0)) return undefined;
  const draft = parsePlaceAfter(tokens, parens, { candidates: [], next: 0 });
  const proof = proofOf(draft);
  const region = proof.sigungu && hitOf(proof.sigungu);
  if (region) draft.region = region;
  else if (proof.candidates.length > 0) {
    draft.candidates = proof.candidates.map(candidateOf).filter((c) => c !== undefined);
  } else return undefined;
  return draft;
}

/**
 * Returns the `Address` of a place whose 시군구 is missing (no region, candidates only, or a 시도 alone)
 * once its candidates, 시도, 동, road and the 시군구 words of its field leave one 시군구; undefined when
 * the place names its 시군구 already or several remain.
 */
export function settleByIndexes(d: PlaceDraft): Address | undefined {
  if (d.region?.sigunguCode !== undefined) return undefined;
  const proof = proofOf(d);
  const candidate = proof.sigungu && candidateOf(proof.sigungu);
  return candidate && settlePlace(d, candidate);
}

/** A place proved to one 시도 only, with the 시군구 of that 시도 it may be in. */
export interface SidoSettlement {
  address: Address;
  candidates: RegionCandidate[];
}

/**
 * Returns the `Address` of a place without a region whose candidates all lie in one 시도 ('강남대로
 * 363': 강남구 or 서초구, both 서울), at 시도 precision, with those candidates; undefined when they lie
 * in several 시도 (the 시도 is then not proved either).
 */
export function settleSidoByIndexes(d: PlaceDraft): SidoSettlement | undefined {
  if (d.region !== undefined || d.candidates.length === 0) return undefined;
  const proof = proofOf(d);
  const sido = proof.sidoCode === undefined ? undefined : getSido(proof.sidoCode);
  if (!sido) return undefined;
  return {
    address: settleSido(d, sido.code, sido.name),
    candidates: proof.candidates.map(candidateOf).filter((c) => c !== undefined),
  };
}
