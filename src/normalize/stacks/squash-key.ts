import { cleanText } from '../clean-text.js';

// 'C++' → 'cplusplus', 'F#' → 'fsharp': symbols that carry meaning become words *before* punctuation
// is dropped, so C, C++ and C# never collapse onto 'c' (simple-icons' titleToSlug mistake).
const PLUS = /\+/g;
const SHARP = /#/g;
// 'React.js' / 'react js' / 'React-JS' / 'react_js' all meet at 'reactjs'.
const FILLER = /[\s\-_.]+/g;

/**
 * Returns the lookup key of a stack tag: NFKC, lowercase, `+`→`plus`, `#`→`sharp`, a leading `.`→`dot`,
 * then spaces, `-`, `_` and `.` removed. Versions are *not* stripped here (see `lookupStack`), so
 * 'web3', 's3' and 'k8s' keep their digits.
 *
 * @example squashKey('스프링 부트') // '스프링부트'
 * @example squashKey('React.js') // 'reactjs'
 * @example squashKey('.NET Core') // 'dotnetcore'
 */
export function squashKey(tag: string): string {
  let text = cleanText(tag).toLowerCase();
  if (text.startsWith('.')) text = `dot${text.slice(1)}`;
  return text.replace(PLUS, 'plus').replace(SHARP, 'sharp').replace(FILLER, '');
}
