// Company names without their legal form, so one company is one string across sites: JobKorea and
// Saramin write '(주)' / '주식회사'; Wanted and Jumpit mostly do not.
import { cleanText } from './clean-text.js';

const MAX_INPUT = 300;

// Korean legal forms, longest first so '유한책임회사' is not read as '유한' + rest.
const LEGAL_WORDS =
  '유한책임회사|주식회사|유한회사|합자회사|합명회사|사단법인|재단법인|협동조합|농업회사법인|영농조합법인';
// '(주)카카오', '카카오(주)', '(유)', '(사)', '(재)', '(합)', '(株)', '(주식회사)' — anywhere; NFKC already
// turned '㈜' into '(주)'.
const LEGAL_PAREN = new RegExp(`\\(\\s*(?:주|유|사|재|합|株|有|${LEGAL_WORDS})\\s*\\)`, 'g');
// '주식회사 카카오', '주식회사카카오', '(주) 카카오' leftovers: the word is never part of a brand, so it is
// dropped even without a space ('주식회사이음' → '이음').
const LEGAL_PREFIX = new RegExp(`^(?:${LEGAL_WORDS})\\s*`);
// '카카오 주식회사', '카카오주식회사'
const LEGAL_SUFFIX = new RegExp(`\\s*(?:${LEGAL_WORDS})$`);
// 'Kakao Corp.', 'Naver Co., Ltd.', 'Foo Inc', 'Bar Pte. Ltd.', 'Baz GmbH' — at the end only.
const ENGLISH_SUFFIX =
  /[\s,]*\b(?:co\.?,?\s*ltd|co|company\s+limited|pte\.?\s*ltd|inc|incorporated|corp|corporation|ltd|limited|llc|l\.l\.c|gmbh|plc|s\.a|k\.k)\.?$/i;
// Punctuation left at either end once a form is gone: '카카오,' / '- 카카오'.
const EDGE_PUNCTUATION = /^[\s,.·\-_/|]+|[\s,.·\-_/|]+$/g;
const SPACES = /\s{2,}/g;

/**
 * Returns a company name without its legal form ('(주)', '주식회사', '유한회사', '(사)', 'Co., Ltd.',
 * 'Inc.', …), NFKC-normalized with single spaces; '' for empty input. Inner words are kept
 * ('카카오모빌리티'); a legal word glued to the name is still removed ('주식회사이음' → '이음').
 *
 * @example normalizeCompanyName('㈜ 카카오') // '카카오'
 * @example normalizeCompanyName('네이버 주식회사') // '네이버'
 */
export function normalizeCompanyName(raw: string): string {
  if (typeof raw !== 'string') return '';
  let name = cleanText(raw.length > MAX_INPUT ? raw.slice(0, MAX_INPUT) : raw);
  if (name === '') return '';
  name = name.replace(LEGAL_PAREN, ' ').trim();
  // Two passes cover 'Foo Co., Ltd. 주식회사'-style stacks without a loop over hostile input.
  for (let pass = 0; pass < 2; pass++) {
    name = name.replace(LEGAL_PREFIX, '').replace(LEGAL_SUFFIX, '').replace(ENGLISH_SUFFIX, '');
    name = name.replace(EDGE_PUNCTUATION, '');
  }
  return name.replace(SPACES, ' ');
}
