// A statement the database refused as written (a typo, a table or column that is not there, a value that
// does not convert) is the SQL's fault, not the destination's: its hint says to check the SQL, where a
// failed write says to check the path, permissions or space. Each engine says so in its own way.

/** The hint for a statement the database refused as written. */
export const CHECK_THE_SQL =
  'check the SQL: the database refused the statement as written (a typo, or a table or column that does not exist)';

// PostgreSQL's SQLSTATE class 42 is "syntax error or access rule violation"; 42501 (no privilege) is
// the rule violation, a matter of grants rather than of the SQL's text.
const POSTGRES_STATEMENT = /^42(?!501)[0-9A-Z]{3}$/;
const MYSQL_STATEMENT = new Set([
  'ER_PARSE_ERROR',
  'ER_SYNTAX_ERROR',
  'ER_NO_SUCH_TABLE',
  'ER_BAD_FIELD_ERROR',
  'ER_BAD_TABLE_ERROR',
  'ER_NON_UNIQ_ERROR',
  'ER_SP_DOES_NOT_EXIST',
  'ER_WRONG_VALUE_COUNT_ON_ROW',
]);
// better-sqlite3 reports every such error as SQLITE_ERROR; the message tells them apart.
const SQLITE_STATEMENT =
  /syntax error|incomplete input|no such (table|column|function)|ambiguous column|unrecognized token/i;
// DuckDB's messages start with the kind of error; IO errors (a file of the lake missing) are not the SQL's.
const DUCKDB_STATEMENT = /^(Parser|Binder|Catalog|Conversion) Error:/;

/**
 * True when a database refused a statement as written, judged by the driver's error (pg's SQLSTATE,
 * mysql2's code, better-sqlite3's and DuckDB's message).
 *
 * @example isStatementError(Object.assign(new Error('syntax error at or near "SELEC"'), { code: '42601' })) // true
 * @example isStatementError(Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR' })) // false
 */
export function isStatementError(cause: unknown): boolean {
  if (!(cause instanceof Error)) return false;
  const code = (cause as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (POSTGRES_STATEMENT.test(code) || MYSQL_STATEMENT.has(code)) return true;
    if (code === 'SQLITE_ERROR') return SQLITE_STATEMENT.test(cause.message);
  }
  return DUCKDB_STATEMENT.test(cause.message);
}
