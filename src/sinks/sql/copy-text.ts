// PostgreSQL's COPY … FROM STDIN text format: one line per row, tab-separated, \N for NULL, backslash
// escapes for backslash, tab, newline and carriage return; booleans as t/f; arrays as array literals.
// Values travel as data, never as SQL, so COPY is as injection-safe as bind parameters.

const COPY_SPECIAL = /[\\\t\n\r]/;
const COPY_SPECIAL_ALL = /[\\\t\n\r]/g;
const COPY_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '\t': '\\t',
  '\n': '\\n',
  '\r': '\\r',
};
const escapeCopy = (c: string) => COPY_ESCAPES[c] ?? c;

const ARRAY_SPECIAL_ALL = /["\\]/g;

/**
 * Returns a PostgreSQL array literal of text values, every element quoted (so commas, braces, spaces
 * and the word NULL stay data); null elements are SQL NULLs.
 *
 * @example arrayLiteral(['java', 'c, c++']) // '{"java","c, c++"}'
 */
export function arrayLiteral(values: readonly unknown[]): string {
  let text = '{';
  for (let index = 0; index < values.length; index++) {
    if (index > 0) text += ',';
    const value = values[index];
    text +=
      value === null || value === undefined
        ? 'NULL'
        : `"${String(value).replace(ARRAY_SPECIAL_ALL, (c) => `\\${c}`)}"`;
  }
  return `${text}}`;
}

/**
 * Returns one value as a COPY text field.
 *
 * @example copyField('줄\n바꿈') // '줄\\n바꿈'
 * @example copyField(null) // '\\N'
 */
export function copyField(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  const text = Array.isArray(value) ? arrayLiteral(value) : String(value);
  return COPY_SPECIAL.test(text) ? text.replace(COPY_SPECIAL_ALL, escapeCopy) : text;
}

/** Chunks of COPY text, each a few dozen KiB, so the socket is fed while later rows are encoded. */
export function* copyChunks(rows: Iterable<readonly unknown[]>): Generator<string> {
  let chunk = '';
  for (const row of rows) {
    for (let index = 0; index < row.length; index++) {
      chunk += index === 0 ? copyField(row[index]) : `\t${copyField(row[index])}`;
    }
    chunk += '\n';
    if (chunk.length > 65_536) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}
