// Prints rows as an aligned text table. Hangul and other wide characters take two terminal columns,
// which console.table ignores, so Korean columns drift there.

const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

function width(text: string): number {
  let columns = 0;
  for (const char of text) columns += WIDE.test(char) ? 2 : 1;
  return columns;
}

function fitCell(text: string, max: number): string {
  if (width(text) <= max) return text;
  let out = '';
  for (const char of text) {
    if (width(`${out}${char}…`) > max) break;
    out += char;
  }
  return `${out}…`;
}

/** Returns `rows` as a table with a header line; each column at most `maxWidth` columns wide. */
export function formatTable(rows: readonly Record<string, string>[], maxWidth = 28): string {
  const first = rows[0];
  if (first === undefined) return '(no rows)';
  const keys = Object.keys(first);
  const cells = [keys, ...rows.map((row) => keys.map((key) => fitCell(row[key] ?? '', maxWidth)))];
  const widths = keys.map((_, column) => Math.max(...cells.map((line) => width(line[column] ?? ''))));
  const pad = (text: string, column: number) => text + ' '.repeat(widths[column]! - width(text));
  const lines = cells.map((line) => line.map(pad).join('  ').trimEnd());
  lines.splice(1, 0, widths.map((w) => '─'.repeat(w)).join('  '));
  return lines.join('\n');
}
