// Description text: HTML to plain text (regex-based, no DOM — it runs on every section of every
// posting) and cleaning for storage (emoji out, recruiter contacts masked). Every pattern is linear:
// tag bodies stop at the next '<', script/style blocks are cut with indexOf, e-mail parts are bounded.
import { cleanMultiline } from './clean-text.js';
import { decodeEntities } from './decode-entities.js';

// '<br>', '<br/>', '<BR />'
const BREAK_TAG = /<br\s*\/?>/gi;
// '<li>', '<li class="x">' → a bullet on its own line
const LIST_ITEM_TAG = /<li\b[^<>]*>/gi;
// Block-level tags, opening or closing: '<p>', '</div>', '<h3 id="a">', '<tr>'
const BLOCK_TAG =
  /<\/?(?:p|div|section|article|header|footer|main|aside|nav|h[1-6]|ul|ol|li|dl|dt|dd|table|thead|tbody|tfoot|tr|blockquote|pre|hr|figure|figcaption|form|fieldset|address)\b[^<>]*>/gi;
// Block boundaries are marked first and collapsed after, so '</p><p>' is one line break while
// '<br><br>' keeps its blank line. U+001E never survives: cleanMultiline drops C0 controls.
const BLOCK_MARK = '\u001E';
// A run of boundaries and the whitespace between them ('\u001E \n\u001E')
const BLOCK_RUN = /\u001E[\u001E\s]*/g;
// Table cells sit side by side: '</td><td>' → ' '
const CELL_TAG = /<\/?t[dh]\b[^<>]*>/gi;
// Other known tags: '<span>', '</a>', '<img src=…>', '<!DOCTYPE html>'. A list, not '<[a-z]…>', because
// Korean postings bracket headings in text ('<React 경험자>', '<주요업무>') and those must survive.
const ANY_TAG =
  /<\/?(?:a|abbr|b|big|body|button|caption|center|cite|code|col|colgroup|del|em|embed|font|head|html|i|iframe|img|input|ins|label|link|mark|meta|noscript|object|option|path|picture|q|s|select|small|source|span|strike|strong|sub|sup|svg|template|textarea|time|title|u|video|audio|wbr)(?=[\s/>])[^<>]*>|<![a-z][^<>]*>|<\?[^<>]*>/gi;
// Something that is HTML rather than text with a stray '<': a common tag or an entity.
const LOOKS_LIKE_HTML =
  /<\/?(?:p|div|br|li|ul|ol|span|strong|b|a|h[1-6]|table|tr|td|img|em|section)(?=[\s/>])[^<>]*>|&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/i;

// Emoji and pictographs ('✅', '🚀', '👩‍💻', '🇰🇷', '1️⃣'), with their joiners and modifiers.
const EMOJI =
  /\p{Extended_Pictographic}|\p{Regional_Indicator}|[\u{1F3FB}-\u{1F3FF}\uFE0E\uFE0F\u20E3\u200D]/gu;
// A cheap scan for where emoji can start, so text without any skips the Unicode-property regex above.
const MAY_HAVE_EMOJI =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: a prefilter over single code units, on purpose
  /[\u00A9\u00AE\u200D\u203C\u2049\u20E3\u2122\u2139\u2194-\u21AA\u231A-\u23FA\u24C2\u25AA-\u25FE\u2600-\u27BF\u2934\u2935\u2B05-\u2B55\u3030\u303D\u3297\u3299\uFE0E\uFE0F\uD83C-\uD83E]/;
// Korean phone numbers: '010-1234-5678', '02-123-4567', '031.123.4567', '+82 10 1234 5678', '+82-2-123-4567'
const PHONE =
  /(?<![\d+])(?:\+82[\s.-]?\(?0?|\(?0)(?:1[016789]|2|[3-6][1-5]|70|50[2-8]?)\)?[\s.-]?\d{3,4}[\s.-]?\d{4}(?!\d)/g;
// Representative numbers: '1588-1234', '1644-0000'
const REPRESENTATIVE_PHONE = /(?<!\d)1[5-9]\d{2}-\d{4}(?!\d)/g;
// 'hr@kakao.com', 'recruit.team@some-company.co.kr' (parts bounded so a long run stays linear)
const EMAIL = /[a-z0-9._%+-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8}/gi;

// Tidy-up after removals: 'a  b' → 'a b', 'a \n b' → 'a\nb', three or more line breaks → one blank line
const DOUBLE_SPACE = / {2,}/g;
const LINE_EDGE_SPACE = / ?\n ?/g;
const BLANK_LINES = /\n{3,}/g;

/** Returns `html` with the content of every `<open…</close>` block removed; an unclosed block runs to the end. */
function dropBlocks(html: string, open: string, close: string): string {
  const lower = html.toLowerCase();
  let at = lower.indexOf(open);
  if (at === -1) return html;
  let out = '';
  let from = 0;
  while (at !== -1) {
    out += html.slice(from, at);
    const end = lower.indexOf(close, at + open.length);
    if (end === -1) return out;
    from = end + close.length;
    at = lower.indexOf(open, from);
  }
  return out + html.slice(from);
}

/**
 * Returns the plain text of an HTML fragment: block tags and `<br>` become line breaks, `<li>` a
 * '• ' bullet line, other tags vanish, script/style/comments are dropped, character references are decoded
 * once with {@link decodeEntities}, and whitespace is cleaned with {@link cleanMultiline}.
 *
 * @example htmlToText('<ul><li>백엔드 개발</li><li>API 설계 &amp; 운영</li></ul>') // '• 백엔드 개발\n• API 설계 & 운영'
 */
export function htmlToText(html: string): string {
  if (typeof html !== 'string' || html === '') return '';
  return cleanMultiline(stripHtml(html));
}

function stripHtml(html: string): string {
  let text = dropBlocks(html, '<!--', '-->');
  text = dropBlocks(text, '<script', '</script>');
  text = dropBlocks(text, '<style', '</style>');
  text = text
    .replace(BREAK_TAG, '\n')
    .replace(LIST_ITEM_TAG, `${BLOCK_MARK}• `)
    .replace(BLOCK_TAG, BLOCK_MARK)
    .replace(CELL_TAG, ' ')
    .replace(ANY_TAG, '')
    .replace(BLOCK_RUN, '\n');
  return decodeEntities(text);
}

/**
 * Returns a description ready to store: HTML converted with {@link htmlToText} when it looks like
 * HTML, emoji removed, recruiter phone numbers replaced by '[연락처]' and e-mail addresses by
 * '[이메일]', NFKC and whitespace cleaned (line breaks kept).
 *
 * @example cleanDescription('✅ 문의: 010-1234-5678 / hr@kakao.com') // '문의: [연락처] / [이메일]'
 */
export function cleanDescription(text: string): string {
  if (typeof text !== 'string' || text === '') return '';
  // Normalize first so full-width digits ('０１０-…') and odd spaces are masked like plain ones; one
  // cleanMultiline pass only (it is the costly part), then a cheap tidy-up if anything was removed.
  const clean = cleanMultiline(LOOKS_LIKE_HTML.test(text) ? stripHtml(text) : text);
  let out = MAY_HAVE_EMOJI.test(clean) ? clean.replace(EMOJI, '') : clean;
  if (out.includes('@')) out = out.replace(EMAIL, '[이메일]');
  out = out.replace(PHONE, '[연락처]').replace(REPRESENTATIVE_PHONE, '[연락처]');
  if (out === clean) return out;
  return out.replace(DOUBLE_SPACE, ' ').replace(LINE_EDGE_SPACE, '\n').replace(BLANK_LINES, '\n\n').trim();
}
