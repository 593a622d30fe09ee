// JSON Lines: one JSON object per line, UTF-8, '\n' after every row (so files concatenate cleanly).

const encoder = new TextEncoder();

/**
 * Returns rows as JSON Lines bytes; nested values (raw postings) stay nested, Korean text stays as is.
 *
 * @example new TextDecoder().decode(serializeJsonl([{ title: '백엔드 개발자' }])) // '{"title":"백엔드 개발자"}\n'
 */
export function serializeJsonl(rows: readonly unknown[]): Uint8Array {
  let text = '';
  for (const row of rows) text += `${JSON.stringify(row)}\n`;
  return encoder.encode(text);
}

/**
 * Returns the rows of JSON Lines bytes or text; blank lines (a trailing newline) are skipped.
 *
 * @example parseJsonl('{"a":1}\n{"a":2}\n') // [{ a: 1 }, { a: 2 }]
 * @throws {SyntaxError} when a line is not JSON
 */
export function parseJsonl<Row = Record<string, unknown>>(input: Uint8Array | string): Row[] {
  const text = typeof input === 'string' ? input : new TextDecoder().decode(input);
  const rows: Row[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() !== '') rows.push(JSON.parse(line) as Row);
  }
  return rows;
}
