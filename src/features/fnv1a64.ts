// FNV-1a 64-bit over the UTF-8 bytes of a string. Pure (no `node:crypto`, which pure modules may not
// import) and fast: 16-bit limbs keep every product below 2^31, so no BigInt on the hot path — row ids are
// hashed once per posting × value, a million times per backfill. Not cryptographic: ids only need to be
// stable and, at 64 bits, collision-free in practice (p ≈ 3·10⁻⁸ for a million rows).

// Offset basis 0xcbf29ce484222325 as four 16-bit limbs, least significant first.
const BASIS = [0x2325, 0x8422, 0x9ce4, 0xcbf2] as const;

const HEX = Array.from({ length: 0x10000 }, (_, n) => n.toString(16).padStart(4, '0'));

/**
 * Returns the FNV-1a 64-bit hash of a string's UTF-8 bytes as 16 lowercase hex digits. Lone surrogates
 * hash as U+FFFD, as `TextEncoder` would encode them.
 *
 * @example fnv1a64('') // 'cbf29ce484222325'
 * @example fnv1a64('wanted:12345\u0000stack\u0000spring-boot') // the same 16 hex digits in every process
 */
export function fnv1a64(text: string): string {
  const length = utf8(text);
  const bytes = scratch;
  let h0: number = BASIS[0];
  let h1: number = BASIS[1];
  let h2: number = BASIS[2];
  let h3: number = BASIS[3];
  for (let i = 0; i < length; i++) {
    h0 ^= bytes[i]!;
    // h × prime, prime = 2^40 + 0x1b3: 0x1b3 times every limb, plus the 2^40 term (limb 2 += 0x100 × limb 0).
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + h0 * 0x100 + (t1 >>> 16);
    const t3 = h3 * 0x1b3 + h1 * 0x100 + (t2 >>> 16);
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  }
  return HEX[h3]! + HEX[h2]! + HEX[h1]! + HEX[h0]!;
}

// A reused byte buffer: encoding into it costs no allocation per id (TextEncoder would allocate one
// array per call). Safe because fnv1a64 is synchronous and never re-entered.
let scratch = new Uint8Array(256);

/** Writes the UTF-8 bytes of `text` into `scratch` (growing it) and returns how many there are. */
function utf8(text: string): number {
  if (scratch.length < text.length * 3) scratch = new Uint8Array(text.length * 3);
  const out = scratch;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code < 0x80) {
      out[n++] = code;
      continue;
    }
    if (code >= 0xd800 && code <= 0xdfff) {
      const next = text.charCodeAt(i + 1);
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
        i++;
      } else {
        code = 0xfffd;
      }
    }
    if (code < 0x800) {
      out[n++] = 0xc0 | (code >> 6);
    } else if (code < 0x10000) {
      out[n++] = 0xe0 | (code >> 12);
      out[n++] = 0x80 | ((code >> 6) & 0x3f);
    } else {
      out[n++] = 0xf0 | (code >> 18);
      out[n++] = 0x80 | ((code >> 12) & 0x3f);
      out[n++] = 0x80 | ((code >> 6) & 0x3f);
    }
    out[n++] = 0x80 | (code & 0x3f);
  }
  return n;
}
