// Parquet for the lake's flat datasets. Column types come from the zod row schemas, so every part of a
// dataset has the same schema whatever its rows hold (a part where every salary is null still says
// DOUBLE). Raw postings are nested and schema-less: the lake keeps them as JSONL only.
//
// The bytes come from our own encoder (./parquet/), not a general-purpose writer: the lake has four
// column kinds, and an encoder built for exactly those writes 100,000 postings and their feature rows
// several times faster than hyparquet-writer 0.17 did (which encoded every string into its own array
// before deciding anything, and computed statistics value by value). DuckDB reads every file back in
// the tests; bench/parquet.ts compares the speed with DuckDB's own COPY.
import type { z } from 'zod';
import { FeatureRow, PostingRow } from '../../model/rows.js';
import type { Dataset } from '../types.js';
import { writeParquet } from './parquet/file-writer.js';
import type { ParquetColumn, ParquetColumnType } from './parquet/schema.js';

export type { ParquetColumn, ParquetColumnType } from './parquet/schema.js';

/** Options of {@link serializeParquet}. */
export interface SerializeParquetOptions {
  /** The columns, in order; rows' other keys are dropped. */
  columns: readonly ParquetColumn[];
  /**
   * Rows per row group.
   * @default 100_000
   */
  rowGroupSize?: number;
}

interface ZodDef {
  type: string;
  innerType?: { _zod: { def: ZodDef } };
  element?: { _zod: { def: ZodDef } };
}

/**
 * Returns the Parquet columns of a flat zod object schema: strings and enums → STRING, numbers →
 * DOUBLE, booleans → BOOLEAN, arrays of strings → STRING_LIST; `.nullable()` → nullable.
 *
 * @example parquetColumnsFromZod(PostingRow)[0] // { name: 'id', type: 'STRING', nullable: false }
 * @throws {TypeError} for a field of another type
 */
export function parquetColumnsFromZod(schema: z.ZodObject): ParquetColumn[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    let def = (field as unknown as { _zod: { def: ZodDef } })._zod.def;
    let nullable = false;
    while ((def.type === 'nullable' || def.type === 'optional') && def.innerType) {
      nullable = true;
      def = def.innerType._zod.def;
    }
    const type = columnType(def);
    if (!type) throw new TypeError(`column ${name}: zod type ${def.type} has no Parquet mapping`);
    return { name, type, nullable };
  });
}

function columnType(def: ZodDef): ParquetColumnType | null {
  if (def.type === 'string' || def.type === 'enum') return 'STRING';
  if (def.type === 'number') return 'DOUBLE';
  if (def.type === 'boolean') return 'BOOLEAN';
  if (def.type === 'array' && def.element && columnType(def.element._zod.def) === 'STRING') {
    return 'STRING_LIST';
  }
  return null;
}

const COLUMNS: Partial<Record<Dataset, ParquetColumn[]>> = {
  postings: parquetColumnsFromZod(PostingRow),
  features: parquetColumnsFromZod(FeatureRow),
};

/**
 * Returns the Parquet columns of a dataset, or null for 'raw' (kept as JSONL only).
 *
 * @example parquetColumnsFor('features')?.map((c) => c.name) // ['row_id', 'posting_id', …]
 */
export function parquetColumnsFor(dataset: Dataset): readonly ParquetColumn[] | null {
  return COLUMNS[dataset] ?? null;
}

/**
 * Returns rows as one Parquet file (snappy, dictionary-encoded where values repeat, min/max and null
 * counts per column chunk). A missing value in a nullable column is written as null.
 *
 * @example serializeParquet(rows, { columns: parquetColumnsFor('postings')! })
 * @throws {TypeError} when a required column is missing or null in a row, or a value has the wrong type
 */
export function serializeParquet(
  rows: readonly Record<string, unknown>[],
  options: SerializeParquetOptions,
): Uint8Array {
  return writeParquet(rows, { columns: options.columns, rowGroupSize: options.rowGroupSize ?? 100_000 });
}
