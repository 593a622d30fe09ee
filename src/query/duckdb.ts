// DuckDB is an optional peer: loaded on first use, injectable, and its values turned into plain JSON-ish
// JS (numbers, strings, arrays, objects) so callers never see bigint or DuckDB value classes.
import { CapabilityError } from '../model/errors/capability-error.js';

/**
 * The part of `@duckdb/node-api` ohmystack uses, written out so the published types never name the
 * optional peer: a project without DuckDB still compiles them, and the installed module fits as is.
 */
export interface DuckDBModule {
  DuckDBInstance: { create(path: string, options?: Record<string, string>): Promise<DuckDBInstanceLike> };
}

/** An open DuckDB database (`DuckDBInstance`). */
export interface DuckDBInstanceLike {
  connect(): Promise<DuckDBConnectionLike>;
  closeSync(): void;
}

/** A connection to it (`DuckDBConnection`); `values` bind `$1`… or named parameters. */
export interface DuckDBConnectionLike {
  run(sql: string, values?: never): Promise<unknown>;
  runAndReadAll(sql: string, values?: never): Promise<DuckDBReaderLike>;
  closeSync(): void;
}

/** A fully read result (`DuckDBResultReader`). */
export interface DuckDBReaderLike {
  columnNames(): string[];
  columnTypes(): { toString(): string }[];
  getRowObjectsJS(): Record<string, unknown>[];
}

/** Returns `lib` or the installed `@duckdb/node-api`, or throws a clear error when it is not installed. */
export async function loadDuckDB(sink: string, lib?: DuckDBModule): Promise<DuckDBModule> {
  if (lib) return lib;
  try {
    return (await import('@duckdb/node-api')) as unknown as DuckDBModule;
  } catch (cause) {
    throw new CapabilityError({
      sink,
      capability: 'DuckDB (@duckdb/node-api)',
      hint: 'install the optional peer: npm install @duckdb/node-api',
      cause,
    });
  }
}

/** Returns a DuckDB JS value as plain data: safe BIGINTs as numbers, dates as ISO strings, lists as arrays. */
export function toPlainValue(value: unknown): unknown {
  if (typeof value === 'bigint') {
    return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
      ? Number(value)
      : value.toString();
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (Array.isArray(value)) return value.map(toPlainValue);
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    return Object.fromEntries(entries.map(([key, inner]) => [key, toPlainValue(inner)]));
  }
  return value;
}

/** Returns a SQL string literal. */
export function sqlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
