// Parquet through hyparquet-writer (pure JS, snappy). Column types come from the zod row schemas, so
// every part of a dataset has the same schema whatever its rows hold (a part where every salary is null
// still says DOUBLE). Raw postings are nested and schema-less: the lake keeps them as JSONL only.
import { parquetWriteBuffer } from 'hyparquet-writer';
import type { z } from 'zod';
import { FeatureRow, PostingRow } from '../../model/rows.js';
import type { Dataset } from '../types.js';

/** A Parquet column type the lake writes. */
export type ParquetColumnType = 'STRING' | 'DOUBLE' | 'BOOLEAN' | 'STRING_LIST';

/** One column of a Parquet file. */
export interface ParquetColumn {
  name: string;
  type: ParquetColumnType;
  nullable: boolean;
}

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

type SchemaElement = NonNullable<Parameters<typeof parquetWriteBuffer>[0]['schema']>[number];

function schemaElements(column: ParquetColumn): SchemaElement[] {
  const repetition_type = column.nullable ? 'OPTIONAL' : 'REQUIRED';
  switch (column.type) {
    case 'STRING':
      return [{ name: column.name, type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type }];
    case 'DOUBLE':
      return [{ name: column.name, type: 'DOUBLE', repetition_type }];
    case 'BOOLEAN':
      return [{ name: column.name, type: 'BOOLEAN', repetition_type }];
    case 'STRING_LIST':
      // The standard 3-level LIST, which DuckDB, Athena and Spark all read as array<string>.
      return [
        { name: column.name, repetition_type, converted_type: 'LIST', num_children: 1 },
        { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
        { name: 'element', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'REQUIRED' },
      ];
  }
}

/**
 * Returns rows as one Parquet file (snappy). A missing value in a nullable column is written as null.
 *
 * @example serializeParquet(rows, { columns: parquetColumnsFor('postings')! })
 * @throws {TypeError} when a required column is missing or null in a row
 */
export function serializeParquet(
  rows: readonly Record<string, unknown>[],
  options: SerializeParquetOptions,
): Uint8Array {
  const schema: SchemaElement[] = [{ name: 'root', num_children: options.columns.length }];
  const columnData = options.columns.map((column) => {
    schema.push(...schemaElements(column));
    const data = new Array<unknown>(rows.length);
    for (let index = 0; index < rows.length; index++) {
      const value = rows[index]![column.name];
      if (value === undefined || value === null) {
        if (!column.nullable) throw new TypeError(`row ${index}: column ${column.name} is required`);
        data[index] = null;
      } else {
        data[index] = value;
      }
    }
    return { name: column.name, data };
  });
  const buffer = parquetWriteBuffer({
    columnData: columnData as Parameters<typeof parquetWriteBuffer>[0]['columnData'],
    schema,
    rowGroupSize: options.rowGroupSize ?? 100_000,
  });
  return new Uint8Array(buffer);
}
