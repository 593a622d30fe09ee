// The lake's Parquet schemas: four column kinds, written as the standard schema elements every reader
// (DuckDB, Athena/Trino, Spark) understands — UTF8/STRING byte arrays, doubles, booleans, and the
// three-level LIST of UTF8 strings — with both the legacy converted type and the logical type.
import type { ThriftWriter } from './thrift.js';

/** A Parquet column type the lake writes. */
export type ParquetColumnType = 'STRING' | 'DOUBLE' | 'BOOLEAN' | 'STRING_LIST';

/** One column of a Parquet file. */
export interface ParquetColumn {
  name: string;
  type: ParquetColumnType;
  nullable: boolean;
}

/** Parquet's physical types (thrift enum Type). */
export const PhysicalType = { BOOLEAN: 0, DOUBLE: 5, BYTE_ARRAY: 6 } as const;
const Repetition = { REQUIRED: 0, OPTIONAL: 1, REPEATED: 2 } as const;
const ConvertedType = { UTF8: 0, LIST: 3 } as const;
// LogicalType is a thrift union: field 1 is StringType, field 3 ListType (both empty structs).
const LOGICAL_STRING = 1;
const LOGICAL_LIST = 3;

/** The physical type of a column's leaf. */
export function physicalType(column: ParquetColumn): number {
  if (column.type === 'DOUBLE') return PhysicalType.DOUBLE;
  if (column.type === 'BOOLEAN') return PhysicalType.BOOLEAN;
  return PhysicalType.BYTE_ARRAY;
}

/** The path of a column's leaf in the schema ('stacks' → ['stacks', 'list', 'element']). */
export function leafPath(column: ParquetColumn): string[] {
  return column.type === 'STRING_LIST' ? [column.name, 'list', 'element'] : [column.name];
}

/** How many schema elements a column takes. */
export function schemaElementCount(column: ParquetColumn): number {
  return column.type === 'STRING_LIST' ? 3 : 1;
}

/** Writes the column's schema elements, each as the fields of one SchemaElement struct. */
export function writeSchemaElement(thrift: ThriftWriter, column: ParquetColumn, part: number): void {
  const repetition = column.nullable ? Repetition.OPTIONAL : Repetition.REQUIRED;
  const empty = () => {};
  if (column.type !== 'STRING_LIST') {
    thrift.i32(1, physicalType(column)).i32(3, repetition).binary(4, column.name);
    if (column.type === 'STRING') {
      thrift.i32(6, ConvertedType.UTF8).struct(10, (t) => t.struct(LOGICAL_STRING, empty));
    }
    return;
  }
  if (part === 0) {
    thrift
      .i32(3, repetition)
      .binary(4, column.name)
      .i32(5, 1)
      .i32(6, ConvertedType.LIST)
      .struct(10, (t) => t.struct(LOGICAL_LIST, empty));
  } else if (part === 1) {
    thrift.i32(3, Repetition.REPEATED).binary(4, 'list').i32(5, 1);
  } else {
    thrift
      .i32(1, PhysicalType.BYTE_ARRAY)
      .i32(3, Repetition.REQUIRED)
      .binary(4, 'element')
      .i32(6, ConvertedType.UTF8)
      .struct(10, (t) => t.struct(LOGICAL_STRING, empty));
  }
}
