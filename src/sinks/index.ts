// The public surface of the sinks layer. Others append their sinks below.
export type { DuckDBModule } from './_duckdb.js';
export type { AthenaQueryErrorDetails } from './athena/athena-query-error.js';
export { AthenaQueryError } from './athena/athena-query-error.js';
export type { AthenaColumn } from './athena/columns.js';
export { ATHENA_COLUMNS } from './athena/columns.js';
export type { AthenaDdlOptions } from './athena/ddl.js';
export { ATHENA_DATASETS, athenaDdl, athenaTableDdl, projectionProperties } from './athena/ddl.js';
export type { AthenaParam } from './athena/params.js';
export { toExecutionParameter } from './athena/params.js';
export type { AthenaColumnInfo, AthenaResultSetLike } from './athena/parse-results.js';
export { parseAthenaValue, parseResultPage } from './athena/parse-results.js';
export type { AthenaCatalog, AthenaCatalogOptions, AthenaQueryOptions } from './athena-catalog.js';
export { athenaCatalog } from './athena-catalog.js';
export type { FileSinkOptions, ResolvedFileSinkOptions } from './file-sink.js';
export { fileSink } from './file-sink.js';
export type { LakeFormat } from './lake/layout.js';
export {
  DATASETS,
  dataKey,
  isRunFile,
  MANIFEST_DIR,
  manifestKey,
  partitionPath,
  partName,
  partOfKey,
  runIdOfManifestKey,
  TEMP_PREFIX,
  tempKey,
} from './lake/layout.js';
export type { BuildManifestOptions } from './lake/manifest.js';
export {
  buildManifest,
  filesOfDataset,
  LAKE_SCHEMA_VERSION,
  ManifestFileSchema,
  manifestFile,
  parseManifest,
  RunManifestSchema,
  sha256Hex,
} from './lake/manifest.js';
export type { SerializeCsvOptions } from './lake/serialize-csv.js';
export { csvCell, csvColumns, serializeCsv, serializeCsvText } from './lake/serialize-csv.js';
export { parseJsonl, serializeJsonl } from './lake/serialize-jsonl.js';
export type { ParquetColumn, ParquetColumnType, SerializeParquetOptions } from './lake/serialize-parquet.js';
export { parquetColumnsFor, parquetColumnsFromZod, serializeParquet } from './lake/serialize-parquet.js';
export type { MemorySink } from './memory-sink.js';
export { memorySink } from './memory-sink.js';
export { nullSink } from './null-sink.js';
export type { LakeQuery, QueryLakeOptions } from './query-lake.js';
export { queryLake } from './query-lake.js';
export type { ReadLakeRowsOptions } from './read-lake.js';
export { listRuns, readLakeRows, readManifest } from './read-lake.js';
export type { S3RetryOptions } from './s3/retry.js';
export { isRetryableS3Error } from './s3/retry.js';
export type { ResolvedS3SinkOptions, S3SinkOptions } from './s3-sink.js';
export { s3Sink } from './s3-sink.js';
// sqlSink: the production database (PostgreSQL, MySQL/MariaDB, SQLite).
export type {
  DialectName,
  MigrateResult,
  Migration,
  SqlPostingInput,
  SqlSink,
  SqlSinkOptions,
  Statement,
  TableName,
} from './sql/index.js';
export {
  MIGRATIONS,
  SINK_DEPENDENCIES as SQL_SINK_DEPENDENCIES,
  SINK_NAME as SQL_SINK_NAME,
  sqlSink,
} from './sql/index.js';
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
export type {
  Batch,
  Dataset,
  ManifestFile,
  RunContext,
  RunManifest,
  Sink,
  SinkCapabilities,
  SinkResult,
  WriteMode,
} from './types.js';
