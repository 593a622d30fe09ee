// Snappy compression (the raw format Parquet's SNAPPY codec uses: a varint length, then literals and
// back-references), after the reference compressor's fast path: 64 KiB fragments, a hash table of
// 4-byte sequences, the skip heuristic that gives up quickly on incompressible bytes. Plain JS over
// typed arrays; the format is https://github.com/google/snappy/blob/main/format_description.txt.

const FRAGMENT = 1 << 16;
const MAX_TABLE_BITS = 14;
const INPUT_MARGIN = 15;

const tables: Uint16Array[] = [];

function load32(bytes: Uint8Array, at: number): number {
  return bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24);
}

function hash(value: number, shift: number): number {
  return Math.imul(value, 0x1e35a7bd) >>> shift;
}

/** The largest output {@link snappyCompress} can produce for `length` input bytes. */
export function maxCompressedLength(length: number): number {
  return 32 + length + Math.floor(length / 6);
}

// Output scratch, grown as needed: callers copy the result right away (the encoder is synchronous),
// so no page allocates (and zero-fills) its own worst-case buffer.
let scratch = new Uint8Array(0);

/** Returns `input` snappy-compressed, as a view valid until the next call: copy it before then. */
export function snappyCompress(input: Uint8Array): Uint8Array {
  if (scratch.length < maxCompressedLength(input.length)) {
    scratch = new Uint8Array(maxCompressedLength(Math.max(input.length, 1 << 20)));
  }
  const output = scratch;
  let op = 0;
  // The uncompressed length as a varint.
  let rest = input.length;
  while (rest >= 0x80) {
    output[op++] = (rest & 0x7f) | 0x80;
    rest >>>= 7;
  }
  output[op++] = rest;
  for (let start = 0; start < input.length; start += FRAGMENT) {
    op = compressFragment(input, start, Math.min(FRAGMENT, input.length - start), output, op);
  }
  return output.subarray(0, op);
}

function compressFragment(
  input: Uint8Array,
  base: number,
  size: number,
  output: Uint8Array,
  start: number,
): number {
  let op = start;
  let bits = 1;
  while (1 << bits <= size && bits <= MAX_TABLE_BITS) bits++;
  bits--;
  const shift = 32 - bits;
  let table = tables[bits];
  if (!table) {
    table = new Uint16Array(1 << bits);
    tables[bits] = table;
  } else table.fill(0);

  const end = base + size;
  let nextEmit = base;
  if (size >= INPUT_MARGIN) {
    const limit = end - INPUT_MARGIN;
    let ip = base + 1;
    let nextHash = hash(load32(input, ip), shift);
    outer: for (;;) {
      let skip = 32;
      let nextIp = ip;
      let candidate = base;
      do {
        ip = nextIp;
        const h = nextHash;
        const step = skip >>> 5;
        skip += step;
        nextIp = ip + step;
        if (nextIp > limit) break outer;
        nextHash = hash(load32(input, nextIp), shift);
        candidate = base + table[h]!;
        table[h] = ip - base;
      } while (load32(input, ip) !== load32(input, candidate));

      op = emitLiteral(input, nextEmit, ip - nextEmit, output, op);
      for (;;) {
        const matchStart = ip;
        let matched = 4;
        while (ip + matched < end && input[ip + matched] === input[candidate + matched]) matched++;
        ip += matched;
        op = emitCopy(output, op, matchStart - candidate, matched);
        nextEmit = ip;
        if (ip >= limit) break outer;
        table[hash(load32(input, ip - 1), shift)] = ip - 1 - base;
        const h = hash(load32(input, ip), shift);
        candidate = base + table[h]!;
        table[h] = ip - base;
        if (load32(input, ip) !== load32(input, candidate)) break;
      }
      ip++;
      nextHash = hash(load32(input, ip), shift);
    }
  }
  if (nextEmit < end) op = emitLiteral(input, nextEmit, end - nextEmit, output, op);
  return op;
}

function emitLiteral(
  input: Uint8Array,
  from: number,
  length: number,
  output: Uint8Array,
  at: number,
): number {
  let op = at;
  const n = length - 1;
  if (n < 60) output[op++] = n << 2;
  else if (n < 0x100) {
    output[op++] = 60 << 2;
    output[op++] = n;
  } else {
    // A fragment is at most 64 KiB, so two length bytes always suffice.
    output[op++] = 61 << 2;
    output[op++] = n & 0xff;
    output[op++] = n >>> 8;
  }
  output.set(input.subarray(from, from + length), op);
  return op + length;
}

function emitCopy(output: Uint8Array, at: number, offset: number, length: number): number {
  let op = at;
  let rest = length;
  while (rest >= 68) {
    op = emitShortCopy(output, op, offset, 64);
    rest -= 64;
  }
  if (rest > 64) {
    op = emitShortCopy(output, op, offset, 60);
    rest -= 60;
  }
  return emitShortCopy(output, op, offset, rest);
}

function emitShortCopy(output: Uint8Array, at: number, offset: number, length: number): number {
  let op = at;
  if (length < 12 && offset < 2048) {
    output[op++] = 1 | ((length - 4) << 2) | ((offset >>> 8) << 5);
    output[op++] = offset & 0xff;
  } else {
    output[op++] = 2 | ((length - 1) << 2);
    output[op++] = offset & 0xff;
    output[op++] = offset >>> 8;
  }
  return op;
}
