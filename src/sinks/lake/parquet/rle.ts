// Parquet's RLE / bit-packing hybrid, used for definition and repetition levels and for dictionary
// indexes (https://parquet.apache.org/docs/file-format/data-pages/encodings/#RLE). A run of 8 or more
// equal values becomes one RLE run; everything else is bit-packed in groups of 8. A bit-packed run
// ends only on a group boundary, so only the file's last run can carry padding.
import type { ByteWriter } from './byte-writer.js';

const MIN_RUN = 8;

/** The bits needed for values up to `max`: 0 for 0, 1 for 1, 2 for 2–3, … */
export function bitWidth(max: number): number {
  return max === 0 ? 0 : 32 - Math.clz32(max);
}

function runLength(values: ArrayLike<number>, start: number, count: number): number {
  const value = values[start];
  let end = start + 1;
  while (end < count && values[end] === value) end++;
  return end - start;
}

/** Appends `count` values, each below 2^width (width ≤ 24), in the hybrid encoding. */
export function writeHybrid(out: ByteWriter, values: ArrayLike<number>, count: number, width: number): void {
  const valueBytes = (width + 7) >> 3;
  let index = 0;
  while (index < count) {
    const run = runLength(values, index, count);
    if (run >= MIN_RUN || width === 0) {
      const length = width === 0 ? count - index : run;
      out.varint(length * 2);
      let value = values[index]!;
      for (let byte = 0; byte < valueBytes; byte++) {
        out.byte(value & 0xff);
        value >>>= 8;
      }
      index += length;
      continue;
    }
    // Bit-packed groups until a long run starts on a group boundary (or the values end).
    const start = index;
    let groups = 0;
    do {
      index += MIN_RUN;
      groups++;
    } while (index < count && runLength(values, index, count) < MIN_RUN);
    out.varint(groups * 2 + 1);
    packGroups(out, values, start, Math.min(index, count), groups * MIN_RUN, width);
  }
}

/** Bit-packs values[start, end) LSB first into `slots` slots (the missing ones are zeros). */
function packGroups(
  out: ByteWriter,
  values: ArrayLike<number>,
  start: number,
  end: number,
  slots: number,
  width: number,
): void {
  const length = (slots * width) >> 3;
  const [bytes, at] = out.claim(length);
  let n = at;
  let buffer = 0;
  let bits = 0;
  for (let slot = 0; slot < slots; slot++) {
    const value = start + slot < end ? values[start + slot]! : 0;
    buffer |= value << bits;
    bits += width;
    while (bits >= 8) {
      bytes[n++] = buffer & 0xff;
      buffer >>>= 8;
      bits -= 8;
    }
  }
  out.advance(length);
}
