// UTF-8 byte order for strings, which Parquet's min/max statistics of UTF8 columns use. JavaScript's
// `<` compares UTF-16 code units, which agrees except between surrogate pairs (U+10000 and up) and
// U+E000–U+FFFF; only that case takes the slow path.

// Surrogates sort after U+E000–U+FFFF in code-point (and UTF-8) order: shift both ranges to say so.
function rank(unit: number): number {
  return unit >= 0xe000 ? unit - 0x800 : unit + 0x2000;
}

/** Negative, zero or positive as `a` sorts before, with or after `b` by their UTF-8 bytes. */
export function compareUtf8(a: string, b: string): number {
  if (a === b) return 0;
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index++) {
    const x = a.charCodeAt(index);
    const y = b.charCodeAt(index);
    if (x !== y) return x >= 0xd800 && y >= 0xd800 ? rank(x) - rank(y) : x - y;
  }
  return a.length - b.length;
}

// Strings without a unit at or above U+D800 order the same in UTF-16 and UTF-8 (Hangul ends at
// U+D7A3), so the native comparison is exact for them.
export const HIGH_UNIT = /[\ud800-\uffff]/;

/** The smallest and largest of non-empty `values` by UTF-8 bytes. */
export function utf8Bounds(values: readonly string[]): [min: string, max: string] {
  let min = values[0]!;
  let max = min;
  let native = !HIGH_UNIT.test(min);
  for (let index = 1; index < values.length; index++) {
    const value = values[index]!;
    if (native && HIGH_UNIT.test(value)) native = false;
    if (native) {
      if (value < min) min = value;
      else if (value > max) max = value;
    } else if (compareUtf8(value, min) < 0) min = value;
    else if (compareUtf8(value, max) > 0) max = value;
  }
  return [min, max];
}
