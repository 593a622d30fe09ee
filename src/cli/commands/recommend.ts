// `ohmystack recommend`: the postings that fit one person, best first, with the reasons in Korean. The
// postings are a lake's current ones (--lake, else the config's local lake, else ./demo/lake) or the
// production database's open ones (--db). A home address is placed the way the pipeline places postings
// (Kakao when a key is configured, else the offline gazetteer); commutes use the offline model.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { defineCommand } from 'citty';
import type { CommuteMode } from '../../commute/index.js';
import type { Posting } from '../../model/posting.js';
import { buildGeocoder } from '../../pipeline/build-geocoder.js';
import type { ResolvedPipelineConfig } from '../../pipeline/config.js';
import {
  DATABASE_URL_FORMS,
  dialectOfConnection,
  sqliteFileOf,
  unsupportedScheme,
  unsupportedSchemeMessage,
} from '../../pipeline/database-url.js';
import { jobIndexPath } from '../../pipeline/job-index.js';
import { readSecrets } from '../../pipeline/secrets.js';
import { readOpenPostings } from '../../query/read-open-postings.js';
import { recommend } from '../../recommend/index.js';
import { readDatabasePostings, sqlSink } from '../../sinks/sql/index.js';
import { positiveInt } from '../check-args.js';
import type { CommandEnv } from '../command-env.js';
import { EXIT } from '../exit-codes.js';
import { formatRecommendationTable } from '../format/recommendation-table.js';
import { watchInterrupt } from '../interrupt.js';
import { loadCliConfig, localLakeDir } from '../load-cli-config.js';
import { configArg, debugArg, jsonArg } from '../shared-args.js';
import { UsageError } from '../usage-error.js';

const MODES: CommuteMode[] = ['transit', 'driving', 'walking'];
/** The lake `ohmystack demo --out demo` writes, read when nothing else is given or configured. */
const DEMO_LAKE = join('demo', 'lake');

const args = {
  stacks: {
    type: 'string',
    valueHint: 'list',
    description: "the person's stacks, any spelling: 'java,spring'",
  },
  intro: { type: 'string', valueHint: 'text', description: 'a self-introduction the stacks are read from' },
  years: { type: 'string', valueHint: 'n', description: 'years of experience' },
  newcomer: { type: 'boolean', description: 'a newcomer (신입): never shown postings asking for experience' },
  home: { type: 'string', valueHint: 'address', description: "home address: '서울 마포구 월드컵북로 396'" },
  mode: { type: 'enum', options: MODES, description: 'commute mode (default transit)' },
  'max-minutes': { type: 'string', valueHint: 'n', description: 'the longest one-way commute accepted' },
  family: { type: 'string', valueHint: 'list', description: "wanted job families: 'backend,data'" },
  region: {
    type: 'string',
    valueHint: 'list',
    description: "wanted regions (시도 or 시군구): '서울,성남시 분당구'",
  },
  limit: { type: 'string', valueHint: 'n', description: 'how many jobs to show (default 20)' },
  lake: {
    type: 'string',
    valueHint: 'dir',
    description: "a local lake (default: the config's lake, else ./demo/lake)",
  },
  db: { type: 'string', valueHint: 'url', description: 'the production database instead of a lake' },
  config: configArg,
  json: jsonArg,
  debug: debugArg,
} as const;

/**
 * Returns the `recommend` command.
 *
 * @example ohmystack recommend --stacks "java,spring" --years 3 --home "서울 마포구 월드컵북로 396" --max-minutes 60
 */
export function recommendCommand(env: CommandEnv) {
  return defineCommand({
    meta: {
      name: 'recommend',
      description: 'the postings that fit a person, with their commute and reasons',
    },
    args,
    async run({ args: parsed }) {
      const { io } = env;
      if (parsed.lake && parsed.db) throw new UsageError({ message: '--lake and --db do not go together' });
      const limit = positiveInt('--limit', parsed.limit) ?? 20;
      const profile = {
        ...(parsed.stacks !== undefined ? { stacks: parsed.stacks } : {}),
        ...(parsed.intro !== undefined ? { intro: parsed.intro } : {}),
        ...(parsed.years !== undefined ? { years: numberOf('--years', parsed.years) } : {}),
        ...(parsed.newcomer ? { newcomer: true } : {}),
        ...(parsed.home !== undefined ? { home: parsed.home } : {}),
        ...commuteOf(parsed.mode, parsed['max-minutes']),
        ...(parsed.family !== undefined ? { families: listOf(parsed.family) } : {}),
        ...(parsed.region !== undefined ? { regions: listOf(parsed.region) } : {}),
      };
      const { resolved } = await loadCliConfig(io, { file: parsed.config });
      const loaded = parsed.db
        ? await fromDatabase(env, parsed.db)
        : await fromLake(env, parsed.lake, resolved);
      const interrupt = watchInterrupt(io);
      const { geocoder, flush } = buildGeocoder(resolved, readSecrets(io.env), interrupt.signal);
      try {
        const top = await recommend(profile, loaded.postings, {
          limit,
          ...(geocoder ? { geocoder } : {}),
          signal: interrupt.signal,
        });
        const warnings = [...loaded.warnings, ...top.warnings];
        if (parsed.json) {
          io.stdout.write(
            `${JSON.stringify({ source: loaded.source, recommendations: [...top], warnings }, null, 2)}\n`,
          );
        } else {
          for (const warning of warnings) io.stderr.write(`warning: ${warning}\n`);
          io.stdout.write(
            `${top.length} recommended from ${loaded.postings.length.toLocaleString('en-US')} postings in ${loaded.source}\n\n`,
          );
          io.stdout.write(`${formatRecommendationTable(top)}\n`);
        }
        env.exit.code = EXIT.ok;
      } catch (error) {
        if (interrupt.exitCode === null) throw error;
        env.exit.code = interrupt.exitCode;
      } finally {
        interrupt.dispose();
        await flush();
      }
    },
  });
}

interface Loaded {
  postings: Posting[];
  /** Where the postings came from, for the output. */
  source: string;
  warnings: string[];
}

/**
 * The lake's current postings. Which of them left their sites is known to the pipeline's work dir: the
 * config's, when this is the config's lake, else the demo's layout (DIR/lake beside DIR/.ohmystack) or
 * the default one (the lake inside the work dir).
 */
async function fromLake(env: CommandEnv, lakeArg: string | undefined, resolved: ResolvedPipelineConfig) {
  const configured = localLakeDir(resolved);
  const demo = resolve(env.io.cwd, DEMO_LAKE);
  const dir = lakeArg
    ? resolve(env.io.cwd, lakeArg)
    : configured && existsSync(configured)
      ? configured
      : existsSync(demo)
        ? demo
        : undefined;
  if (!dir || !existsSync(dir)) {
    throw new UsageError({
      message: dir
        ? `no lake at ${dir}`
        : `no lake: the config's lake (${configured ?? 'none'}) and ${demo} do not exist`,
      hint: 'pass --lake DIR or --db URL (or run `ohmystack demo --out demo` first)',
    });
  }
  const candidates = [
    ...(configured === dir ? [resolved.workDir] : []),
    join(dirname(dir), '.ohmystack'),
    dirname(dir),
  ];
  const workDir = candidates.find((candidate) => existsSync(jobIndexPath(candidate)));
  const open = await readOpenPostings(dir, workDir ? { workDir } : {});
  return { postings: open.postings, source: dir, warnings: open.warnings } satisfies Loaded;
}

/** The database's open postings; the URL is read as the pipeline reads OHMYSTACK_DATABASE_URL. */
async function fromDatabase(env: CommandEnv, url: string): Promise<Loaded> {
  const scheme = unsupportedScheme(url);
  if (scheme !== undefined) throw new UsageError({ message: `--db: ${unsupportedSchemeMessage(scheme)}` });
  const dialect = dialectOfConnection(url);
  const file = dialect === 'sqlite' ? resolve(env.io.cwd, sqliteFileOf(url)) : undefined;
  // Opening a missing SQLite file would create an empty database and recommend nothing.
  if (file !== undefined && !existsSync(file)) {
    throw new UsageError({ message: `--db: no database at ${file}`, hint: `give ${DATABASE_URL_FORMS}` });
  }
  const sink = sqlSink({ dialect, connection: file ?? url });
  try {
    const postings = await readDatabasePostings(sink);
    return { postings, source: file ?? `the ${dialect} database`, warnings: [] };
  } finally {
    await sink.dispose();
  }
}

function commuteOf(
  mode: string | undefined,
  maxMinutes: string | undefined,
): { commute?: { mode?: CommuteMode; maxMinutes?: number } } {
  if (mode === undefined && maxMinutes === undefined) return {};
  return {
    commute: {
      // checkArgs has refused any mode outside MODES already.
      ...(mode !== undefined ? { mode: mode as CommuteMode } : {}),
      ...(maxMinutes !== undefined ? { maxMinutes: numberOf('--max-minutes', maxMinutes) } : {}),
    },
  };
}

// Whether the number makes sense for a person (years below 0, 900 minutes) is the profile's check: it
// names the field. Here only text that is no number at all is refused.
function numberOf(option: string, value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number)) {
    throw new UsageError({ message: `${option} must be a number, got "${value}"` });
  }
  return number;
}

function listOf(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
