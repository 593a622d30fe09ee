// CSV per RFC 4180 (CRLF line ends, quotes only where needed, inner quotes doubled), plus two things
// spreadsheets need: an optional UTF-8 BOM so Excel reads Korean text, and a guard against formula
// injection (OWASP "CSV injection"): a text cell starting with = + - @ tab or CR would run as a formula
// when opened, so it gets a leading apostrophe. Numbers are never guarded: -3 stays a number.

/** Options of {@link serializeCsv}. */
export interface SerializeCsvOptions {
  /**
   * Column order; default: the union of the rows' keys in first-seen order.
   */
  columns?: readonly string[];
  /**
   * Start with a UTF-8 byte order mark, for Excel.
   * @default false
   */
  bom?: boolean;
  /**
   * Prefix text cells starting with = + - @ tab or CR with `'`. Disable for machine consumers that need
   * the exact text.
   * @default true
   */
  guardFormulas?: boolean;
  /**
   * Write the header row.
   * @default true
   */
  header?: boolean;
}

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;
const BOM = '\uFEFF';
const encoder = new TextEncoder();

/**
 * Returns the union of the rows' keys in first-seen order.
 *
 * @example csvColumns([{ a: 1 }, { b: 2, a: 3 }]) // ['a', 'b']
 */
export function csvColumns(rows: readonly Record<string, unknown>[]): string[] {
  const seen = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) seen.add(key);
  return [...seen];
}

/**
 * Returns one CSV field: arrays and objects as JSON text, null as empty, quoted when needed.
 *
 * @example csvCell('=SUM(A1)', true) // "'=SUM(A1)"
 * @example csvCell(['java', 'spring'], true) // '"[""java"",""spring""]"'
 */
export function csvCell(value: unknown, guardFormulas = true): string {
  let text: string;
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') {
    text = guardFormulas && FORMULA_START.test(value) ? `'${value}` : value;
  } else if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    text = String(value);
  } else if (value instanceof Date) {
    text = value.toISOString();
  } else {
    text = JSON.stringify(value);
  }
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Returns rows as CSV text (RFC 4180, CRLF), header first.
 *
 * @example serializeCsvText([{ title: '백엔드, 서버' }]) // 'title\r\n"백엔드, 서버"\r\n'
 */
export function serializeCsvText(
  rows: readonly Record<string, unknown>[],
  options: SerializeCsvOptions = {},
): string {
  const columns = options.columns ?? csvColumns(rows);
  const guard = options.guardFormulas ?? true;
  const lines: string[] = [];
  // Header names are data too (a column named '=x' would run as well).
  if ((options.header ?? true) && columns.length > 0)
    lines.push(columns.map((column) => csvCell(column, guard)).join(','));
  for (const row of rows) lines.push(columns.map((column) => csvCell(row[column], guard)).join(','));
  const body = lines.length > 0 ? `${lines.join('\r\n')}\r\n` : '';
  return options.bom ? `${BOM}${body}` : body;
}

/**
 * Returns rows as UTF-8 CSV bytes; see {@link serializeCsvText}.
 *
 * @example serializeCsv(rows, { bom: true }) // starts with EF BB BF
 */
export function serializeCsv(
  rows: readonly Record<string, unknown>[],
  options: SerializeCsvOptions = {},
): Uint8Array {
  return encoder.encode(serializeCsvText(rows, options));
}
