// `ohmystack query`: SQL or a canned trend over the data. Locally DuckDB reads the lake's committed files
// (an optional peer: a clear message when it is missing); with --athena the same queries run on Athena
// over the S3 lake.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineCommand } from 'citty';
import { isOhmystackError } from '../../model/errors/ohmystack-error.js';
import { buildSinks } from '../../pipeline/build-sinks.js';
import { readSecrets } from '../../pipeline/secrets.js';
import { type LakeQuery, queryLake } from '../../query/query-lake.js';
import { positiveInt } from '../check-args.js';
import type { CommandEnv } from '../command-env.js';
import { EXIT } from '../exit-codes.js';
import { formatTable } from '../format/table.js';
import { watchInterrupt } from '../interrupt.js';
import { loadCliConfig, localLakeDir } from '../load-cli-config.js';
import { MissingPackageError } from '../missing-package-error.js';
import { configArg, debugArg, jsonArg } from '../shared-args.js';
import { UsageError } from '../usage-error.js';

/** The canned trend queries, by their CLI name. */
export const TRENDS: ['stack-by-week', 'stack-by-region', 'job-family', 'new-vs-closed'] = [
  'stack-by-week',
  'stack-by-region',
  'job-family',
  'new-vs-closed',
];
export type TrendName = (typeof TRENDS)[number];
type Rows = Record<string, unknown>[];

const TREND_METHODS = {
  'stack-by-week': 'stackDemandByWeek',
  'stack-by-region': 'stackDemandByRegion',
  'job-family': 'demandByJobFamily',
  'new-vs-closed': 'newVsClosed',
} as const satisfies Record<TrendName, keyof LakeQuery>;

const args = {
  sql: {
    type: 'positional',
    required: false,
    description: 'SQL over the views raw, postings, features (or Athena tables)',
  },
  lake: { type: 'string', valueHint: 'dir', description: "a local lake (default: the config's lake)" },
  athena: { type: 'boolean', description: 'run on Athena (needs athena and lake.s3 in the config)' },
  trend: { type: 'enum', options: TRENDS, description: 'a canned trend query instead of SQL' },
  limit: {
    type: 'string',
    valueHint: 'n',
    description: 'rows shown in the table (default 100; --json prints all)',
  },
  config: configArg,
  json: jsonArg,
  debug: debugArg,
} as const;

/** Opens a DuckDB session over a lake; tests swap it. */
export type OpenLake = (dir: string) => Promise<LakeQuery>;

/**
 * Returns the `query` command.
 *
 * @example ohmystack query --lake demo/lake --trend job-family --json
 */
export function queryCommand(env: CommandEnv, openLake: OpenLake = (dir) => queryLake(dir)) {
  return defineCommand({
    meta: { name: 'query', description: 'SQL or a trend query over the lake (DuckDB) or Athena (--athena)' },
    args,
    async run({ args: parsed }) {
      const { io } = env;
      if (!parsed.sql === !parsed.trend) {
        throw new UsageError({
          message: parsed.sql ? 'give either SQL or --trend, not both' : 'give an SQL string or --trend',
          hint: `e.g. ohmystack query --lake demo/lake --trend job-family, or "SELECT count(*) FROM postings"`,
        });
      }
      if (parsed.athena && parsed.lake)
        throw new UsageError({ message: '--athena and --lake do not go together' });
      const limit = positiveInt('--limit', parsed.limit) ?? 100;
      const interrupt = watchInterrupt(io);
      let rows: Record<string, unknown>[];
      try {
        rows = parsed.athena
          ? await onAthena(env, parsed.config, parsed.sql, parsed.trend, interrupt.signal)
          : await onLake(env, parsed.lake, parsed.config, parsed.sql, parsed.trend, openLake);
      } finally {
        interrupt.dispose();
      }
      if (interrupt.exitCode !== null) {
        env.exit.code = interrupt.exitCode;
        return;
      }
      if (parsed.json) {
        io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
      } else {
        io.stdout.write(`${formatTable(rows.slice(0, limit), { groupDigits: false })}\n`);
        if (rows.length > limit)
          io.stdout.write(`… ${rows.length - limit} more rows (--limit, or --json for all)\n`);
      }
      env.exit.code = EXIT.ok;
    },
  });
}

async function onLake(
  env: CommandEnv,
  lakeArg: string | undefined,
  configFile: string | undefined,
  sql: string | undefined,
  trend: TrendName | undefined,
  openLake: OpenLake,
): Promise<Record<string, unknown>[]> {
  const dir = lakeArg
    ? resolve(env.io.cwd, lakeArg)
    : localLakeDir((await loadCliConfig(env.io, { file: configFile })).resolved);
  if (!dir) {
    throw new UsageError({
      message: 'the config has no local lake',
      hint: 'pass --lake DIR, or --athena for an S3 lake',
    });
  }
  if (!existsSync(dir)) {
    throw new UsageError({
      message: `no lake at ${dir}`,
      hint: 'pass --lake DIR (e.g. demo/lake after `ohmystack demo --out demo`)',
    });
  }
  let lake: LakeQuery;
  try {
    lake = await openLake(dir);
  } catch (error) {
    if (isOhmystackError(error) && error.code === 'capability_missing') {
      throw new MissingPackageError({
        packageName: '@duckdb/node-api',
        why: 'querying a local lake needs DuckDB',
        cause: error,
      });
    }
    throw error;
  }
  try {
    return trend ? ((await lake[TREND_METHODS[trend]]()) as unknown as Rows) : await lake.query(sql!);
  } finally {
    await lake.close();
  }
}

async function onAthena(
  env: CommandEnv,
  configFile: string | undefined,
  sql: string | undefined,
  trend: TrendName | undefined,
  signal: AbortSignal,
): Promise<Record<string, unknown>[]> {
  const { resolved } = await loadCliConfig(env.io, { file: configFile });
  const { athena } = buildSinks({ ...resolved, database: false }, readSecrets(env.io.env));
  if (!athena) {
    throw new UsageError({
      message: '--athena needs `athena` and an S3 lake (`lake.s3`) in the config',
      hint: 'set OHMYSTACK_ATHENA_DATABASE and OHMYSTACK_S3_BUCKET, or athena/lake.s3 in ohmystack.config.json',
    });
  }
  try {
    return trend
      ? ((await athena[TREND_METHODS[trend]]({ signal })) as unknown as Rows)
      : await athena.query(sql!, [], { signal });
  } finally {
    await athena.dispose();
  }
}
