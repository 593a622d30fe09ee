// HTML character references in scraped text, decoded by `entities` (the decoder htmlparser2 and cheerio
// use): every named entity of the HTML standard and every numeric reference, where a hand-kept table
// knew a few dozen names and left the rest ('&hellip;', '&rsquo;', '&#x2F;') in the text.
import { decodeHTMLStrict } from 'entities';

/**
 * Returns `text` with every HTML character reference decoded once: the named entities of the HTML
 * standard ('&hellip;', '&middot;', '&rsquo;', '&nbsp;') and numeric ones ('&#39;', '&#x2F;'). Only
 * references closed by ';' count, so 'AT&T' and '&copy 2026' stay as written, and so does an unknown
 * name ('&unknown;'). A broken numeric reference ('&#0;', '&#xD800;', '&#99999999;') vanishes. Never throws.
 *
 * @example decodeEntities('서울 &gt; 강남구 &middot; 판교') // '서울 > 강남구 · 판교'
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  const decoded = decodeHTMLStrict(text);
  // The HTML standard turns a broken numeric reference into U+FFFD, which in stored text is only noise.
  return decoded.includes('\uFFFD') && !text.includes('\uFFFD') ? decoded.replaceAll('\uFFFD', '') : decoded;
}
