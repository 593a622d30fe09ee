// How people actually write a 시도 at the start of a place: split by a stray space ('서 울특별시'), with
// one wrong or missing syllable ('서울특별사', '서을특별시'), or glued to what follows ('대구수성구',
// '서울전체'). Fuzzy matching is only ever against the closed list of 시도 names: 시군구 names differ by
// one syllable from each other ('중구'/'동구', '강서구'/'강남구'), so "correcting" one would invent a place.
import { findSido, findSigungu, listSido } from '../regions/regions.js';
import { GWANGJU_GU, SIDO_ALIASES } from '../regions/sido.js';
import { AREA_FILLER, BARE_STEM } from './_tokens.js';

/** A 시도 read at some token: its code and how many tokens it spans. */
export interface SidoSpelling {
  code: string;
  n: number;
}

// Names short enough that one edit reaches another word ('서울' → '서구', '경기도' → '경기군') are matched
// exactly only; from four syllables on, one edit away is still unmistakably that 시도.
const FUZZY_MIN_LENGTH = 4;
// No 시도 spelling is longer than '전남광주통합특별시'; longer joins are never tried.
const MAX_JOIN_LENGTH = 10;

interface Spellings {
  /** Every accepted spelling with its code, longest first (for prefix matching). */
  all: ReadonlyArray<readonly [string, string]>;
  /** Spellings of at least FUZZY_MIN_LENGTH syllables, for the one-edit match. */
  long: ReadonlyArray<readonly [string, string]>;
  /** Every proper prefix of a spelling ('서', '서울특'): only these can start a split-up name. */
  prefixes: ReadonlySet<string>;
  /** The first two syllables of the spellings ('서울', '경기'): only these can start a glued one. */
  heads: ReadonlySet<string>;
  /** The first and second syllables of the long spellings: a word one edit away has one of them first or second. */
  fuzzyStarts: ReadonlySet<string>;
}

let spellings: Spellings | undefined;

function getSpellings(): Spellings {
  if (spellings) return spellings;
  const all = new Map<string, string>();
  for (const sido of listSido()) {
    all.set(sido.name, sido.code);
    all.set(sido.shortName, sido.code);
    for (const alias of SIDO_ALIASES[sido.code] ?? []) all.set(alias, sido.code);
  }
  const sorted = [...all].sort((a, b) => b[0].length - a[0].length);
  const long = sorted.filter(([name]) => name.length >= FUZZY_MIN_LENGTH);
  const prefixes = new Set<string>();
  for (const [name] of sorted) for (let k = 1; k < name.length; k++) prefixes.add(name.slice(0, k));
  const heads = new Set(sorted.map(([name]) => name.slice(0, 2)));
  const fuzzyStarts = new Set(long.flatMap(([name]) => [name[0]!, name[1]!]));
  spellings = { all: sorted, long, prefixes, heads, fuzzyStarts };
  return spellings;
}

/** True when `a` and `b` are at most one insertion, deletion or substitution apart. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  // After the first difference, the rest must match once the one edit is undone.
  if (la === lb) return a.slice(i + 1) === b.slice(i + 1);
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The code of the only 시도 one edit away from `text`, or undefined when none or several are. */
function fuzzySido(text: string): string | undefined {
  if (text.length < FUZZY_MIN_LENGTH || text.length > MAX_JOIN_LENGTH) return undefined;
  const { long, fuzzyStarts } = getSpellings();
  // Most words share neither of the first two syllables with any 시도 name: skip the scan for them.
  if (!fuzzyStarts.has(text[0]!) && !fuzzyStarts.has(text[1]!)) return undefined;
  let found: string | undefined;
  for (const [name, code] of long) {
    if (!withinOneEdit(text, name)) continue;
    if (found !== undefined && found !== code) return undefined;
    found = code;
  }
  return found;
}

/**
 * Returns the 시도 written at `tokens[i]`, possibly over two or three tokens split by stray spaces, or
 * with one typing error in a long form; undefined when there is none. '광주' is never matched (it may be
 * 경기도 광주시: the region reader decides).
 *
 * @example readSido(['서', '울특별시', '강남구'], 0) // { code: '11', n: 2 }
 */
export function readSido(tokens: readonly string[], i: number): SidoSpelling | undefined {
  const t0 = tokens[i];
  if (!t0) return undefined;
  const { prefixes, fuzzyStarts } = getSpellings();
  const first = findSido(t0);
  const mayBeSplit = prefixes.has(t0);
  if (!first) {
    // Most tokens ('테헤란로', '3층') can start no 시도 spelling, exact or one edit away; a 시군구 name is
    // that 시군구, never a misspelt or split 시도.
    if (!mayBeSplit && !fuzzyStarts.has(t0[0]!) && !fuzzyStarts.has(t0[1] ?? '')) return undefined;
    if (findSigungu(t0).length > 0) return undefined;
  }
  // The longest exact reading first: '서울 특별시' is one 시도 written in two tokens.
  let exact: SidoSpelling | undefined = first ? { code: first.code, n: 1 } : undefined;
  const joins: string[] = [t0];
  for (let k = 1; k <= 2; k++) {
    const next = tokens[i + k];
    const joined = joins[k - 1]! + (next ?? '');
    if (!next || joined.length > MAX_JOIN_LENGTH) break;
    // A join is exact only when what it extends begins a spelling; typos are tried on every join.
    const s = prefixes.has(joins[k - 1]!) ? findSido(joined) : undefined;
    joins.push(joined);
    if (s) exact = { code: s.code, n: k + 1 };
  }
  if (exact) return exact;
  for (let k = 0; k < joins.length; k++) {
    const code = fuzzySido(joins[k]!);
    if (code) return { code, n: k + 1 };
  }
  return undefined;
}

/**
 * Returns the tokens with a 시도 glued to what follows it split apart ('대구수성구' → '대구', '수성구';
 * '서울전체' → '서울', '전체'), or the same array when the first token is not such a compound. The rest
 * must be a 시군구 of that 시도 (or a city whose 구 is the next token, or a "whole area" word), so a
 * word that merely starts like a 시도 ('부산진구', '인천공항') is left alone.
 *
 * @example unglueSido(['경기성남시', '수정구']) // ['경기', '성남시', '수정구']
 */
export function unglueSido(tokens: readonly string[]): readonly string[] {
  const t0 = tokens[0];
  if (!t0 || t0.length < 3 || !getSpellings().heads.has(t0.slice(0, 2))) return tokens;
  if (findSido(t0) || findSigungu(t0).length > 0) return tokens;
  if (t0.startsWith('광주') && GWANGJU_GU.has(t0.slice(2))) return ['광주', t0.slice(2), ...tokens.slice(1)];
  for (const [name, code] of getSpellings().all) {
    if (name.length >= t0.length || !t0.startsWith(name)) continue;
    const rest = t0.slice(name.length);
    if (restBelongs(rest, code, tokens[1])) return [name, rest, ...tokens.slice(1)];
  }
  return tokens;
}

// Incheon's 중구, 동구 and 서구 were split in 2026 and are no 시군구 names any more, yet fields still
// write them ('인천서구'): the region reader maps them to the 구 that took their area.
const INCHEON = '28';
const OLD_INCHEON_GU = new Set(['중구', '동구', '서구']);

function restBelongs(rest: string, code: string, next: string | undefined): boolean {
  if (AREA_FILLER.test(rest) || findSigungu(rest, code).length > 0) return true;
  if (code === INCHEON && OLD_INCHEON_GU.has(rest)) return true;
  if (next && rest.endsWith('시') && findSigungu(`${rest} ${next}`, code).length > 0) return true;
  // '서울강남': a stem that only one 시군구 of this 시도 starts with.
  if (!BARE_STEM.test(rest)) return false;
  return ['구', '시', '군'].some((suffix) => findSigungu(rest + suffix, code).length === 1);
}
