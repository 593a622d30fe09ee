// The doctor's live probes: open the database and run SELECT 1, HEAD the S3 bucket, run SELECT 1 on
// Athena, import DuckDB, look for Chromium. Each returns a short description or throws; the doctor turns a
// throw into a failed check. Injectable, so unit tests need no services.
import { access, constants } from 'node:fs/promises';
import type { AthenaCatalog } from '../../sinks/athena/index.js';
import { loadS3Module, type S3Module } from '../../sinks/s3/sdk.js';
import { openClient } from '../../sinks/sql/client.js';
import { type DialectName, dialectOf } from '../../sinks/sql/dialect.js';

/** Where the S3 lake is, as the config says. */
export interface S3Target {
  bucket: string;
  region?: string | undefined;
  endpoint?: string | undefined;
  forcePathStyle?: boolean | undefined;
}

/** The live probes. */
export interface DoctorProbes {
  /** Opens the database and runs SELECT 1 (no migrations: the doctor changes nothing). */
  database(dialect: DialectName, connection: string, signal: AbortSignal): Promise<void>;
  /** HeadBucket on the lake's bucket. */
  s3(target: S3Target, signal: AbortSignal): Promise<void>;
  /** SELECT 1 through the Athena catalog. */
  athena(catalog: AthenaCatalog, signal: AbortSignal): Promise<void>;
  /** Returns DuckDB's package version, or throws when it is not installed. */
  duckdb(): Promise<string>;
  /** True when a file exists and is executable. */
  executable(path: string): Promise<boolean>;
}

/** The probes against the real services. */
export const liveProbes: DoctorProbes = {
  async database(dialect, connection, signal) {
    const client = await openClient(dialectOf(dialect), connection, undefined);
    try {
      await raceAbort(
        client.session((session) => session.run('SELECT 1')),
        signal,
      );
    } finally {
      await client.close().catch(() => {});
    }
  },
  async s3(target, signal) {
    // The SDK is an optional peer: a missing one fails this check with the package to install.
    const { S3Client, HeadBucketCommand } = (await loadS3Module()) as S3Module & {
      HeadBucketCommand: new (input: { Bucket: string }) => object;
    };
    const client = new S3Client({
      maxAttempts: 1,
      ...(target.region ? { region: target.region } : {}),
      ...(target.endpoint ? { endpoint: target.endpoint } : {}),
      ...(target.forcePathStyle !== undefined ? { forcePathStyle: target.forcePathStyle } : {}),
    });
    try {
      await client.send(new HeadBucketCommand({ Bucket: target.bucket }), { abortSignal: signal });
    } finally {
      client.destroy();
    }
  },
  async athena(catalog, signal) {
    try {
      await catalog.query('SELECT 1', [], { signal });
    } finally {
      await catalog.dispose();
    }
  },
  async duckdb() {
    const module = (await import('@duckdb/node-api')) as { version?: () => string };
    return typeof module.version === 'function' ? `DuckDB ${module.version()}` : 'installed';
  },
  async executable(path) {
    try {
      await access(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  },
};

function raceAbort<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new Error('no answer in time'));
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
