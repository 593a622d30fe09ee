// The address parser's first cleaning steps: Unicode, odd separators, country prefixes ('대한민국'),
// postcodes, and the split of a location field into places ("pieces") and parenthesised notes.
import { cleanText } from '../../normalize/clean-text.js';
import { decodeEntities } from '../../normalize/decode-entities.js';

/** Inputs longer than this are cut: no real location field is, and the parser must stay O(n) cheap. */
const MAX_INPUT = 1000;

// Anything but printable ASCII and Hangul syllables needs the slow path (NFKC, invisible characters).
// Most job-site addresses skip it, which is what keeps the parser above 200k addresses/s.
const NEEDS_UNICODE = /[^\x20-\x7E\uAC00-\uD7A3]/;
// Arrows left by scrapers ('서울 > 강남구', also as '서울 &gt; 강남구' before decoding), and dots used
// as list separators ('•', katakana '・').
const ODD = /[<>•∙‧・･\u2010-\u2015\u2212]/g;
const ODD_MAP: Readonly<Record<string, string>> = {
  '•': '·',
  '∙': '·',
  '‧': '·',
  '・': '·',
  '･': '·',
};
const replaceOdd = (m: string): string => ODD_MAP[m] ?? (m >= '\u2010' ? '-' : ' ');
// Only runs of two or more, or whitespace other than ' ': replacing every single space would rebuild
// the string once per word.
const SPACES = /\s{2,}|[^\S ]/g;
// '대한민국 서울 …', 'Korea, Seoul …', '… , South Korea'.
const COUNTRY_PREFIX = /^(?:대한민국|한국|republic of korea|south korea|korea|kr)(?=[\s,]|$)[\s,]*/i;
const COUNTRY_SUFFIX = /[\s,]+(?:대한민국|republic of korea|south korea|korea|kr)$/i;
// A leading postcode: 5-digit (2015+) or the old 6-digit '123-456', maybe closed by a stray bracket
// ('13449) 경기도 …').
const LEADING_POSTCODE = /^(?:\d{5}|\d{3}-\d{3})[)\]]?(?:\s+|$)/;
// World regions that job sites write as two names joined by a dot: '아시아·중동' is the Middle East, not
// the 동 '중동' after a list separator, and '북·중미' is North and Central America.
const JOINED_REGION = /(아시아|북)\s*[·.]\s*(중동|중미)/g;
const POSTCODE = /^\s*(?:우\)?\s*)?(?:\d{5}|\d{3}-\d{3})\s*$/;

/**
 * Returns `raw` cleaned for parsing: HTML character references decoded, NFKC, no invisible characters,
 * odd separators mapped, spaces collapsed, country prefix/suffix and a leading postcode removed.
 * Never throws.
 */
export function cleanAddressText(raw: string): string {
  let s = raw.length > MAX_INPUT ? raw.slice(0, MAX_INPUT) : raw;
  // Before the Unicode step, so what a reference stands for ('&nbsp;', '&middot;') is cleaned like typed text.
  s = decodeEntities(s);
  s = NEEDS_UNICODE.test(s) ? cleanText(s) : s;
  s = s.replace(ODD, replaceOdd).replace(SPACES, ' ').trim();
  if (s.includes('아시아') || s.includes('중미')) s = s.replace(JOINED_REGION, '$1$2');
  // Anchored regexes still scan the whole string when they fail; check the first/last character first.
  const first = s.charCodeAt(0);
  if (
    first === 0xb300 /* 대 */ ||
    first === 0xd55c /* 한 */ ||
    (first | 0x20) === 0x6b /* k */ ||
    (first | 0x20) === 0x72
  ) {
    s = s.replace(COUNTRY_PREFIX, '');
  }
  const last = s.charCodeAt(s.length - 1) | 0x20;
  if (last === 0x61 /* a */ || last === 0x72 /* r */ || s.endsWith('민국')) s = s.replace(COUNTRY_SUFFIX, '');
  return first >= 0x30 && first <= 0x39 ? s.replace(LEADING_POSTCODE, '') : s;
}

/** One place-sized part of a location field, split on top-level ',', '/', '|', ';' and '·'. */
export interface Piece {
  /** The text outside parentheses, spaces collapsed. */
  text: string;
  /** Contents of each parenthesised or bracketed group, postcodes dropped. */
  parens: string[];
  /** The separator before this piece ('' for the first). */
  sep: string;
  /** The separator had no space on either side ('1·2', not '152 · 3층'). */
  tight: boolean;
}

const SEPARATORS = ',/|;·';
const BRACKET_OR_SEP: boolean[] = [];
for (const c of '()[]{},/|;') BRACKET_OR_SEP[c.charCodeAt(0)] = true;

function closePiece(pieces: Piece[], text: string, parens: string[], sep: string, tight: boolean): void {
  const t = text.includes('  ') ? text.replace(SPACES, ' ').trim() : text.trim();
  if (t || parens.length > 0) pieces.push({ text: t, parens, sep, tight });
}

/**
 * Returns the pieces of a cleaned location field. Parentheses never reach `text`, so they can never
 * reach a geocoder query; a postcode in parentheses ('(06236)', '[06236]') is dropped.
 */
export function splitPieces(s: string): Piece[] {
  const pieces: Piece[] = [];
  let text = '';
  let parens: string[] = [];
  let sep = '';
  let tight = false;
  let depth = 0;
  let group = '';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    // Only ASCII brackets and separators matter; Hangul (the bulk) skips every test below.
    if (code > 0x7e ? code !== 0xb7 /* · */ : !BRACKET_OR_SEP[code]) {
      if (depth > 0) {
        group += s[i];
        start = i + 1;
      }
      continue;
    }
    const c = s[i]!;
    if (c === '(' || c === '[' || c === '{') {
      if (depth === 0) {
        text += `${s.slice(start, i)} `;
        group = '';
      } else group += c;
      depth++;
      start = i + 1;
    } else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) {
        // A stray closing bracket: drop it.
        text += `${s.slice(start, i)} `;
      } else if (--depth === 0) {
        group += s.slice(start, i);
        const g = group.trim();
        if (g && !POSTCODE.test(g)) parens.push(g);
      } else group += s.slice(start, i + 1);
      start = i + 1;
    } else if (depth > 0) {
      group += c;
      start = i + 1;
    } else if (SEPARATORS.includes(c)) {
      text += s.slice(start, i);
      closePiece(pieces, text, parens, sep, tight);
      text = '';
      parens = [];
      sep = c;
      tight = i > 0 && s[i - 1] !== ' ' && i + 1 < s.length && s[i + 1] !== ' ';
      start = i + 1;
    }
  }
  if (depth > 0) {
    // An unclosed '(' keeps its contents as a note rather than leaking them into the address.
    const g = group.trim();
    if (g && !POSTCODE.test(g)) parens.push(g);
  } else text += s.slice(start);
  closePiece(pieces, text, parens, sep, tight);
  return pieces;
}
