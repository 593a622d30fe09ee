// One column of one row group: values pulled from the rows and encoded in the same pass (see
// value-encoders.ts), definition levels for nulls and repetition levels for lists, then a dictionary
// page when the column repeats itself and data pages (v1, snappy) cut at row boundaries past 1 MiB.
// Pages are compressed by snappyjs (see EncoderScratch.compress), which beat the encoder's own
// compressor on these very pages (`npm run bench snappy`). Compressing a page is one synchronous call,
// so snappyjs's shared hash tables are never used by two writers at once.
import type { ByteWriter } from './byte-writer.js';
import { bitWidth, writeHybrid } from './rle.js';
import { leafPath, type ParquetColumn, physicalType } from './schema.js';
import type { EncoderScratch } from './scratch.js';
import { ThriftWriter } from './thrift.js';
import {
  booleanEncoder,
  DictionaryOverflow,
  doubleEncoder,
  stringEncoder,
  type ValueEncoder,
} from './value-encoders.js';

const Encoding = { PLAIN: 0, RLE: 3, RLE_DICTIONARY: 8 } as const;
const PageType = { DATA_PAGE: 0, DICTIONARY_PAGE: 2 } as const;

/** Plain pages are cut (at a row boundary) once their values pass this many bytes. */
const PAGE_BYTES = 1 << 20;
/** Rows sampled to decide, before encoding anything, whether a column repeats enough for a dictionary. */
const DICTIONARY_SAMPLE = 512;

/** What the footer says about a written column chunk. */
export interface ColumnChunkMeta {
  type: number;
  encodings: number[];
  path: string[];
  /** Level entries (rows, plus list elements beyond the first). */
  numValues: number;
  uncompressedSize: number;
  compressedSize: number;
  /** Where the chunk starts (its dictionary page, or its first data page). */
  offset: number;
  dataPageOffset: number;
  dictionaryPageOffset: number | undefined;
  statistics: { nullCount: number; min?: Uint8Array; max?: Uint8Array } | undefined;
}

/** Where a data page ends: a level index, a value index and a plain byte offset. */
interface PageEnd {
  level: number;
  value: number;
  byte: number;
}

/** A column chunk's levels and encoded values, before pages are written. */
interface Encoded {
  defs: Uint8Array | undefined;
  reps: Uint8Array | undefined;
  maxDef: number;
  nulls: number;
  pages: PageEnd[];
  encoder: ValueEncoder<never>;
}

type Rows = readonly Record<string, unknown>[];

/**
 * Writes rows[start, end) of one column as a column chunk and returns its metadata. Levels, values and
 * page bodies are built in `scratch`, the file writer's own buffers.
 *
 * @throws {TypeError} when a required value is missing or a value has the wrong type
 */
export function writeColumnChunk(
  out: ByteWriter,
  scratch: EncoderScratch,
  column: ParquetColumn,
  rows: Rows,
  start: number,
  end: number,
): ColumnChunkMeta {
  const body = scratch.page;
  let encoded: Encoded;
  try {
    encoded = encodeColumn(column, rows, start, end, repeats(column, rows, start, end), scratch);
  } catch (error) {
    if (!(error instanceof DictionaryOverflow)) throw error;
    encoded = encodeColumn(column, rows, start, end, false, scratch);
  }
  const values = encoded.encoder.finish();
  const offset = out.length;
  let uncompressedSize = 0;
  let compressedSize = 0;
  const add = (sizes: { uncompressed: number; compressed: number }) => {
    uncompressedSize += sizes.uncompressed;
    compressedSize += sizes.compressed;
  };
  let dictionaryPageOffset: number | undefined;
  if (values.dictionary) {
    dictionaryPageOffset = out.length;
    add(
      writePage(
        out,
        scratch,
        PageType.DICTIONARY_PAGE,
        values.dictionary.body,
        values.dictionary.entries,
        Encoding.PLAIN,
      ),
    );
  }
  const encoding = values.dictionary ? Encoding.RLE_DICTIONARY : Encoding.PLAIN;
  const dataPageOffset = out.length;
  let from: PageEnd = { level: 0, value: 0, byte: 0 };
  for (const to of encoded.pages) {
    body.reset();
    if (encoded.reps) writeLevels(body, encoded.reps.subarray(from.level, to.level), 1);
    if (encoded.defs)
      writeLevels(body, encoded.defs.subarray(from.level, to.level), bitWidth(encoded.maxDef));
    values.writePage(body, from.value, to.value, from.byte, to.byte);
    add(writePage(out, scratch, PageType.DATA_PAGE, body.view(), to.level - from.level, encoding));
    from = to;
  }
  const statistics =
    column.type === 'STRING_LIST'
      ? undefined // null counts and bounds of nested leaves mean little to readers' pruning
      : values.min && values.max
        ? { nullCount: encoded.nulls, min: values.min, max: values.max }
        : { nullCount: encoded.nulls };
  return {
    type: physicalType(column),
    encodings: values.dictionary
      ? [Encoding.RLE, Encoding.PLAIN, Encoding.RLE_DICTIONARY]
      : [Encoding.RLE, Encoding.PLAIN],
    path: leafPath(column),
    numValues: from.level,
    uncompressedSize,
    compressedSize,
    offset,
    dataPageOffset,
    dictionaryPageOffset,
    statistics,
  };
}

const EXPECTED: Record<ParquetColumn['type'], string> = {
  STRING: 'a string',
  DOUBLE: 'a number',
  BOOLEAN: 'a boolean',
  STRING_LIST: 'a list of strings',
};

function required(column: ParquetColumn, row: number): never {
  throw new TypeError(`row ${row}: column ${column.name} is required`);
}

function wrongType(column: ParquetColumn, row: number): never {
  throw new TypeError(`row ${row}: column ${column.name} expects ${EXPECTED[column.type]}`);
}

/** Whether a sample of the column's values is mostly repeats (booleans are never dictionary-encoded). */
function repeats(column: ParquetColumn, rows: Rows, start: number, end: number): boolean {
  if (column.type === 'BOOLEAN') return false;
  const count = end - start;
  const sample = Math.min(count, DICTIONARY_SAMPLE);
  const seen = new Set<unknown>();
  let values = 0;
  for (let index = 0; index < sample; index++) {
    const value = rows[start + Math.floor((index * count) / sample)]![column.name];
    if (value === null || value === undefined) continue;
    if (Array.isArray(value)) {
      for (const item of value) seen.add(item);
      values += value.length;
    } else {
      seen.add(value);
      values++;
    }
  }
  return values > 0 && seen.size <= values / 2;
}

/** The column's encoder; plain values (if any) go to `scratch.plain`, which starts empty. */
function encoderFor(column: ParquetColumn, dictionary: boolean, expected: number, scratch: EncoderScratch) {
  scratch.plain.reset();
  if (column.type === 'DOUBLE') return doubleEncoder(dictionary, expected, scratch);
  if (column.type === 'BOOLEAN') return booleanEncoder(expected);
  return stringEncoder(dictionary, expected, scratch);
}

const TYPEOF: Record<ParquetColumn['type'], string> = {
  STRING: 'string',
  DOUBLE: 'number',
  BOOLEAN: 'boolean',
  STRING_LIST: 'string',
};

function encodeColumn(
  column: ParquetColumn,
  rows: Rows,
  start: number,
  end: number,
  dictionary: boolean,
  scratch: EncoderScratch,
): Encoded {
  return column.type === 'STRING_LIST'
    ? encodeList(column, rows, start, end, dictionary, scratch)
    : encodeFlat(column, rows, start, end, dictionary, scratch);
}

function encodeFlat(
  column: ParquetColumn,
  rows: Rows,
  start: number,
  end: number,
  dictionary: boolean,
  scratch: EncoderScratch,
): Encoded {
  const count = end - start;
  const name = column.name;
  const type = TYPEOF[column.type];
  const plain = scratch.plain;
  const encoder = encoderFor(column, dictionary, count, scratch) as ValueEncoder<unknown>;
  const defs = column.nullable ? scratch.levels(count)[0] : undefined;
  const pages: PageEnd[] = [];
  let nulls = 0;
  let values = 0;
  let pageEnd = PAGE_BYTES;
  for (let index = 0; index < count; index++) {
    if (plain.length >= pageEnd) {
      pages.push({ level: index, value: values, byte: plain.length });
      pageEnd = plain.length + PAGE_BYTES;
    }
    const value = rows[start + index]![name];
    if (value === null || value === undefined) {
      if (!defs) required(column, start + index);
      nulls++;
      continue;
    }
    if (typeof value !== type) wrongType(column, start + index);
    if (defs) defs[index] = 1;
    encoder.add(value);
    values++;
  }
  pages.push({ level: count, value: values, byte: plain.length });
  return { defs, reps: undefined, maxDef: 1, nulls, pages, encoder: encoder as ValueEncoder<never> };
}

function encodeList(
  column: ParquetColumn,
  rows: Rows,
  start: number,
  end: number,
  dictionary: boolean,
  scratch: EncoderScratch,
): Encoded {
  // Levels: a null list 0, an empty list maxDef - 1, an element maxDef; repetition 1 inside a list.
  const maxDef = column.nullable ? 2 : 1;
  const name = column.name;
  let levels = 0;
  for (let row = start; row < end; row++) {
    const list = rows[row]![name];
    levels += Array.isArray(list) && list.length > 1 ? list.length : 1;
  }
  const [defs, reps] = scratch.levels(levels);
  const plain = scratch.plain;
  const encoder = stringEncoder(dictionary, levels, scratch);
  const pages: PageEnd[] = [];
  let level = 0;
  let values = 0;
  let nulls = 0;
  let pageEnd = PAGE_BYTES;
  for (let row = start; row < end; row++) {
    if (plain.length >= pageEnd) {
      pages.push({ level, value: values, byte: plain.length });
      pageEnd = plain.length + PAGE_BYTES;
    }
    const list: unknown = rows[row]![name];
    if (list === null || list === undefined) {
      if (!column.nullable) required(column, row);
      nulls++;
      level++; // def 0, rep 0
      continue;
    }
    if (!Array.isArray(list)) wrongType(column, row);
    if (list.length === 0) defs[level++] = maxDef - 1;
    for (let index = 0; index < list.length; index++) {
      const value: unknown = list[index];
      if (typeof value !== 'string') wrongType(column, row);
      defs[level] = maxDef;
      reps[level] = index === 0 ? 0 : 1;
      level++;
      encoder.add(value);
      values++;
    }
  }
  pages.push({ level, value: values, byte: plain.length });
  return { defs, reps, maxDef, nulls, pages, encoder: encoder as ValueEncoder<never> };
}

/** A page's levels: a 4-byte length, then the hybrid encoding (data page v1). */
function writeLevels(body: ByteWriter, levels: Uint8Array, width: number): void {
  const at = body.length;
  body.uint32(0);
  writeHybrid(body, levels, levels.length, width);
  body.patchUint32(at, body.length - at - 4);
}

/** Writes a page header and its snappy-compressed body; returns the sizes the footer adds up. */
function writePage(
  out: ByteWriter,
  scratch: EncoderScratch,
  type: number,
  content: Uint8Array,
  numValues: number,
  encoding: number,
): { uncompressed: number; compressed: number } {
  const compressed = scratch.compress(content);
  const headerStart = out.length;
  const thrift = new ThriftWriter(out).i32(1, type).i32(2, content.length).i32(3, compressed.length);
  if (type === PageType.DICTIONARY_PAGE) thrift.struct(7, (t) => t.i32(1, numValues).i32(2, encoding));
  else {
    thrift.struct(5, (t) => t.i32(1, numValues).i32(2, encoding).i32(3, Encoding.RLE).i32(4, Encoding.RLE));
  }
  thrift.end();
  const header = out.length - headerStart;
  out.bytes(compressed);
  return { uncompressed: header + content.length, compressed: header + compressed.length };
}
