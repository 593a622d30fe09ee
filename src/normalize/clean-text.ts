// Shared text primitives for the normalizers and the address parser. They run on every field of every
// posting (descriptions included), so the work is one scan in plain code plus NFKC only where a character
// needs it.

// Characters NFKC may change alone (from a scan of the BMP, "c.normalize('NFKC') !== c", nearby ranges
// merged), plus those that change with a neighbour: combining marks (composed or reordered),
// conjoining jamo (composed into syllables), lone surrogates and every astral character.
const MAY_NORMALIZE =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: a prefilter over single characters, on purpose
  /[\u00A0-\u00BE\u0132-\u0149\u017F\u01C4-\u01CC\u01F1-\u01F3\u02B0-\u02B8\u02D8-\u02E4\u0340-\u0344\u0374-\u0387\u03D0-\u03D6\u03F0-\u03F9\u0587\u0675-\u0678\u0958-\u095F\u09DC-\u09DF\u0A33-\u0A36\u0A59-\u0A5E\u0B5C-\u0B5D\u0E33\u0EB3\u0EDC-\u0EDD\u0F0C\u0F43-\u0F81\u0F93-\u0FB9\u10FC\u1D2C-\u1D78\u1D9B-\u1DBF\u1E9A-\u1E9B\u1F71-\u1F7D\u1FBB-\u20A8\u2100-\u2189\u222C-\u2230\u2329-\u232A\u2460-\u24EA\u2A0C\u2A74-\u2A76\u2ADC\u2C7C-\u2C7D\u2D6F\u2E9F\u2EF3-\u2FD5\u3000\u3036-\u303A\u309B-\u309F\u30FF\u3131-\u319F\u3200-\u33FF\uA69C-\uA69D\uA770\uA7F1-\uA7F9\uAB5C-\uAB69\uF900-\uFAD9\uFB00-\uFBB1\uFBD3-\uFD3D\uFD50-\uFDC7\uFDF0-\uFDFC\uFE10-\uFE19\uFE30-\uFFEE\p{M}\u1100-\u11FF\u{D800}-\u{DFFF}\u{10000}-\u{10FFFF}]/u;

enum Kind {
  Keep = 0,
  Space = 1,
  Newline = 2,
  Drop = 3,
}

// What each character does in the scan: whitespace collapses, '\n' (and '\r') breaks a line, zero-width
// and bidi marks, the BOM and C0/C1 controls vanish. Everything else is kept as is.
function kindOfSlow(code: number): Kind {
  if (code === 0x20 || code === 0x09 || code === 0x0b || code === 0x0c || code === 0xa0) return Kind.Space;
  if (code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029) return Kind.Newline;
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return Kind.Drop;
  if (
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  ) {
    return Kind.Space;
  }
  if ((code >= 0x200b && code <= 0x200f) || (code >= 0x202a && code <= 0x202e)) return Kind.Drop;
  if ((code >= 0x2060 && code <= 0x2064) || code === 0xfeff) return Kind.Drop;
  return Kind.Keep;
}

// Every code unit's kind, looked up once per character in the hot loop (64 KB, built on first use).
let kinds: Uint8Array | undefined;

function kindTable(): Uint8Array {
  if (kinds === undefined) {
    kinds = new Uint8Array(0x10000);
    for (let code = 0; code < 0x10000; code++) kinds[code] = kindOfSlow(code);
  }
  return kinds;
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
  const kindOf = kindTable();
  for (let index = 0; index < length; index++) {
    let kind: Kind = kindOf[text.charCodeAt(index)]!;
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
      const next = index + 1 < length ? kindOf[text.charCodeAt(index + 1)] : Kind.Space;
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

// The characters of ordinary postings, none of which NFKC changes: ASCII and Latin-1 controls, Hangul
// syllables, dashes, quotes and bullets ('–', '“', '•'; not U+2011 or U+2017), arrows, box drawing and shapes ('■', '▶', '★'). A few
// ranges, so this test is much cheaper than MAY_NORMALIZE; only text that fails it gets the full check.
const SURELY_STABLE =
  /[^\u0000-\u009F\uAC00-\uD7A3\u2010\u2012-\u2016\u2018-\u2023\u2190-\u21FF\u2500-\u27BF]/;

/** Returns `text` in NFKC, skipping the (costly) call when no character of it can change. */
export function toNfkc(text: string): string {
  return SURELY_STABLE.test(text) && MAY_NORMALIZE.test(text) ? text.normalize('NFKC') : text;
}

function canonical(text: string): string {
  let out = toNfkc(text);
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
