// What the explorer answers from: a DuckDB session over the lake (views raw, postings, features) with
// the current postings materialized once as the table `current`, or — when the lake is missing or holds
// no committed run — a state that says so. Read-only: nothing here writes to the lake or the database.
import { existsSync } from 'node:fs';
import { fromPostingRow } from '../features/posting-from-row.js';
import type { Posting } from '../model/posting.js';
import { PostingRow } from '../model/rows.js';
import { kstDay } from '../normalize/expiry.js';
import { JobIndex, jobIndexPath } from '../pipeline/job-index.js';
import type { DuckDBModule } from '../query/duckdb.js';
import { type LakeQuery, queryLake } from '../query/query-lake.js';
import { listRuns } from '../query/read-lake.js';
import { createRecommender, type Recommender } from '../recommend/index.js';
import { createCurrentFromLake, createCurrentFromPostings } from './_current-table.js';
import { type MapAnswer, mapAnswer, PLACE_GROUPS_SQL, type PlaceGroup } from './map-counts.js';
import { type SearchQuery, searchOrder, searchWhere } from './search-query.js';
import { type TrendAnswer, type TrendQuery, trendAnswer } from './trends-query.js';

/** Whether the explorer has data: the lake is missing, holds no posting, or is ready. */
export type LakeState =
  | { kind: 'missing'; dir: string }
  | { kind: 'empty'; dir: string }
  | {
      kind: 'ready';
      dir: string;
      runs: number;
      postings: number;
      jobs: number;
      firstDay: string | null;
      lastDay: string | null;
      source: 'lake' | 'database';
    };

/** One posting with what belongs to it. */
export interface PostingDetail {
  posting: Posting;
  /** The same job on other sites or listings (same `jobId`). */
  copies: Posting[];
  /** The company's postings per branch (null: no branch name), most first. */
  branches: { branch: string | null; postings: number }[];
}

/** What the search form offers: the sources and the stacks postings name, most postings first. */
export interface Facets {
  sources: { id: string; postings: number }[];
  stacks: { id: string; postings: number }[];
}

/** The data behind the explorer. */
export interface ExplorerData {
  readonly state: LakeState;
  search(query: SearchQuery): Promise<{ total: number; items: Posting[] }>;
  posting(id: string): Promise<PostingDetail | null>;
  trends(query: TrendQuery): Promise<TrendAnswer>;
  map(): Promise<MapAnswer>;
  facets(): Promise<Facets>;
  /** The recommender over the current postings, built on first use and then reused. */
  recommender(): Promise<Recommender>;
  close(): Promise<void>;
}

/** Options of {@link openExplorerData}. */
export interface OpenExplorerDataOptions {
  /** The lake directory. */
  lake: string;
  /** The production database's open postings, when given, instead of the lake's newest rows. */
  postings?: () => Promise<Posting[]>;
  /** The pipeline's work dir, whose job index tells which postings left their sites (for recommending). */
  workDir?: string;
  /** The moment deadlines are read against. @default () => new Date() */
  now?: () => Date;
  lib?: DuckDBModule;
}

/**
 * Opens the explorer's data: the lake in DuckDB with the current postings materialized.
 *
 * @example
 * const data = await openExplorerData({ lake: 'demo/lake' });
 * await data.search(parseSearchQuery(new URLSearchParams('stack=java'))); // { total: 412, items: [...] }
 * @throws {CapabilityError} when `@duckdb/node-api` is not installed
 */
export async function openExplorerData(options: OpenExplorerDataOptions): Promise<ExplorerData> {
  const dir = options.lake;
  if (!existsSync(dir)) return unavailable({ kind: 'missing', dir });
  const runs = await listRuns(dir);
  if (runs.length === 0 && !options.postings) return unavailable({ kind: 'empty', dir });
  const lake = await queryLake(dir, { ...(options.lib ? { lib: options.lib } : {}), runIds: runs });
  try {
    if (options.postings) await createCurrentFromPostings(lake, await options.postings());
    else await createCurrentFromLake(lake);
  } catch (error) {
    await lake.close();
    throw error;
  }
  const [counts] = await lake.query<{ postings: number; jobs: number }>(
    'SELECT count(*) AS postings, count(DISTINCT coalesce(job_id, id)) AS jobs FROM current',
  );
  const [days] = await lake.query<{ first: string | null; last: string | null }>(
    'SELECT min(dt) AS first, max(dt) AS last FROM postings',
  );
  if (!counts || counts.postings === 0) {
    await lake.close();
    return unavailable({ kind: 'empty', dir });
  }
  const state: LakeState = {
    kind: 'ready',
    dir,
    runs: runs.length,
    postings: counts.postings,
    jobs: counts.jobs,
    firstDay: days?.first ?? null,
    lastDay: days?.last ?? null,
    source: options.postings ? 'database' : 'lake',
  };
  return readyData(lake, state, options);
}

function readyData(session: LakeQuery, state: LakeState, options: OpenExplorerDataOptions): ExplorerData {
  const now = options.now ?? (() => new Date());
  // One DuckDB connection serves every request: queries take turns instead of interleaving on it.
  let turn: Promise<unknown> = Promise.resolve();
  const lake = {
    query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]> {
      const result = turn.then(() => session.query<Row>(sql, params));
      turn = result.catch(() => {});
      return result;
    },
  };
  let facets: Promise<Facets> | undefined;
  let map: Promise<MapAnswer> | undefined;
  let recommender: Promise<Recommender> | undefined;
  const trends = new Map<string, Promise<TrendAnswer>>();
  const postingsWhere = async (sql: string, params: readonly unknown[]): Promise<Posting[]> =>
    toPostings(await lake.query(`SELECT * EXCLUDE (search_text) FROM current WHERE ${sql}`, params));

  return {
    state,
    async search(query) {
      const where = searchWhere(query, kstDay(now()));
      const [count] = await lake.query<{ total: number }>(
        `SELECT count(*) AS total FROM current WHERE ${where.sql}`,
        where.params,
      );
      const n = where.params.length;
      const rows = await lake.query(
        `SELECT * EXCLUDE (search_text) FROM current WHERE ${where.sql} ORDER BY ${searchOrder(query.sort)} LIMIT $${n + 1} OFFSET $${n + 2}`,
        [...where.params, query.size, (query.page - 1) * query.size],
      );
      return { total: count?.total ?? 0, items: toPostings(rows) };
    },
    async posting(id) {
      const [posting] = await postingsWhere('id = $1', [id]);
      if (!posting) return null;
      const copies = posting.jobId
        ? await postingsWhere('job_id = $1 AND id <> $2 ORDER BY id LIMIT 50', [posting.jobId, id])
        : [];
      const branches = await lake.query<{ branch: string | null; postings: number }>(
        'SELECT branch, count(*) AS postings FROM current WHERE company = $1 GROUP BY branch ORDER BY postings DESC, branch NULLS LAST LIMIT 50',
        [posting.company],
      );
      return { posting, copies, branches };
    },
    trends(query) {
      const key = JSON.stringify(query);
      let answer = trends.get(key);
      if (!answer) {
        if (trends.size >= 64) trends.clear();
        answer = trendAnswer((sql, params) => lake.query(sql, params), query);
        answer.catch(() => trends.delete(key));
        trends.set(key, answer);
      }
      return answer;
    },
    map() {
      map ??= lake.query<PlaceGroup>(PLACE_GROUPS_SQL).then(mapAnswer);
      return map;
    },
    facets() {
      facets ??= (async () => ({
        sources: await lake.query<{ id: string; postings: number }>(
          'SELECT source AS id, count(*) AS postings FROM current GROUP BY 1 ORDER BY postings DESC, id',
        ),
        stacks: await lake.query<{ id: string; postings: number }>(
          'SELECT id, count(*) AS postings FROM (SELECT unnest(stacks) AS id FROM current) GROUP BY 1 ORDER BY postings DESC, id',
        ),
      }))();
      return facets;
    },
    recommender() {
      recommender ??= (async () => {
        const postings = toPostings(
          await lake.query('SELECT * EXCLUDE (search_text) FROM current ORDER BY id'),
        );
        const closedIds = await closedIdsOf(options.workDir, postings);
        return createRecommender(postings, { closedIds });
      })();
      recommender.catch(() => {
        recommender = undefined;
      });
      return recommender;
    },
    close: () => turn.then(() => session.close()),
  };
}

function unavailable(state: LakeState): ExplorerData {
  const refuse = async (): Promise<never> => {
    throw new Error(`the lake at ${state.dir} is ${state.kind}`);
  };
  return {
    state,
    search: refuse,
    posting: refuse,
    trends: refuse,
    map: refuse,
    facets: refuse,
    recommender: refuse,
    close: async () => {},
  };
}

/** Rows of `current` as Postings; a row that is not a posting row (a hand-edited file) is left out. */
function toPostings(rows: readonly Record<string, unknown>[]): Posting[] {
  const out: Posting[] = [];
  for (const row of rows) {
    const parsed = PostingRow.safeParse(row);
    if (parsed.success) out.push(fromPostingRow(parsed.data));
  }
  return out;
}

// The job index lists the postings still on their sites; without one, no posting is known to be closed.
async function closedIdsOf(workDir: string | undefined, postings: readonly Posting[]): Promise<string[]> {
  if (workDir === undefined || !existsSync(jobIndexPath(workDir))) return [];
  const listed = (await JobIndex.read(jobIndexPath(workDir))).records;
  return postings.filter((posting) => !listed.has(posting.id)).map((posting) => posting.id);
}
