// Small aligned text tables for the terminal: numbers right-aligned, Korean text measured in columns.
import { fitWidth, padWidth, textWidth } from './text-width.js';

/** Options of {@link formatTable}. */
export interface FormatTableOptions {
  /** The columns, in order. @default the keys of the first row */
  columns?: readonly string[];
  /** The widest a cell may be, in columns; longer text ends in '…'. @default 40 */
  maxWidth?: number;
  /** Put before every line (indentation). @default '' */
  indent?: string;
  /** Write whole numbers with thousands separators (1,820); off for SQL results, where 2026 is a year. @default true */
  groupDigits?: boolean;
}

/**
 * Returns rows as an aligned table with a header line and a rule; numbers are right-aligned and written
 * with thousands separators. Nested values are shown as JSON.
 *
 * @example
 * formatTable([{ region: '서울특별시', postings: 1820 }, { region: '경기도', postings: 912 }])
 * // region      postings
 * // ──────────  ────────
 * // 서울특별시     1,820
 * // 경기도           912
 */
export function formatTable(
  rows: readonly Record<string, unknown>[],
  options: FormatTableOptions = {},
): string {
  const columns = options.columns ?? Object.keys(rows[0] ?? {});
  const indent = options.indent ?? '';
  if (columns.length === 0) return `${indent}(no rows)`;
  const maxWidth = options.maxWidth ?? 40;
  const numeric = columns.map(
    (column) =>
      rows.length > 0 && rows.every((row) => row[column] == null || typeof row[column] === 'number'),
  );
  const group = options.groupDigits ?? true;
  const body = rows.map((row) => columns.map((column) => fitWidth(cellText(row[column], group), maxWidth)));
  const widths = columns.map((column, i) =>
    Math.max(textWidth(column), ...body.map((cells) => textWidth(cells[i] ?? ''))),
  );
  const line = (cells: readonly string[]) =>
    indent +
    cells
      .map((cell, i) => padWidth(cell, widths[i]!, numeric[i] ? 'right' : 'left'))
      .join('  ')
      .trimEnd();
  const out = [line(columns), line(widths.map((width) => '─'.repeat(width))), ...body.map(line)];
  if (rows.length === 0) out.push(`${indent}(no rows)`);
  return out.join('\n');
}

function cellText(value: unknown, groupDigits: boolean): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number')
    return groupDigits && Number.isInteger(value) ? value.toLocaleString('en-US') : String(value);
  if (typeof value === 'string') return value.replace(/\s+/g, ' ');
  return JSON.stringify(value);
}
