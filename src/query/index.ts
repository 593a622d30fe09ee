// Public surface of ohmystack/query: the readers. `queryLake` opens a lake in DuckDB and answers the trend
// queries (Athena answers the same ones through `athenaCatalog`); the lake readers stream a committed
// run's rows.

export type { DuckDBModule } from './duckdb.js';
export type { LakeQuery, QueryLakeOptions } from './query-lake.js';
export { queryLake } from './query-lake.js';
export type { ReadLakeRowsOptions } from './read-lake.js';
export { listRuns, readLakeRows, readManifest } from './read-lake.js';
export type { OpenPostings, ReadOpenPostingsOptions } from './read-open-postings.js';
export { readOpenPostings } from './read-open-postings.js';
export type {
  DemandByJobFamilyRow,
  NewVsClosedRow,
  StackDemandByRegionRow,
  StackDemandByWeekRow,
} from './trend-queries.js';
