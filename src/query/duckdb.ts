// DuckDB is an optional peer: loaded on first use, injectable, and its values turned into plain JSON-ish
// JS (numbers, strings, arrays, objects) so callers never see bigint or DuckDB value classes.
import { CapabilityError } from '../model/errors/capability-error.js';

/** The part of `@duckdb/node-api` ohmystack uses. */
export type DuckDBModule = typeof import('@duckdb/node-api');

/** Returns `lib` or the installed `@duckdb/node-api`, or throws a clear error when it is not installed. */
export async function loadDuckDB(sink: string, lib?: DuckDBModule): Promise<DuckDBModule> {
  if (lib) return lib;
  try {
    return await import('@duckdb/node-api');
  } catch (cause) {
    const error = new CapabilityError(
      sink,
      'DuckDB (@duckdb/node-api)',
      'install the optional peer: npm install @duckdb/node-api',
    );
    (error as { cause?: unknown }).cause = cause;
    throw error;
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
