// Turns Athena's all-strings result sets into typed rows. Athena sends every value as VarCharValue text and
// a NULL as a Datum without VarCharValue; the column's type comes from ResultSetMetadata.ColumnInfo.

/** The parts of an Athena ResultSet this module reads (structurally the SDK's own type). */
export interface AthenaResultSetLike {
  Rows?: { Data?: { VarCharValue?: string }[] }[];
  ResultSetMetadata?: { ColumnInfo?: { Name?: string; Label?: string; Type?: string }[] };
}

/** One result column: name and Athena type ('varchar', 'bigint', 'array', …). */
export interface AthenaColumnInfo {
  name: string;
  type: string;
}

const INTEGERS = new Set(['tinyint', 'smallint', 'integer', 'int']);
const FLOATS = new Set(['double', 'real', 'float']);

/**
 * Parses Athena's rendering of an array ('[java, spring]', no quotes) into strings. A value that is
 * already JSON (from `CAST(x AS JSON)`) is parsed as JSON — the only unambiguous form when elements hold
 * commas, so cast in SQL when that matters.
 */
function parseArray(text: string): unknown[] {
  try {
    const parsed: unknown = JSON.parse(text);
    if (Array.isArray(parsed)) return parsed;
  } catch {
    // Not JSON: Athena's own '[a, b]' rendering, handled below.
  }
  const inner = text.trim().replace(/^\[/, '').replace(/\]$/, '');
  return inner === '' ? [] : inner.split(', ');
}

/**
 * Returns the JavaScript value of one Athena cell: numbers for integer and floating types (bigint beyond
 * 2^53 as BigInt), booleans, 'YYYY-MM-DD' strings for dates, Date for timestamps (Athena timestamps carry
 * no zone; read as UTC), arrays and JSON parsed, anything else as text; `undefined` text is NULL.
 *
 * @example parseAthenaValue('bigint', '42') // 42
 * @example parseAthenaValue('array', '[java, spring]') // ['java', 'spring']
 */
export function parseAthenaValue(type: string, text: string | undefined): unknown {
  if (text === undefined) return null;
  const base = type.toLowerCase().replace(/\(.*$/, '');
  if (INTEGERS.has(base)) return Number(text);
  if (base === 'bigint') {
    const big = BigInt(text);
    return big <= BigInt(Number.MAX_SAFE_INTEGER) && big >= BigInt(Number.MIN_SAFE_INTEGER)
      ? Number(big)
      : big;
  }
  if (FLOATS.has(base)) return Number(text);
  if (base === 'decimal') return Number(text);
  if (base === 'boolean') return text === 'true';
  if (base === 'timestamp')
    return new Date(`${text.replace(' ', 'T')}${/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? '' : 'Z'}`);
  if (base === 'array') return parseArray(text);
  if (base === 'json' || base === 'map' || base === 'row') {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}

/** Returns the columns of a result set's metadata. */
export function resultColumns(resultSet: AthenaResultSetLike): AthenaColumnInfo[] {
  return (resultSet.ResultSetMetadata?.ColumnInfo ?? []).map((c, i) => ({
    name: c.Name ?? c.Label ?? `_col${i}`,
    type: c.Type ?? 'varchar',
  }));
}

/**
 * Returns the typed rows of one page. Athena repeats the column names as the first row of the first page
 * of a SELECT (DML); pass `skipHeader` for that page so it does not become data.
 *
 * @example parseResultPage({ Rows: [{ Data: [{ VarCharValue: 'n' }] }, { Data: [{ VarCharValue: '3' }] }],
 *   ResultSetMetadata: { ColumnInfo: [{ Name: 'n', Type: 'bigint' }] } }, true) // [{ n: 3 }]
 */
export function parseResultPage(
  resultSet: AthenaResultSetLike,
  skipHeader: boolean,
): Record<string, unknown>[] {
  const columns = resultColumns(resultSet);
  const rows = resultSet.Rows ?? [];
  const header = rows[0]?.Data;
  const isHeader =
    skipHeader &&
    header !== undefined &&
    header.length === columns.length &&
    header.every((d, i) => d.VarCharValue === columns[i]?.name);
  return rows.slice(isHeader ? 1 : 0).map((row) => {
    const out: Record<string, unknown> = {};
    columns.forEach((column, i) => {
      out[column.name] = parseAthenaValue(column.type, row.Data?.[i]?.VarCharValue);
    });
    return out;
  });
}
