// A whole Parquet file: magic, row groups of column chunks, the Thrift footer, its length, magic
// (https://parquet.apache.org/docs/file-format/). Data pages are v1 and every column is snappy, the
// format every Parquet reader has supported longest.
import { ByteWriter } from './byte-writer.js';
import { type ColumnChunkMeta, writeColumnChunk } from './column-chunk.js';
import { type ParquetColumn, schemaElementCount, writeSchemaElement } from './schema.js';
import { acquireScratch, type EncoderScratch, releaseScratch } from './scratch.js';
import { ThriftWriter } from './thrift.js';

const MAGIC = 0x31524150; // 'PAR1' read as a little-endian uint32
const SNAPPY = 1;
const FORMAT_VERSION = 1;
const CREATED_BY = 'ohmystack';

/** Options of {@link writeParquet}. */
export interface WriteParquetOptions {
  /** The columns, in order; rows' other keys are ignored. */
  columns: readonly ParquetColumn[];
  /** Rows per row group. */
  rowGroupSize: number;
}

interface RowGroup {
  rows: number;
  offset: number;
  chunks: ColumnChunkMeta[];
}

/**
 * One Parquet file, written a row group at a time. Each writer has its own output buffer and holds its
 * own scratch buffers until {@link finish}, so writers may be interleaved freely (two sinks writing at
 * once, two runs in one process).
 *
 * @example
 * const writer = new ParquetFileWriter([{ name: 'company', type: 'STRING', nullable: false }]);
 * writer.writeRowGroup([{ company: '카카오' }, { company: '네이버' }]);
 * const bytes = writer.finish(); // 'PAR1' … 'PAR1'
 */
export class ParquetFileWriter {
  readonly #columns: readonly ParquetColumn[];
  readonly #out: ByteWriter;
  readonly #scratch: EncoderScratch = acquireScratch();
  readonly #groups: RowGroup[] = [];
  #rows = 0;
  #finished = false;

  /**
   * @param columns the columns, in order; rows' other keys are ignored
   * @param capacity the output buffer's first size in bytes (it grows as needed)
   */
  constructor(columns: readonly ParquetColumn[], capacity = 1 << 16) {
    this.#columns = columns;
    this.#out = new ByteWriter(capacity);
    this.#out.uint32(MAGIC);
  }

  /**
   * Appends rows[start, end) as one row group.
   *
   * @throws {TypeError} when a required value is missing or a value has the wrong type
   * @throws {Error} after {@link finish}
   */
  writeRowGroup(rows: readonly Record<string, unknown>[], start = 0, end = rows.length): void {
    if (this.#finished) throw new Error('ParquetFileWriter: the file is already finished');
    const offset = this.#out.length;
    const chunks = this.#columns.map((column) =>
      writeColumnChunk(this.#out, this.#scratch, column, rows, start, end),
    );
    this.#groups.push({ rows: end - start, offset, chunks });
    this.#rows += end - start;
  }

  /**
   * Returns the whole file's bytes (a copy): the row groups so far, the footer, its length, magic.
   * The writer's scratch buffers go to the next writer.
   */
  finish(): Uint8Array {
    if (!this.#finished) {
      this.#finished = true;
      const footerStart = this.#out.length;
      writeFooter(this.#out, this.#columns, this.#groups, this.#rows);
      this.#out.uint32(this.#out.length - footerStart);
      this.#out.uint32(MAGIC);
      releaseScratch(this.#scratch);
    }
    return new Uint8Array(this.#out.view());
  }
}

/**
 * Returns rows as the bytes of one Parquet file.
 *
 * @throws {TypeError} when a required value is missing or a value has the wrong type
 */
export function writeParquet(
  rows: readonly Record<string, unknown>[],
  options: WriteParquetOptions,
): Uint8Array {
  // About what the lake's rows compress to (10–25 bytes each), so the buffer rarely regrows.
  const writer = new ParquetFileWriter(options.columns, Math.max(1 << 16, rows.length * 32));
  const size = Math.max(1, Math.floor(options.rowGroupSize));
  for (let start = 0; start < rows.length; start += size) {
    writer.writeRowGroup(rows, start, Math.min(rows.length, start + size));
  }
  return writer.finish();
}

function writeFooter(
  out: ByteWriter,
  columns: readonly ParquetColumn[],
  groups: readonly RowGroup[],
  rowCount: number,
): void {
  const elements: [ParquetColumn, number][] = [];
  for (const column of columns) {
    for (let part = 0; part < schemaElementCount(column); part++) elements.push([column, part]);
  }
  const thrift = new ThriftWriter(out).i32(1, FORMAT_VERSION);
  thrift.list(2, 'struct', [undefined, ...elements], (t, element) => {
    if (element) writeSchemaElement(t, element[0], element[1]);
    else t.binary(4, 'root').i32(5, columns.length);
  });
  thrift.i64(3, rowCount);
  thrift.list(4, 'struct', groups, (t, group) => {
    t.list(1, 'struct', group.chunks, (c, chunk) => {
      c.i64(2, chunk.offset).struct(3, (m) => writeColumnMeta(m, chunk));
    });
    t.i64(
      2,
      group.chunks.reduce((sum, chunk) => sum + chunk.uncompressedSize, 0),
    );
    t.i64(3, group.rows);
    t.i64(5, group.offset);
    t.i64(
      6,
      group.chunks.reduce((sum, chunk) => sum + chunk.compressedSize, 0),
    );
  });
  thrift.binary(6, CREATED_BY);
  // TYPE_ORDER for every leaf: without column orders, readers may ignore string min/max statistics.
  thrift.list(7, 'struct', columns, (t) => t.struct(1, () => {}));
  thrift.end();
}

function writeColumnMeta(thrift: ThriftWriter, chunk: ColumnChunkMeta): void {
  thrift
    .i32(1, chunk.type)
    .list(2, 'i32', chunk.encodings, (t, encoding) => t.itemI32(encoding))
    .list(3, 'binary', chunk.path, (t, part) => t.itemBinary(part))
    .i32(4, SNAPPY)
    .i64(5, chunk.numValues)
    .i64(6, chunk.uncompressedSize)
    .i64(7, chunk.compressedSize)
    .i64(9, chunk.dataPageOffset);
  if (chunk.dictionaryPageOffset !== undefined) thrift.i64(11, chunk.dictionaryPageOffset);
  const stats = chunk.statistics;
  if (stats) {
    thrift.struct(12, (t) => {
      t.i64(3, stats.nullCount);
      if (stats.max && stats.min) t.binary(5, stats.max).binary(6, stats.min);
    });
  }
}
