// The doctor's checks of the services a run writes to: the database (SELECT 1), the S3 lake
// (HeadBucket) and Athena (SELECT 1). Each is skipped when the configuration is invalid or does not use
// the service, and fails, without probing, when a setting it needs is missing.

import { join } from 'node:path';
import { buildSinks } from '../../pipeline/build-sinks.js';
import type { ResolvedPipelineConfig } from '../../pipeline/config.js';
import { sqliteFileOf } from '../../pipeline/database-url.js';
import { dialectOfUrl } from '../../pipeline/env-config.js';
import { SECRET_ENV, type Secrets } from '../../pipeline/secrets.js';
import type { AttemptCheck } from './attempt-check.js';
import type { DoctorCheck } from './doctor-check.js';
import { pathExists } from './path-exists.js';
import type { DoctorProbes } from './probes.js';

/** What a service check needs besides the configuration. */
export interface ServiceCheckContext {
  secrets: Secrets;
  probes: DoctorProbes;
  attempt: AttemptCheck;
}

/**
 * Returns the 'database' check: the configured database answers SELECT 1; a SQLite file not created
 * yet is fine (the first run creates it).
 *
 * @example (await checkDatabase(resolved, context)).detail // 'postgres 127.0.0.1:5432/jobs: SELECT 1 ok'
 */
export async function checkDatabase(
  resolved: ResolvedPipelineConfig | null,
  { secrets, probes, attempt }: ServiceCheckContext,
): Promise<DoctorCheck> {
  if (!resolved) return { name: 'database', status: 'skip', detail: 'the config is invalid' };
  if (resolved.database === false) {
    return { name: 'database', status: 'skip', detail: 'none configured (database: false)' };
  }
  const url = secrets.databaseUrl ?? resolved.database.connection;
  const dialect = dialectOfUrl(url) ?? resolved.database.dialect;
  const connection = url === undefined ? join(resolved.workDir, 'ohmystack.db') : sqliteFileOf(url);
  if (dialect !== 'sqlite' && !url) {
    return { name: 'database', status: 'fail', detail: `${dialect}: set ${SECRET_ENV.database} to its URL` };
  }
  if (dialect === 'sqlite' && connection !== ':memory:' && !(await pathExists(connection))) {
    return {
      name: 'database',
      status: 'ok',
      detail: `sqlite ${connection}: not created yet; the first run creates it`,
    };
  }
  return attempt('database', `${dialect} ${describeConnection(connection)}`, async (signal) => {
    await probes.database(dialect, connection, signal);
    return 'SELECT 1 ok';
  });
}

/**
 * Returns the 's3' check: the lake's bucket answers HeadBucket; skipped for a local lake.
 *
 * @example (await checkS3(resolved, context)).detail // 's3://jobs-lake: HeadBucket ok'
 */
export async function checkS3(
  resolved: ResolvedPipelineConfig | null,
  { probes, attempt }: ServiceCheckContext,
): Promise<DoctorCheck> {
  const s3 = resolved && resolved.lake !== false ? resolved.lake.s3 : undefined;
  if (!resolved) return { name: 's3', status: 'skip', detail: 'the config is invalid' };
  if (!s3) {
    return { name: 's3', status: 'skip', detail: 'no S3 lake configured (the lake is a local directory)' };
  }
  return attempt('s3', `s3://${s3.bucket}`, async (signal) => {
    await probes.s3(s3, signal);
    return 'HeadBucket ok';
  });
}

/**
 * Returns the 'athena' check: SELECT 1 through the catalog; fails when Athena is set over a lake that
 * is not on S3.
 *
 * @example (await checkAthena(resolved, context)).detail // 'database jobs: SELECT 1 ok'
 */
export async function checkAthena(
  resolved: ResolvedPipelineConfig | null,
  { secrets, probes, attempt }: ServiceCheckContext,
): Promise<DoctorCheck> {
  if (!resolved) return { name: 'athena', status: 'skip', detail: 'the config is invalid' };
  if (!resolved.athena) {
    return { name: 'athena', status: 'skip', detail: 'not configured (DuckDB queries a local lake)' };
  }
  const { athena } = buildSinks({ ...resolved, database: false }, secrets);
  if (!athena) {
    return {
      name: 'athena',
      status: 'fail',
      detail: 'athena is set but the lake is not on S3: set lake.s3 too',
    };
  }
  return attempt('athena', `database ${resolved.athena.database}`, async (signal) => {
    await probes.athena(athena, signal);
    return 'SELECT 1 ok';
  });
}

/** A connection for display: a URL without its user and password, or a SQLite path. */
function describeConnection(connection: string): string {
  try {
    const url = new URL(connection);
    if (url.protocol === 'file:' || !url.host) return connection;
    return `${url.host}${url.pathname}`;
  } catch {
    return connection;
  }
}
