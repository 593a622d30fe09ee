// UTF-8 encoding of one string into a byte array. Short strings are encoded in JS: a native call
// (Buffer#write) costs more than the loop for the ids, codes and short labels that fill most cells.

/** Strings up to this many UTF-16 units are encoded by {@link encodeUtf8Into}'s loop. */
export const SHORT_STRING = 48;

/**
 * Writes `value` as UTF-8 at `at` (room for 3 bytes per unit must exist) and returns the bytes
 * written. Lone surrogates become U+FFFD, as TextEncoder and Buffer write them.
 */
export function encodeUtf8Into(bytes: Uint8Array, at: number, value: string): number {
  let n = at;
  for (let index = 0; index < value.length; index++) {
    let code = value.charCodeAt(index);
    if (code < 0x80) {
      bytes[n++] = code;
      continue;
    }
    if (code < 0x800) {
      bytes[n++] = 0xc0 | (code >> 6);
      bytes[n++] = 0x80 | (code & 0x3f);
      continue;
    }
    if (code >= 0xd800 && code <= 0xdfff) {
      const next = value.charCodeAt(index + 1);
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
        index++;
        bytes[n++] = 0xf0 | (code >> 18);
        bytes[n++] = 0x80 | ((code >> 12) & 0x3f);
        bytes[n++] = 0x80 | ((code >> 6) & 0x3f);
        bytes[n++] = 0x80 | (code & 0x3f);
        continue;
      }
      code = 0xfffd;
    }
    bytes[n++] = 0xe0 | (code >> 12);
    bytes[n++] = 0x80 | ((code >> 6) & 0x3f);
    bytes[n++] = 0x80 | (code & 0x3f);
  }
  return n - at;
}
