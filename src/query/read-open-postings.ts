// The postings of a lake as they stand now, for recommending. A run writes a posting only when it is new
// or changed, so the current posting is its newest row over every committed run. The lake records no
// closing: a posting gone from its site simply stops getting new rows. What is still listed is known
// to the pipeline's work dir, whose job index (state/jobs.jsonl) keeps one record per posting still
// listed and drops those that closed; given that dir, the other postings of the lake are closed.
import { stat } from 'node:fs/promises';
import { fromPostingRow } from '../features/posting-from-row.js';
import type { Posting } from '../model/posting.js';
import { PostingRow } from '../model/rows.js';
import { JobIndex, jobIndexPath } from '../pipeline/job-index.js';
import type { DuckDBModule } from './duckdb.js';
import { listRuns, readLakeRows } from './read-lake.js';

/** Options of {@link readOpenPostings}. */
export interface ReadOpenPostingsOptions {
  /**
   * The pipeline's work dir (`workDir` of its config), whose job index lists the postings still on
   * their sites: every other posting of the lake is then closed. Without it (or without an index there,
   * as before jobs were linked) no posting is known to be closed, and a warning says so.
   */
  workDir?: string;
  /** Only these runs; default every committed run. */
  runIds?: readonly string[];
  /** DuckDB, to read parts stored only as Parquet; loaded lazily when needed. */
  lib?: DuckDBModule;
}

/** What {@link readOpenPostings} found. */
export interface OpenPostings {
  /** The newest version of every posting still listed, in id order. Expired ones are kept (see `expired`). */
  postings: Posting[];
  /** Ids of the lake's postings that left their sites (empty without a job index). */
  closedIds: string[];
  /** Rows that are not posting rows, skipped. */
  unreadable: number;
  /** What the reader could not tell, in words. */
  warnings: string[];
}

/**
 * Returns the current postings of a local lake: the newest row of each posting id over its committed
 * runs, read back as Postings (see `fromPostingRow`), without those that left their sites when
 * `options.workDir` holds the pipeline's job index.
 *
 * @example
 * const { postings, closedIds } = await readOpenPostings('demo/lake', { workDir: 'demo/.ohmystack' });
 * postings[0]?.company; // '카카오'
 * @throws {SinkWriteError} when a file a manifest lists cannot be read
 */
export async function readOpenPostings(
  dir: string,
  options: ReadOpenPostingsOptions = {},
): Promise<OpenPostings> {
  const newest = new Map<string, Posting>();
  let unreadable = 0;
  // Newest run first, each run's rows last first: the first row seen of an id is its current version,
  // and older ones are skipped unconverted. One run's rows are held at a time, never the whole lake's.
  const runIds = [...(options.runIds ?? (await listRuns(dir)))].sort().reverse();
  for (const runId of runIds) {
    const rows = await readLakeRows(dir, 'postings', {
      runIds: [runId],
      ...(options.lib ? { lib: options.lib } : {}),
    });
    for (let i = rows.length - 1; i >= 0; i--) {
      const id = rows[i]!.id;
      if (typeof id === 'string' && newest.has(id)) continue;
      const parsed = PostingRow.safeParse(rows[i]);
      if (!parsed.success) unreadable++;
      else if (!newest.has(parsed.data.id)) newest.set(parsed.data.id, fromPostingRow(parsed.data));
    }
  }
  const warnings: string[] = [];
  if (unreadable > 0) warnings.push(`${unreadable} rows of the lake are not posting rows and were skipped`);
  const listed = await listedIds(options.workDir, warnings);
  const postings: Posting[] = [];
  const closedIds: string[] = [];
  for (const id of [...newest.keys()].sort()) {
    if (listed && !listed.has(id)) closedIds.push(id);
    else postings.push(newest.get(id)!);
  }
  return { postings, closedIds, unreadable, warnings };
}

async function listedIds(workDir: string | undefined, warnings: string[]): Promise<Set<string> | null> {
  if (workDir === undefined) {
    warnings.push('no work dir given: postings that left their sites cannot be told from open ones');
    return null;
  }
  const path = jobIndexPath(workDir);
  // stat, not access: Deno's access asks for the user id, a permission a notebook may not grant.
  try {
    await stat(path);
  } catch {
    warnings.push(`no job index at ${path}: postings that left their sites cannot be told from open ones`);
    return null;
  }
  return new Set((await JobIndex.read(path)).records.keys());
}
