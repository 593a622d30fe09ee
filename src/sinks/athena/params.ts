// Athena's ExecutionParameters are SQL literal texts substituted for the `?` placeholders in order (AWS
// docs, "Use parameterized queries"): a string must arrive already single-quoted, a number bare.

/** A value {@link toExecutionParameter} can render. */
export type AthenaParam = string | number | bigint | boolean | Date | null;

/**
 * Returns the literal text Athena expects for one parameter: strings quoted with '' escaping, numbers
 * bare, booleans, NULL, dates as `TIMESTAMP '…'` (UTC).
 *
 * @example toExecutionParameter("O'Reilly") // "'O''Reilly'"
 * @throws TypeError for values with no SQL literal (objects, undefined, NaN).
 */
export function toExecutionParameter(value: unknown): string {
  if (value === null) return 'NULL';
  if (typeof value === 'string') return `'${value.replaceAll("'", "''")}'`;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`cannot pass ${value} as an Athena parameter`);
    return String(value);
  }
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return `TIMESTAMP '${value.toISOString().replace('T', ' ').replace('Z', '')}'`;
  throw new TypeError(`cannot pass a ${typeof value} as an Athena parameter`);
}
