// Shared text primitives for the normalizers. They run on every field of every posting (descriptions
// included), so the work is one scan in plain code plus NFKC only where a character needs it.

// Characters NFKC may change, from a scan of the BMP ("c.normalize('NFKC') !== c"), plus combining
// marks and conjoining jamo (they compose with their neighbour) and surrogates (mathematical letters).
// ASCII, Hangul syllables and the bullets postings use ('•', '※', '■') are not here, so most text skips NFKC.
const MAY_NORMALIZE =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: a prefilter over single code units, on purpose
  /[\u00A0-\u00BE\u0132-\u017F\u01C4-\u01F3\u02B0-\u036F\u037A-\u0387\u03D0-\u03F9\u0587\u0675-\u0678\u0900-\u0FFF\u10FC\u1100-\u11FF\u1AB0-\u1AFF\u1D2C-\u1DFF\u1E9A\u1E9B\u1F71-\u1FFE\u2000-\u200A\u2011\u2017\u2024-\u2026\u202F\u2033\u2034\u2036\u2037\u203C\u203E\u2047-\u2049\u2057\u205F\u2070-\u209C\u20A8\u20D0-\u20FF\u2100-\u2189\u222C-\u2230\u2329\u232A\u2460-\u24EA\u2A0C-\u2ADC\u2C7C\u2C7D\u2D6F\u2E9F\u2EF3-\u303A\u309B-\u309F\u30FF-\u319F\u3200-\u33FF\uA69C-\uA7F9\uAB5C-\uAB69\uF900-\uFFEE\uD800-\uDFFF]/;

enum Kind {
  Keep = 0,
  Space = 1,
  Newline = 2,
  Drop = 3,
}

// What each character does in the scan: whitespace collapses, '\n' (and '\r') breaks a line, zero-width
// and bidi marks, the BOM and C0/C1 controls vanish. Everything else is kept as is.
function kindOf(code: number): Kind {
  if (code > 0x20 && code < 0x7f) return Kind.Keep;
  if (code === 0x20 || code === 0x09) return Kind.Space;
  if (code === 0x0a || code === 0x0d) return Kind.Newline;
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f))
    return code === 0x0b || code === 0x0c ? Kind.Space : Kind.Drop;
  if (code < 0x1680) return code === 0xa0 ? Kind.Space : Kind.Keep;
  if (
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  ) {
    return Kind.Space;
  }
  if (code === 0x2028 || code === 0x2029) return Kind.Newline;
  if ((code >= 0x200b && code <= 0x200f) || (code >= 0x202a && code <= 0x202e)) return Kind.Drop;
  if ((code >= 0x2060 && code <= 0x2064) || code === 0xfeff) return Kind.Drop;
  return Kind.Keep;
}

/**
 * One pass over `text`: whitespace runs become one space, invisible characters vanish, leading and
 * trailing whitespace goes. With `keepLines`, line breaks survive (spaces around them do not) and at
 * most one blank line is kept; without it, a line break is just whitespace.
 */
function collapse(text: string, keepLines: boolean): string {
  let out = '';
  let runStart = 0;
  let pendingSpace = false;
  let pendingLines = 0;
  const length = text.length;
  for (let index = 0; index < length; index++) {
    let kind = kindOf(text.charCodeAt(index));
    if (kind === Kind.Keep) {
      if (pendingSpace || pendingLines > 0) {
        if (out.length > 0) out += pendingLines > 0 ? (pendingLines > 1 ? '\n\n' : '\n') : ' ';
        pendingSpace = false;
        pendingLines = 0;
        runStart = index;
      }
      continue;
    }
    // A single space between two kept characters stays inside the run: the common case costs nothing.
    if (kind === Kind.Space && text.charCodeAt(index) === 0x20 && pendingLines === 0 && !pendingSpace) {
      const next = index + 1 < length ? kindOf(text.charCodeAt(index + 1)) : Kind.Space;
      if (next === Kind.Keep && index > runStart) continue;
    }
    if (index > runStart && !pendingSpace && pendingLines === 0) out += text.slice(runStart, index);
    runStart = index + 1;
    if (kind === Kind.Newline && !keepLines) kind = Kind.Space;
    if (kind === Kind.Space) {
      if (pendingLines === 0) pendingSpace = true;
    } else if (kind === Kind.Newline) {
      // '\r\n' is one line break.
      if (!(text.charCodeAt(index) === 0x0d && text.charCodeAt(index + 1) === 0x0a)) pendingLines++;
      pendingSpace = false;
    }
  }
  if (!pendingSpace && pendingLines === 0 && runStart < length) out += text.slice(runStart);
  return out;
}

function canonical(text: string): string {
  let out = MAY_NORMALIZE.test(text) ? text.normalize('NFKC') : text;
  // A lone surrogate (a string cut in the middle of an emoji) would break every sink downstream.
  if (!out.isWellFormed()) out = out.toWellFormed().replaceAll('\uFFFD', '');
  return out;
}

/**
 * Returns `text` in NFKC (full-width 'Ｊａｖａ' → 'Java', '㈜' → '(주)'), without invisible characters or
 * lone surrogates, with runs of whitespace collapsed to one space and trimmed.
 *
 * @example cleanText('  ㈜카카오\u200B  ') // '(주)카카오'
 */
export function cleanText(text: string): string {
  return collapse(canonical(text), false);
}

/** Like {@link cleanText} but keeps line breaks (one blank line at most), for multi-line descriptions. */
export function cleanMultiline(text: string): string {
  return collapse(canonical(text), true);
}

/** True for a string worth reading: not empty once cleaned. Accepts anything, so callers can pass unknown input. */
export function hasText(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}
