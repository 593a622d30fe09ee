// `ohmystack doctor`'s checks, in order: configuration, Node, the work directory, each secret (set or not,
// never its value), the database, S3, Athena, DuckDB and Chromium. A check that cannot run because an
// earlier one failed is skipped, not failed twice.
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { isOhmystackError } from '../../model/errors/ohmystack-error.js';
import { buildSinks } from '../../pipeline/build-sinks.js';
import type { ResolvedPipelineConfig } from '../../pipeline/config.js';
import { dialectOfUrl } from '../../pipeline/env-config.js';
import { readSecrets, SECRET_ENV, type Secrets } from '../../pipeline/secrets.js';
import type { CliIo } from '../io.js';
import { loadCliConfig } from '../load-cli-config.js';
import { redact } from '../redact.js';
import type { DoctorCheck } from './doctor-check.js';
import { type DoctorProbes, liveProbes } from './probes.js';

/** Where Debian's Chromium is; only sites rendered in a browser need it. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Options of {@link runDoctor}. */
export interface RunDoctorOptions {
  configFile?: string | undefined;
  probes?: DoctorProbes;
  /** @default process.versions.node */
  nodeVersion?: string;
  /** How long a service may take to answer, ms. @default 10000 */
  timeoutMs?: number;
}

/** What the doctor found. */
export interface DoctorResult {
  checks: DoctorCheck[];
  /** True when the configuration itself is wrong (exit 64 rather than 1). */
  configInvalid: boolean;
}

/**
 * Runs every check and returns them; never throws for a failing check.
 *
 * @example const { checks } = await runDoctor(io); checks.find((c) => c.name === 'database')?.status // 'ok'
 */
export async function runDoctor(io: CliIo, options: RunDoctorOptions = {}): Promise<DoctorResult> {
  const probes = options.probes ?? liveProbes;
  const secrets = readSecrets(io.env);
  const timeout = options.timeoutMs ?? 10_000;
  const checks: DoctorCheck[] = [];
  const add = (check: DoctorCheck) => checks.push({ ...check, detail: redact(check.detail, io.env) });
  const attempt = async (
    name: string,
    describe: string,
    work: (signal: AbortSignal) => Promise<string | undefined>,
  ) => {
    try {
      const detail = await work(AbortSignal.timeout(timeout));
      add({ name, status: 'ok', detail: detail ? `${describe}: ${detail}` : describe });
    } catch (error) {
      add({ name, status: 'fail', detail: `${describe}: ${reason(error)}` });
    }
  };

  let resolved: ResolvedPipelineConfig | null = null;
  try {
    const loaded = await loadCliConfig(io, { file: options.configFile });
    resolved = loaded.resolved;
    add({
      name: 'config',
      status: 'ok',
      detail: loaded.file ? `${loaded.file} is valid` : 'no config file: defaults and OHMYSTACK_* variables',
    });
  } catch (error) {
    add({ name: 'config', status: 'fail', detail: reason(error) });
  }

  const nodeVersion = options.nodeVersion ?? process.versions.node;
  const major = Number(nodeVersion.split('.')[0]);
  add({
    name: 'node',
    status: major >= 20 ? 'ok' : 'fail',
    detail: `v${nodeVersion} (ohmystack needs Node 20 or later)`,
  });

  if (resolved) {
    const workDir = resolved.workDir;
    await attempt('work dir', workDir, () => checkWritable(workDir));
  } else {
    add({ name: 'work dir', status: 'skip', detail: 'the config is invalid' });
  }

  for (const check of secretChecks(resolved, secrets)) add(check);

  if (!resolved) {
    add({ name: 'database', status: 'skip', detail: 'the config is invalid' });
  } else if (resolved.database === false) {
    add({ name: 'database', status: 'skip', detail: 'none configured (database: false)' });
  } else {
    const url = secrets.databaseUrl ?? resolved.database.connection;
    const dialect = dialectOfUrl(url) ?? resolved.database.dialect;
    const connection = url ?? join(resolved.workDir, 'ohmystack.db');
    if (dialect !== 'sqlite' && !url) {
      add({ name: 'database', status: 'fail', detail: `${dialect}: set ${SECRET_ENV.database} to its URL` });
    } else if (dialect === 'sqlite' && connection !== ':memory:' && !(await exists(connection))) {
      add({
        name: 'database',
        status: 'ok',
        detail: `sqlite ${connection}: not created yet; the first run creates it`,
      });
    } else {
      await attempt('database', `${dialect} ${describeConnection(connection)}`, async (signal) => {
        await probes.database(dialect, connection, signal);
        return 'SELECT 1 ok';
      });
    }
  }

  const s3 = resolved && resolved.lake !== false ? resolved.lake.s3 : undefined;
  if (!resolved) {
    add({ name: 's3', status: 'skip', detail: 'the config is invalid' });
  } else if (!s3) {
    add({ name: 's3', status: 'skip', detail: 'no S3 lake configured (the lake is a local directory)' });
  } else {
    await attempt('s3', `s3://${s3.bucket}`, async (signal) => {
      await probes.s3(s3, signal);
      return 'HeadBucket ok';
    });
  }

  if (!resolved) {
    add({ name: 'athena', status: 'skip', detail: 'the config is invalid' });
  } else if (!resolved.athena) {
    add({ name: 'athena', status: 'skip', detail: 'not configured (DuckDB queries a local lake)' });
  } else {
    const { athena } = buildSinks({ ...resolved, database: false }, secrets);
    if (!athena) {
      add({
        name: 'athena',
        status: 'fail',
        detail: 'athena is set but the lake is not on S3: set lake.s3 too',
      });
    } else {
      await attempt('athena', `database ${resolved.athena.database}`, async (signal) => {
        await probes.athena(athena, signal);
        return 'SELECT 1 ok';
      });
    }
  }

  try {
    add({ name: 'duckdb', status: 'ok', detail: `${await probes.duckdb()} (ohmystack query --lake)` });
  } catch {
    add({
      name: 'duckdb',
      status: 'warn',
      detail: 'not installed; `ohmystack query --lake` needs it: npm install @duckdb/node-api',
    });
  }

  add(
    (await probes.executable(CHROMIUM_PATH))
      ? { name: 'chromium', status: 'ok', detail: `${CHROMIUM_PATH} (for browser-rendered pages)` }
      : {
          name: 'chromium',
          status: 'warn',
          detail: `${CHROMIUM_PATH} not found (optional: only for pages rendered in a browser)`,
        },
  );
  return { checks, configInvalid: resolved === null };
}

/** One check per secret: set or not set, and what that means for a run; never the value. */
function secretChecks(resolved: ResolvedPipelineConfig | null, secrets: Secrets): DoctorCheck[] {
  const geocoder = resolved?.geo.geocoder ?? 'auto';
  const kakao: DoctorCheck = secrets.kakaoApiKey
    ? { name: SECRET_ENV.kakao, status: 'ok', detail: 'set (Kakao geocoding, the gazetteer behind it)' }
    : geocoder === 'kakao'
      ? { name: SECRET_ENV.kakao, status: 'fail', detail: 'not set, but geo.geocoder is "kakao"' }
      : { name: SECRET_ENV.kakao, status: 'ok', detail: 'not set (the offline gazetteer geocodes)' };
  const saramin: DoctorCheck = {
    name: SECRET_ENV.saramin,
    status: 'ok',
    detail: secrets.saraminAccessKey
      ? 'set (Saramin open API)'
      : 'not set (Saramin is read from its web pages)',
  };
  const dialect =
    resolved && resolved.database !== false
      ? (dialectOfUrl(secrets.databaseUrl ?? resolved.database.connection) ?? resolved.database.dialect)
      : null;
  const database: DoctorCheck = secrets.databaseUrl
    ? { name: SECRET_ENV.database, status: 'ok', detail: `set (${dialectOfUrl(secrets.databaseUrl)})` }
    : dialect === 'postgres' || dialect === 'mysql'
      ? { name: SECRET_ENV.database, status: 'fail', detail: `not set, but the database is ${dialect}` }
      : { name: SECRET_ENV.database, status: 'ok', detail: 'not set (SQLite in the work dir)' };
  return [kakao, saramin, database];
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

function reason(error: unknown): string {
  // The doctor is what a ConfigError's hint recommends; the message alone names the setting.
  if (isOhmystackError(error)) {
    return error.hint && error.message.endsWith(`; ${error.hint}`)
      ? error.message.slice(0, -(error.hint.length + 2))
      : error.message;
  }
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    const text = error.message || error.name;
    return typeof code === 'string' && !text.includes(code) ? `${text} (${code})` : text;
  }
  return String(error);
}

/** Says whether `dir` is writable without leaving anything: a probe file if it exists, else its nearest existing parent. */
async function checkWritable(dir: string): Promise<string> {
  if (await exists(dir)) {
    const probe = join(dir, `.doctor-${randomBytes(4).toString('hex')}`);
    await writeFile(probe, 'ok');
    await rm(probe);
    return 'writable';
  }
  let parent = dirname(dir);
  while (!(await exists(parent)) && dirname(parent) !== parent) parent = dirname(parent);
  await access(parent, constants.W_OK);
  return `not created yet; ${parent} is writable, so the first run creates it`;
}

function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
