// The one text form that free-text extraction scans and that its patterns are compiled to, shared by
// scripts/gen-stacks.ts and extract-stacks.ts so both sides can never drift apart.
import { toNfkc } from '../clean-text.js';

// 'Spring-Boot', 'spring_boot' and 'spring \n boot' all read as 'spring boot'. Only runs that are not
// already a single space are matched: replacing every ordinary space made this step 90% of the cost.
// (A hand-written loop measured slower than this regex.)
const GAPS =
  /(?:[\t\n\v\f\r\-_\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF]| (?=[\s\-_]))[\s\-_]*/g;

/** Returns `text` in NFKC, lowercased, with runs of whitespace, `-` and `_` folded to one space. */
export function toMatchForm(text: string): string {
  return toNfkc(text).toLowerCase().replace(GAPS, ' ');
}
