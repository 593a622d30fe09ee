// The values of one column chunk, encoded as they arrive: into a dictionary (each distinct value
// once, then an index per value) or plainly into bytes, with the min/max statistics kept on the way.
// One pass over the rows, no intermediate arrays of values.
import { ByteWriter } from './byte-writer.js';
import { bitWidth, writeHybrid } from './rle.js';
import type { EncoderScratch } from './scratch.js';
import { compareUtf8, HIGH_UNIT } from './strings.js';

/** A dictionary that grew past its limits: the column is encoded again, plainly. */
export class DictionaryOverflow extends Error {}

/** A dictionary is dropped when it holds more than this share of the values… */
const DICTIONARY_SHARE = 1 / 3;
/** …or more than this many UTF-16 units of distinct strings. */
const DICTIONARY_MAX_CHARS = 1 << 20;

/** What a data page needs from a column chunk's encoded values. */
export interface EncodedValues {
  /** The dictionary page body (PLAIN values) and its entry count, when dictionary-encoded. */
  dictionary: { body: Uint8Array; entries: number } | undefined;
  /** Appends values [from, to) to a data page body; plain bytes [fromByte, toByte) for plain values. */
  writePage(body: ByteWriter, from: number, to: number, fromByte: number, toByte: number): void;
  min: Uint8Array | undefined;
  max: Uint8Array | undefined;
}

/** Collects one column chunk's non-null values (plain ones into the scratch's `plain` writer, emptied first). */
export interface ValueEncoder<T> {
  add(value: T): void;
  finish(): EncodedValues;
}

function dictionaryLimit(expected: number): number {
  return Math.max(16, Math.floor(expected * DICTIONARY_SHARE));
}

function writeIndexes(body: ByteWriter, indexes: Int32Array, from: number, to: number, entries: number) {
  const width = bitWidth(Math.max(0, entries - 1));
  body.byte(width);
  writeHybrid(body, indexes.subarray(from, to), to - from, width);
}

function copyPlain(plain: ByteWriter) {
  return (body: ByteWriter, _from: number, _to: number, fromByte: number, toByte: number) =>
    body.bytes(plain.view().subarray(fromByte, toByte));
}

/** Strings; `expected` is an upper bound of the values to come. */
export function stringEncoder(
  dictionary: boolean,
  expected: number,
  scratch: EncoderScratch,
): ValueEncoder<string> {
  const limit = dictionaryLimit(expected);
  const positions = new Map<string, number>();
  const keys: string[] = [];
  const plain = scratch.plain;
  const indexes = dictionary ? scratch.indexes(expected) : undefined;
  let count = 0;
  let chars = 0;
  let previous: string | undefined;
  let previousIndex = 0;
  // Bounds by UTF-8 bytes; the native comparison is exact until a unit ≥ U+D800 shows up (strings.ts).
  let min: string | undefined;
  let max: string | undefined;
  let native = true;
  const bound = (value: string) => {
    if (min === undefined || max === undefined) {
      min = value;
      max = value;
      native = !HIGH_UNIT.test(value);
      return;
    }
    if (native && HIGH_UNIT.test(value)) native = false;
    if (native ? value < min : compareUtf8(value, min) < 0) min = value;
    else if (native ? value > max : compareUtf8(value, max) > 0) max = value;
  };
  plain.reset();
  return {
    add(value) {
      if (!indexes) {
        plain.lengthPrefixedUtf8(value);
        bound(value);
        return;
      }
      // Neighbouring rows often repeat a value: the same string object skips the lookup.
      if (value !== previous) {
        let position = positions.get(value);
        if (position === undefined) {
          position = keys.length;
          chars += value.length;
          if (position >= limit || chars > DICTIONARY_MAX_CHARS) throw new DictionaryOverflow();
          positions.set(value, position);
          keys.push(value);
          bound(value);
        }
        previous = value;
        previousIndex = position;
      }
      indexes[count++] = previousIndex;
    },
    finish() {
      const bytes = (value: string | undefined) => {
        const encoded = value === undefined ? undefined : Buffer.from(value, 'utf8');
        return encoded && encoded.length <= STATS_MAX_BYTES ? encoded : undefined;
      };
      const [low, high] = [bytes(min), bytes(max)];
      const bounds = low && high ? { min: low, max: high } : { min: undefined, max: undefined };
      if (!indexes) return { dictionary: undefined, writePage: copyPlain(plain), ...bounds };
      const body = new ByteWriter(chars * 3 + keys.length * 4 + 16);
      for (const key of keys) body.lengthPrefixedUtf8(key);
      return {
        dictionary: { body: body.view(), entries: keys.length },
        writePage: (page, from, to) => writeIndexes(page, indexes, from, to, keys.length),
        ...bounds,
      };
    },
  };
}

/** min/max statistics longer than this are left out rather than truncated. */
export const STATS_MAX_BYTES = 256;

function float64Bytes(value: number): Uint8Array {
  const bytes = new Uint8Array(8);
  new DataView(bytes.buffer).setFloat64(0, value, true);
  return bytes;
}

/** Doubles; `expected` is an upper bound of the values to come. */
export function doubleEncoder(
  dictionary: boolean,
  expected: number,
  scratch: EncoderScratch,
): ValueEncoder<number> {
  const limit = dictionaryLimit(expected);
  // Map keys compare with SameValueZero: -0 gets its own key so it is not written back as 0.
  const positions = new Map<number | '-0', number>();
  const keys: number[] = [];
  const plain = scratch.plain;
  const indexes = dictionary ? scratch.indexes(expected) : undefined;
  let count = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  plain.reset();
  return {
    add(value) {
      if (value < min) min = value;
      if (value > max) max = value;
      if (!indexes) {
        plain.float64(value);
        return;
      }
      const key = value === 0 && Object.is(value, -0) ? '-0' : value;
      let position = positions.get(key);
      if (position === undefined) {
        position = keys.length;
        if (position >= limit) throw new DictionaryOverflow();
        positions.set(key, position);
        keys.push(value);
      }
      indexes[count++] = position;
    },
    finish() {
      // NaN has no order and is left out of the bounds; a zero bound is written -0 (min) or +0 (max).
      const bounds =
        min <= max
          ? { min: float64Bytes(min === 0 ? -0 : min), max: float64Bytes(max === 0 ? 0 : max) }
          : { min: undefined, max: undefined };
      if (!indexes) return { dictionary: undefined, writePage: copyPlain(plain), ...bounds };
      const body = new ByteWriter(keys.length * 8 + 16);
      for (const key of keys) body.float64(key);
      return {
        dictionary: { body: body.view(), entries: keys.length },
        writePage: (page, from, to) => writeIndexes(page, indexes, from, to, keys.length),
        ...bounds,
      };
    },
  };
}

/** Booleans, PLAIN: one bit per value, least significant first. */
export function booleanEncoder(expected: number): ValueEncoder<boolean> {
  const values = new Uint8Array(expected);
  let count = 0;
  let seenFalse = false;
  let seenTrue = false;
  return {
    add(value) {
      if (value) seenTrue = true;
      else seenFalse = true;
      values[count++] = value ? 1 : 0;
    },
    finish() {
      const any = seenTrue || seenFalse;
      return {
        dictionary: undefined,
        writePage(body, from, to) {
          for (let index = from; index < to; index += 8) {
            let byte = 0;
            for (let bit = 0; bit < 8 && index + bit < to; bit++) byte |= values[index + bit]! << bit;
            body.byte(byte);
          }
        },
        min: any ? Uint8Array.of(seenFalse ? 0 : 1) : undefined,
        max: any ? Uint8Array.of(seenTrue ? 1 : 0) : undefined,
      };
    },
  };
}
