// Public surface of ohmystack/sinks: the writers, one folder per backend (file and s3 write the lake,
// sql the production database, athena the warehouse catalog, memory and null serve tests and dry runs),
// and the lake's format they share.

// Readers live in ohmystack/query; queryLake stays importable from here, where it started.
export type { DuckDBModule, LakeQuery, QueryLakeOptions } from '../query/index.js';
export { queryLake } from '../query/index.js';
export type { AthenaQueryErrorDetails } from './athena/athena-query-error.js';
export { AthenaQueryError } from './athena/athena-query-error.js';
export type { AthenaColumn } from './athena/columns.js';
export { ATHENA_COLUMNS } from './athena/columns.js';
export type { AthenaDdlOptions } from './athena/ddl.js';
export { ATHENA_DATASETS, athenaDdl, athenaTableDdl, projectionProperties } from './athena/ddl.js';
export type { AthenaCatalog, AthenaCatalogOptions, AthenaQueryOptions } from './athena/index.js';
export { athenaCatalog } from './athena/index.js';
export type { AthenaParam } from './athena/params.js';
export { toExecutionParameter } from './athena/params.js';
export type { AthenaColumnInfo, AthenaResultSetLike } from './athena/parse-results.js';
export { parseAthenaValue, parseResultPage } from './athena/parse-results.js';
export type { FileSinkOptions, ResolvedFileSinkOptions } from './file/index.js';
export { fileSink } from './file/index.js';
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
export type { MemorySink } from './memory/index.js';
export { memorySink } from './memory/index.js';
export { nullSink } from './null/index.js';
export type { ResolvedS3SinkOptions, S3SinkOptions } from './s3/index.js';
export { s3Sink } from './s3/index.js';
export type { S3RetryOptions } from './s3/retry.js';
export { isRetryableS3Error } from './s3/retry.js';
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
