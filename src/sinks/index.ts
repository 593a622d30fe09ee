// Public surface of ohmystack/sinks: the writers, one folder per backend (file and s3 write the lake,
// sql the production database, athena the warehouse catalog, memory and null serve tests and dry runs),
// and the lake's format they share.

// Readers live in ohmystack/query; queryLake and the lake readers stay importable from here, where they
// started (the notebook example imports them from ohmystack/sinks).
export type { DuckDBModule, LakeQuery, QueryLakeOptions, ReadLakeRowsOptions } from '../query/index.js';
export { listRuns, queryLake, readLakeRows, readManifest } from '../query/index.js';
export type { AthenaQueryErrorDetails } from './athena/athena-query-error.js';
export { AthenaQueryError } from './athena/athena-query-error.js';
export type { AthenaDdlOptions } from './athena/ddl.js';
export { athenaDdl } from './athena/ddl.js';
export type { AthenaCatalog, AthenaCatalogOptions, AthenaQueryOptions } from './athena/index.js';
export { athenaCatalog } from './athena/index.js';
export type { AthenaModule } from './athena/sdk.js';
// The AWS SDK is an optional peer: these describe the clients and configs s3Sink and athenaCatalog take.
export type { AwsClientConfig, AwsClientLike, AwsClientSettings, AwsCredentials } from './aws/sdk.js';
export type { FileSinkOptions, ResolvedFileSinkOptions } from './file/index.js';
export { fileSink } from './file/index.js';
// The lake's formats, for writing the same files elsewhere; the lake's key layout stays internal.
export type { LakeFormat } from './lake/layout.js';
export type { SerializeCsvOptions } from './lake/serialize-csv.js';
export { serializeCsv } from './lake/serialize-csv.js';
export { parseJsonl, serializeJsonl } from './lake/serialize-jsonl.js';
export type { ParquetColumn, ParquetColumnType, SerializeParquetOptions } from './lake/serialize-parquet.js';
export { parquetColumnsFor, serializeParquet } from './lake/serialize-parquet.js';
export type { MemorySink } from './memory/index.js';
export { memorySink } from './memory/index.js';
export { nullSink } from './null/index.js';
export type { ResolvedS3SinkOptions, S3SinkOptions } from './s3/index.js';
export { s3Sink } from './s3/index.js';
export type { S3RetryOptions } from './s3/retry.js';
export type { S3Module, S3SdkModules, S3StorageModule } from './s3/sdk.js';
// sqlSink: the production database (PostgreSQL, MySQL/MariaDB, SQLite).
export type {
  DialectName,
  MigrateResult,
  ReadDatabasePostingsOptions,
  SqlPostingInput,
  SqlSink,
  SqlSinkOptions,
  TableName,
} from './sql/index.js';
export { readDatabasePostings, sqlSink } from './sql/index.js';
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
