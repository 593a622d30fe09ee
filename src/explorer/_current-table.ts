// The explorer's `current` table: one row per posting as it stands now, materialized once in DuckDB so
// that every search over 100,000 postings is an in-memory scan, not a re-read of the lake's files.
// From a lake it is the newest row of each id over the committed runs (a run writes a posting only when
// it is new or changed); from the production database it is the open postings (closed_at null).
import { randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toPostingRow } from '../features/posting-row.js';
import type { Posting } from '../model/posting.js';
import { sqlString } from '../query/duckdb.js';
import type { LakeQuery } from '../query/query-lake.js';
import { parquetColumnsFor } from '../sinks/lake/serialize-parquet.js';

/** DuckDB types of the lake's column kinds. */
const DUCKDB_TYPES = { STRING: 'VARCHAR', DOUBLE: 'DOUBLE', BOOLEAN: 'BOOLEAN', STRING_LIST: 'VARCHAR[]' };

/** The lowercased text free-text search looks in: title, company, branch, stacks and place. */
const SEARCH_TEXT = `lower(concat_ws(' ', title, company, branch, array_to_string(stacks, ' '), sido, sigungu, address)) AS search_text`;

/**
 * Creates `current` from the lake's `postings` view: the newest row of each posting id (runs sort by
 * time), plus the `search_text` column.
 */
export async function createCurrentFromLake(lake: LakeQuery): Promise<void> {
  await lake.query(`CREATE TABLE current AS
SELECT * EXCLUDE (dt, hr), ${SEARCH_TEXT}
FROM postings
QUALIFY row_number() OVER (PARTITION BY id ORDER BY run_id DESC) = 1`);
}

/**
 * Creates `current` from postings read elsewhere (the production database): written as posting rows
 * to a temporary JSONL file DuckDB reads with the lake's column types, then removed.
 */
export async function createCurrentFromPostings(
  lake: LakeQuery,
  postings: readonly Posting[],
): Promise<void> {
  const columns = parquetColumnsFor('postings') ?? [];
  const types = columns.map((column) => `${sqlString(column.name)}: ${sqlString(DUCKDB_TYPES[column.type])}`);
  const file = join(tmpdir(), `ohmystack-explorer-${randomUUID()}.jsonl`);
  const lines = postings.map((posting) => JSON.stringify(toPostingRow(posting, 'database')));
  await writeFile(file, lines.length > 0 ? `${lines.join('\n')}\n` : '', { mode: 0o600 });
  try {
    await lake.query(`CREATE TABLE current AS
SELECT *, ${SEARCH_TEXT}
FROM read_json(${sqlString(file)}, format = 'newline_delimited', columns = {${types.join(', ')}})`);
  } finally {
    await rm(file, { force: true });
  }
}
