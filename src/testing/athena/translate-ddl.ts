// Reads the Athena DDL athenaCatalog writes (and the usual hand-written variants) into what the DuckDB
// replica needs to stand a view in for the table: name, columns, location and format.

/** A CREATE EXTERNAL TABLE as the replica understands it. */
export interface ExternalTable {
  database: string | undefined;
  name: string;
  columns: { name: string; type: string }[];
  partitions: string[];
  location: string;
  format: 'parquet' | 'json';
}

const ident = String.raw`(?:\`([^\`]+)\`|"([^"]+)"|([A-Za-z_][\w]*))`;
const TABLE_NAME = new RegExp(
  String.raw`^\s*CREATE\s+EXTERNAL\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?${ident}(?:\.${ident})?`,
  'i',
);
const CREATE_DATABASE = new RegExp(
  String.raw`^\s*CREATE\s+(?:DATABASE|SCHEMA)\s+(?:IF\s+NOT\s+EXISTS\s+)?${ident}`,
  'i',
);

const unquote = (m: RegExpExecArray, from: number): string | undefined =>
  m[from] ?? m[from + 1] ?? m[from + 2];

/** Returns the text between the parenthesis at `open` and its match. */
function balanced(text: string, open: number): string {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(' || text[i] === '<') depth++;
    else if (text[i] === ')' || text[i] === '>') {
      depth--;
      if (depth === 0) return text.slice(open + 1, i);
    }
  }
  throw new Error('unbalanced parentheses in CREATE EXTERNAL TABLE');
}

/** Splits a column list on top-level commas (array<…> and struct<…> hold commas of their own). */
function splitColumns(list: string): { name: string; type: string }[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of list) {
    if (ch === '<' || ch === '(') depth++;
    if (ch === '>' || ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  if (current.trim()) parts.push(current);
  return parts.map((part) => {
    const match = /^\s*[`"]?([^`"\s]+)[`"]?\s+(.+?)\s*(?:COMMENT\s+'.*')?\s*$/is.exec(part);
    if (!match) throw new Error(`cannot read column definition: ${part.trim()}`);
    return { name: match[1]!.toLowerCase(), type: match[2]!.trim().toLowerCase() };
  });
}

/**
 * Returns the table a CREATE EXTERNAL TABLE statement declares, or null for any other statement.
 *
 * @example parseExternalTable("CREATE EXTERNAL TABLE t (a string) LOCATION 's3://b/p/t/'")?.name // 't'
 * @throws Error when the statement is a CREATE EXTERNAL TABLE the replica cannot read.
 */
export function parseExternalTable(sql: string): ExternalTable | null {
  const head = TABLE_NAME.exec(sql);
  if (!head) return null;
  const second = unquote(head, 4);
  const database = second === undefined ? undefined : unquote(head, 1);
  const name = (second ?? unquote(head, 1))!;
  const open = sql.indexOf('(', head[0].length);
  const columns = splitColumns(balanced(sql, open));
  const partitionAt = /PARTITIONED\s+BY\s*\(/i.exec(sql);
  const partitions = partitionAt
    ? splitColumns(balanced(sql, partitionAt.index + partitionAt[0].length - 1)).map((c) => c.name)
    : [];
  const location = /LOCATION\s+'([^']+)'/i.exec(sql)?.[1];
  if (!location) throw new Error(`CREATE EXTERNAL TABLE ${name} has no LOCATION`);
  const format = /JsonSerDe|STORED\s+AS\s+(?:TEXTFILE|JSON)/i.test(sql) ? 'json' : 'parquet';
  return {
    database: database?.toLowerCase(),
    name: name.toLowerCase(),
    columns,
    partitions,
    location,
    format,
  };
}

/** Returns the database a CREATE DATABASE/SCHEMA statement names, or null for any other statement. */
export function parseCreateDatabase(sql: string): string | null {
  const match = CREATE_DATABASE.exec(sql);
  return match ? unquote(match, 1)!.toLowerCase() : null;
}

/**
 * Returns the DuckDB type of a Hive/Athena column type.
 *
 * @example duckdbType('array<string>') // 'VARCHAR[]'
 */
export function duckdbType(hiveType: string): string {
  const type = hiveType.trim().toLowerCase();
  const array = /^array<(.+)>$/.exec(type);
  if (array) return `${duckdbType(array[1]!)}[]`;
  if (type === 'string' || type.startsWith('varchar') || type.startsWith('char')) return 'VARCHAR';
  if (type === 'int' || type === 'integer') return 'INTEGER';
  if (type === 'float') return 'FLOAT';
  if (type.startsWith('decimal')) return type.toUpperCase();
  return type.toUpperCase();
}
