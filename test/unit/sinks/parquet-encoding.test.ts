// The Parquet encoder's building blocks against small reference decoders written from the format
// specs (snappy's format_description.txt, Parquet's RLE/bit-packing hybrid), so a bug in the encoder
// cannot hide behind the same misunderstanding in a reader. The pages' compressor is snappyjs (into the
// writer's scratch buffer), held to the same spec decoder. DuckDB reading whole files is in
// serialize-parquet.test.ts.
import fc from 'fast-check';
import snappy from 'snappyjs';
import { describe, expect, it } from 'vitest';
import { ByteWriter } from '../../../src/sinks/lake/parquet/byte-writer.js';
import { bitWidth, writeHybrid } from '../../../src/sinks/lake/parquet/rle.js';
import { acquireScratch, EncoderScratch, releaseScratch } from '../../../src/sinks/lake/parquet/scratch.js';
import { compareUtf8, utf8Bounds } from '../../../src/sinks/lake/parquet/strings.js';

// The writer's own path: snappyjs's compressor writing into a scratch buffer.
const compressing = new EncoderScratch();
const snappyCompress = (input: Uint8Array): Uint8Array => compressing.compress(input);

function readVarint(bytes: Uint8Array, at: number): [value: number, next: number] {
  let value = 0;
  let shift = 0;
  let index = at;
  for (;;) {
    const byte = bytes[index++]!;
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return [value, index];
    shift += 7;
  }
}

function snappyDecompress(input: Uint8Array): Uint8Array {
  const [length, start] = readVarint(input, 0);
  const out = new Uint8Array(length);
  let op = 0;
  let ip = start;
  while (ip < input.length) {
    const tag = input[ip++]!;
    const kind = tag & 3;
    if (kind === 0) {
      let n = tag >>> 2;
      if (n >= 60) {
        const extra = n - 59;
        n = 0;
        for (let byte = 0; byte < extra; byte++) n |= input[ip++]! << (8 * byte);
      }
      n += 1;
      out.set(input.subarray(ip, ip + n), op);
      ip += n;
      op += n;
      continue;
    }
    let n: number;
    let offset: number;
    if (kind === 1) {
      n = ((tag >>> 2) & 7) + 4;
      offset = ((tag >>> 5) << 8) | input[ip++]!;
    } else if (kind === 2) {
      n = (tag >>> 2) + 1;
      offset = input[ip]! | (input[ip + 1]! << 8);
      ip += 2;
    } else {
      n = (tag >>> 2) + 1;
      offset = input[ip]! | (input[ip + 1]! << 8) | (input[ip + 2]! << 16) | (input[ip + 3]! << 24);
      ip += 4;
    }
    if (offset === 0 || offset > op) throw new Error(`bad offset ${offset} at ${op}`);
    for (let k = 0; k < n; k++, op++) out[op] = out[op - offset]!;
  }
  if (op !== length) throw new Error(`decoded ${op} of ${length} bytes`);
  return out;
}

function decodeHybrid(bytes: Uint8Array, count: number, width: number): number[] {
  const values: number[] = [];
  let at = 0;
  while (values.length < count) {
    const [header, next] = readVarint(bytes, at);
    at = next;
    if ((header & 1) === 0) {
      let value = 0;
      for (let byte = 0; byte < (width + 7) >> 3; byte++) value |= bytes[at++]! << (8 * byte);
      for (let k = 0; k < header >>> 1; k++) values.push(value);
    } else {
      const slots = (header >>> 1) * 8;
      let bit = 0;
      for (let k = 0; k < slots; k++) {
        let value = 0;
        for (let b = 0; b < width; b++, bit++) value |= ((bytes[at + (bit >> 3)]! >> (bit & 7)) & 1) << b;
        values.push(value);
      }
      at += (slots * width) >> 3;
    }
  }
  return values.slice(0, count);
}

describe('snappy compression (snappyjs)', () => {
  const roundTrip = (input: Uint8Array) => expect(snappyDecompress(snappyCompress(input))).toEqual(input);

  it('round-trips empty, tiny, repetitive and incompressible input', () => {
    roundTrip(new Uint8Array());
    roundTrip(Uint8Array.of(1, 2, 3));
    roundTrip(new Uint8Array(200_000).fill(7));
    const text = new TextEncoder().encode(
      '백엔드 개발자 채용 https://jumpit.saramin.co.kr/position/'.repeat(5_000),
    );
    roundTrip(text);
    expect(snappyCompress(text).length).toBeLessThan(text.length / 5);
    let seed = 1;
    const noise = Uint8Array.from({ length: 150_000 }, () => {
      seed = (seed * 48271) % 2147483647;
      return seed & 0xff;
    });
    roundTrip(noise);
  });

  it('round-trips arbitrary bytes, including repeats across 64 KiB fragments', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3_000 }), fc.integer({ min: 1, max: 60 }), (chunk, times) => {
        const input = new Uint8Array(chunk.length * times);
        for (let k = 0; k < times; k++) input.set(chunk, k * chunk.length);
        roundTrip(input);
      }),
      { numRuns: 150 },
    );
  });
});

describe('writeHybrid', () => {
  it.each([
    [0, 0],
    [1, 1],
    [2, 2],
    [3, 2],
    [255, 8],
    [256, 9],
  ])('bitWidth(%i) is %i', (max, width) => expect(bitWidth(max)).toBe(width));

  it('round-trips runs, mixed stretches and padding at the end', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1, max: 20 })), {
          maxLength: 60,
        }),
        (runs) => {
          const values = runs.flatMap(([value, length]) => Array<number>(length).fill(value));
          const width = bitWidth(Math.max(0, ...values));
          const out = new ByteWriter(16);
          writeHybrid(out, values, values.length, width);
          expect(decodeHybrid(out.view(), values.length, width)).toEqual(values);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('writes a constant column as one run', () => {
    const out = new ByteWriter(16);
    writeHybrid(out, new Uint8Array(100_000).fill(1), 100_000, 1);
    expect(out.length).toBeLessThan(6);
  });
});

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('compareUtf8', () => {
  it('orders by UTF-8 bytes, not UTF-16 units', () => {
    // U+FF21 (Ａ) is one UTF-16 unit above any surrogate, but its UTF-8 bytes sort below U+1F600's.
    expect(compareUtf8('\uff21', '\u{1f600}')).toBeLessThan(0);
    expect('\uff21' < '\u{1f600}').toBe(false);
    expect(utf8Bounds(['\u{1f600}', '\uff21', '가', 'a'])).toEqual(['a', '\u{1f600}']);
    // Well-formed text only: a lone surrogate has no UTF-8 of its own (encoders write U+FFFD).
    const text = fc.string({ unit: 'binary' }).filter((s) => !LONE_SURROGATE.test(s));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const bytes = Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
        expect(Math.sign(compareUtf8(a, b))).toBe(bytes);
      }),
      { numRuns: 500 },
    );
  });
});

describe('scratch buffers', () => {
  it('are held by one writer at a time, and a finished writer hands them on', () => {
    const a = acquireScratch();
    const b = acquireScratch();
    expect(b).not.toBe(a);
    releaseScratch(a);
    releaseScratch(a);
    const c = acquireScratch();
    const d = acquireScratch();
    expect(c).toBe(a);
    // 'a' was handed on once, however often it was released.
    expect(d).not.toBe(a);
    expect(d).not.toBe(b);
    for (const scratch of [b, c, d]) releaseScratch(scratch);
  });

  it('compresses pages into their own buffer, which snappy tools decode', () => {
    const scratch = acquireScratch();
    const page = new TextEncoder().encode('서울특별시 강남구 테헤란로 152 백엔드 개발자 '.repeat(3_000));
    const compressed = scratch.compress(page);
    expect(snappyDecompress(compressed)).toEqual(page);
    expect(snappy.uncompress(new Uint8Array(compressed))).toEqual(page);
    releaseScratch(scratch);
  });
});
