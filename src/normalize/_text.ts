// Shared text primitives for the normalizers. Pure and allocation-light: they run on every field of
// every posting.

// Zero-width and bidi marks, BOM and C0/C1 controls other than tab/newline; lone surrogates too,
// so that a broken string can never reach a sink.
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const SPACES = /[\s\u00A0\u3000]+/g;

/**
 * Returns `text` in NFKC (full-width 'Ｊａｖａ' → 'Java', '㈜' → '(주)'), without invisible characters,
 * with runs of whitespace collapsed to one space and trimmed.
 *
 * @example cleanText('  ㈜카카오\u200B  ') // '(주)카카오'
 */
export function cleanText(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}

/** Like {@link cleanText} but keeps line breaks (one blank line at most), for multi-line descriptions. */
export function cleanMultiline(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLE, '')
    .split('\n')
    .map((line) => line.replace(SPACES, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** True for a string worth reading: not empty once cleaned. Accepts anything, so callers can pass unknown input. */
export function hasText(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}
