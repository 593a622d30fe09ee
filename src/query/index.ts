// Public surface of ohmystack/query: the readers. `queryLake` opens a lake in DuckDB, the lake readers
// stream a committed run's rows, and the trend queries are the SQL the report and the CLI ask with.

export type { DuckDBModule } from './duckdb.js';
export type { LakeQuery, QueryLakeOptions } from './query-lake.js';
export { queryLake } from './query-lake.js';
export type { ReadLakeRowsOptions } from './read-lake.js';
export { listRuns, readLakeRows, readManifest } from './read-lake.js';
export type {
  DemandByJobFamilyRow,
  NewVsClosedRow,
  StackDemandByRegionRow,
  StackDemandByWeekRow,
  TrendTables,
} from './trend-queries.js';
export {
  demandByJobFamilySql,
  newVsClosedSql,
  stackDemandByRegionSql,
  stackDemandByWeekSql,
  TREND_QUERIES,
} from './trend-queries.js';
