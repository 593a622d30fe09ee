// The run's destinations from the config: the lake (a local directory by default, or S3), the
// production database (SQLite in the work directory by default) and, over an S3 lake, Athena tables.
import { join } from 'node:path';
import { MissingOptionError } from '../model/errors/missing-option-error.js';
import { type AthenaCatalog, athenaCatalog } from '../sinks/athena/index.js';
import { fileSink } from '../sinks/file/index.js';
import { s3Sink } from '../sinks/s3/index.js';
import { type SqlSink, sqlSink } from '../sinks/sql/index.js';
import type { Sink } from '../sinks/types.js';
import type { ResolvedPipelineConfig } from './config.js';
import { sqliteFileOf } from './database-url.js';
import { dialectOfUrl } from './env-config.js';
import { SECRET_ENV, type Secrets } from './secrets.js';

/** Where a run goes. */
export interface RunSinks {
  /** Takes every dataset (raw, postings, features). */
  lake: Sink | null;
  /** Where the lake is, for the report: a directory or 's3://bucket/prefix'. */
  lakeLocation: string | null;
  /** Takes postings (and closed ids). */
  database: SqlSink | null;
  athena: AthenaCatalog | null;
}

/** Returns the run's sinks; nothing connects until the first write. */
export function buildSinks(config: ResolvedPipelineConfig, secrets: Secrets): RunSinks {
  const { lake: lakeConfig, database: dbConfig } = config;
  let lake: Sink | null = null;
  let lakeLocation: string | null = null;
  if (lakeConfig !== false && lakeConfig.s3) {
    const { bucket, prefix, region, endpoint, forcePathStyle } = lakeConfig.s3;
    lake = s3Sink({
      bucket,
      ...(prefix !== undefined ? { prefix } : {}),
      ...(region ? { region } : {}),
      ...(endpoint ? { endpoint } : {}),
      ...(forcePathStyle !== undefined ? { forcePathStyle } : {}),
      ...(lakeConfig.formats ? { formats: lakeConfig.formats } : {}),
    });
    lakeLocation = `s3://${bucket}/${(prefix ?? '').replace(/^\/+|\/+$/g, '')}`.replace(/\/$/, '');
  } else if (lakeConfig !== false) {
    const dir = lakeConfig.dir ?? join(config.workDir, 'lake');
    lake = fileSink({ dir, ...(lakeConfig.formats ? { formats: lakeConfig.formats } : {}) });
    lakeLocation = dir;
  }

  let database: SqlSink | null = null;
  if (dbConfig !== false) {
    const url = secrets.databaseUrl ?? dbConfig.connection;
    const dialect =
      dialectOfUrl(url, secrets.databaseUrl ? SECRET_ENV.database : 'database.connection') ??
      dbConfig.dialect;
    if (dialect !== 'sqlite' && !url)
      throw new MissingOptionError({
        source: 'pipeline',
        option: SECRET_ENV.database,
        hint: `set ${SECRET_ENV.database} to the ${dialect} URL (with its password)`,
      });
    database = sqlSink({
      dialect,
      connection: url === undefined ? join(config.workDir, 'ohmystack.db') : sqliteFileOf(url),
      ...(dbConfig.schema ? { schema: dbConfig.schema } : {}),
      ...(dbConfig.tablePrefix ? { tablePrefix: dbConfig.tablePrefix } : {}),
    });
  }

  let athena: AthenaCatalog | null = null;
  if (config.athena && lakeLocation?.startsWith('s3://')) {
    const { database: athenaDatabase, workgroup, outputLocation, region, endpoint } = config.athena;
    athena = athenaCatalog({
      database: athenaDatabase,
      s3Location: lakeLocation,
      ...(workgroup ? { workgroup } : {}),
      ...(outputLocation ? { outputLocation } : {}),
      client: { ...(region ? { region } : {}), ...(endpoint ? { endpoint } : {}) },
      format:
        lakeConfig !== false && lakeConfig.formats && !lakeConfig.formats.includes('parquet')
          ? 'json'
          : 'parquet',
    });
  }
  return { lake, lakeLocation, database, athena };
}
