// The pipeline's configuration: one zod schema for what a config file, the environment and code may set.
// Secrets are not settings: keys and passwords come only from the environment (see secrets.ts), so a
// config file can be committed and a report can be shared.
import { z } from 'zod';
import { ConfigError } from '../model/errors/config-error.js';
import type { ValidationIssue } from '../model/errors/validation-error.js';
import { MAX_DELAY_MS } from '../model/retry.js';
import { keyPrefixProblem } from '../sinks/s3/key-prefix.js';
import type { Source } from '../sources/types.js';
import { configIssueMessage, matchedOptionIssues, UNKNOWN_KEYS_SEPARATOR } from './config-messages.js';
import { unsupportedScheme, unsupportedSchemeMessage } from './database-url.js';
import type { PipelineProgress } from './progress.js';
import { runIdProblem } from './slot-run-id.js';

/** The sites a config can name; `jsonLd` reads any careers site that publishes schema.org JobPosting. */
export const SITE_IDS = ['jumpit', 'wanted', 'programmers', 'saramin', 'jobkorea', 'jsonLd'] as const;
export type SiteId = (typeof SITE_IDS)[number];

/** The sites collected when a config names none: the four IT job sites that need no key. */
export const DEFAULT_SITES: readonly SiteId[] = ['jumpit', 'wanted', 'programmers', 'jobkorea'];

const SECRET_KEY = /(key|secret|password|token)$/i;

// Every number has a ceiling, so a slip of a few zeros fails here instead of in the run: a timeout past
// what a timer can hold fires at once (Node turns it into 1 ms), and a count in the millions opens that
// many sockets or holds that many postings in memory.
/** More connections than this from one process help no site, database or geocoder. */
const MAX_CONCURRENCY = 1024;
/** A wait of a few minutes is already long for one request; a failing site is the next slot's job. */
const MAX_RETRIES = 100;
/** Requests per second per host: far beyond any site's tolerance, high enough for a local replica. */
const MAX_RATE = 10_000;
const MAX_PAGES = 100_000;
const MAX_DETAIL_REQUESTS = 1_000_000;
const MAX_BATCH = 1_000_000;
/** Two sites of one company farther apart than this are never one branch; Korea is ~1,100 km long. */
const MAX_BRANCH_TOLERANCE_KM = 1_000;

const positive = (max: number) => z.number().positive().max(max);
const positiveInt = (max: number) => z.number().int().positive().max(max);
const durationMs = z
  .number()
  .int()
  .positive()
  .max(MAX_DELAY_MS, {
    error: (issue) =>
      `must be at most ${MAX_DELAY_MS} ms (about 24.8 days; a longer timer would fire at once), got ${String(issue.input)}`,
  });
const concurrency = positiveInt(MAX_CONCURRENCY);

/**
 * One site and its factory's options (`baseUrl`, `categories`, `keywords`, `sitemapUrl`…), passed on as
 * given. A bare site id means its defaults.
 */
const SiteSpec = z
  .object({ site: z.enum(SITE_IDS) })
  .catchall(z.unknown())
  .superRefine((spec, ctx) => {
    for (const key of Object.keys(spec)) {
      if (SECRET_KEY.test(key))
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `secrets are read from the environment only (${spec.site === 'saramin' ? 'SARAMIN_ACCESS_KEY' : 'see the README'}), never from a config file`,
        });
    }
  });
export type SiteSpec = z.infer<typeof SiteSpec>;

export const isSource = (value: unknown): value is Source =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Source).id === 'string' &&
  typeof (value as Source).collect === 'function';

const SourceEntry = z.union([
  z.enum(SITE_IDS).transform((site) => ({ site })),
  SiteSpec,
  z.custom<Source>(isSource, 'a site id, { site, …options }, or a Source object'),
]);

const connectionWithoutPassword = z
  .string()
  .refine((value) => !/^[a-z0-9+]+:\/\/[^/@]*:[^/@]+@/i.test(value), {
    message: 'a connection string with a password belongs in OHMYSTACK_DATABASE_URL, not in a config file',
  })
  .superRefine((value, ctx) => {
    const scheme = unsupportedScheme(value);
    if (scheme !== undefined) ctx.addIssue({ code: 'custom', message: unsupportedSchemeMessage(scheme) });
  });

const runId = z.string().superRefine((value, ctx) => {
  const problem = runIdProblem(value);
  if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
});

const keyPrefix = z.string().superRefine((value, ctx) => {
  const problem = keyPrefixProblem(value);
  if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
});

export const PipelineConfigSchema = z.strictObject({
  /** The run: the start of a KST 3-hour slot ('20261129T0900'); the current slot by default. */
  runId: runId.optional(),
  /** Where staging, source state, the geocode cache and the embedded defaults (lake, SQLite) live. */
  workDir: z.string().min(1).default('.ohmystack'),
  sources: z
    .array(SourceEntry)
    .min(1, 'at least one source')
    .default(() => DEFAULT_SITES.map((site) => ({ site }))),
  http: z
    .object({
      perHostRate: positive(MAX_RATE).optional(),
      perHostConcurrency: concurrency.optional(),
      concurrency: concurrency.optional(),
      timeoutMs: durationMs.optional(),
      retries: z.number().int().min(0).max(MAX_RETRIES).optional(),
      respectRobots: z.boolean().optional(),
      /** An email or URL added to the User-Agent, so site owners can reach you. */
      contact: z.string().optional(),
    })
    .strict()
    .default({}),
  collect: z
    .object({
      /** Sources collected at once. */
      sourceConcurrency: concurrency.default(6),
      detailConcurrency: concurrency.default(4),
      maxPages: positiveInt(MAX_PAGES).default(500),
      /** Detail requests per source and run; the rest wait for the next run. @default 10000 */
      maxDetailRequests: positiveInt(MAX_DETAIL_REQUESTS).optional(),
    })
    .strict()
    .default({ sourceConcurrency: 6, detailConcurrency: 4, maxPages: 500 }),
  geo: z
    .object({
      /** auto: Kakao when KAKAO_REST_API_KEY is set (gazetteer behind it), else the offline gazetteer. */
      geocoder: z.enum(['auto', 'kakao', 'gazetteer', 'none']).default('auto'),
      kakaoBaseUrl: z.url().optional(),
      /** Keep geocodes in `{workDir}/geocode-cache` between runs. */
      cache: z.boolean().default(true),
      concurrency: concurrency.default(4),
      branchToleranceKm: positive(MAX_BRANCH_TOLERANCE_KM).default(3),
    })
    .strict()
    .default({ geocoder: 'auto', cache: true, concurrency: 4, branchToleranceKm: 3 }),
  features: z
    .object({ by: z.enum(['stacks', 'positions', 'both']).default('both') })
    .strict()
    .default({ by: 'both' }),
  /** The lake: a local directory (`{workDir}/lake` by default) or S3; false for none. */
  lake: z
    .union([
      z.literal(false),
      z
        .object({
          dir: z.string().min(1).optional(),
          s3: z
            .object({
              bucket: z.string().min(3),
              prefix: keyPrefix.optional(),
              region: z.string().optional(),
              endpoint: z.url().optional(),
              forcePathStyle: z.boolean().optional(),
            })
            .strict()
            .optional(),
          formats: z
            .array(z.enum(['jsonl', 'csv', 'parquet']))
            .min(1)
            .optional(),
        })
        .strict(),
    ])
    .default({}),
  /** The production database: SQLite at `{workDir}/ohmystack.db` by default; false for none. */
  database: z
    .union([
      z.literal(false),
      z
        .object({
          dialect: z.enum(['sqlite', 'postgres', 'mysql']).default('sqlite'),
          /** A SQLite path, or a postgres:// / mysql:// URL without a password. */
          connection: connectionWithoutPassword.optional(),
          schema: z.string().optional(),
          tablePrefix: z.string().optional(),
        })
        .strict(),
    ])
    .default({ dialect: 'sqlite' }),
  /** The warehouse: Athena tables over the S3 lake when set; DuckDB over a local lake needs nothing. */
  athena: z
    .object({
      database: z.string().min(1),
      workgroup: z.string().optional(),
      outputLocation: z.string().startsWith('s3://').optional(),
      region: z.string().optional(),
      endpoint: z.url().optional(),
    })
    .strict()
    .optional(),
  /** Postings per batch through normalize, geocode and the sinks; bounds memory. */
  batchSize: positiveInt(MAX_BATCH).default(1000),
  /**
   * 'collect': stop once every source's postings are staged (nothing is loaded, no state moves); a later
   * run of the same runId loads them without fetching them again. For schedulers with a task per stage.
   */
  stopAfter: z.enum(['collect']).optional(),
  /**
   * Run again even when this slot was already committed: rebuilt from its staged postings, the lake's
   * copy of the slot is replaced; the database keeps what the slot's first commit published (sqlSink
   * applies a runId once), so a source that failed in a slot is picked up by the next slot.
   */
  force: z.boolean().default(false),
  // Runtime-only settings: code passes them, files cannot.
  now: z.date().optional(),
  signal: z.custom<AbortSignal>((value) => value instanceof AbortSignal, 'an AbortSignal').optional(),
  onProgress: z.custom<(event: PipelineProgress) => void>((value) => typeof value === 'function').optional(),
  /** Where secrets are read from. @default process.env */
  env: z.record(z.string(), z.string().optional()).optional(),
});

/** What `runPipeline` accepts: every setting optional. */
export type PipelineConfig = z.input<typeof PipelineConfigSchema>;
/** The configuration with defaults applied. */
export type ResolvedPipelineConfig = z.output<typeof PipelineConfigSchema>;

/**
 * Returns the configuration with defaults applied.
 *
 * @throws {ConfigError} naming every wrong setting, what it takes and, for a typo, the nearest known
 *   name, e.g. `invalid configuration: unknown key 'databse' — did you mean 'database'?`.
 * @example parsePipelineConfig({ sources: ['jumpit'], database: false }).lake // {}
 */
export function parsePipelineConfig(input: unknown, origin?: string): ResolvedPipelineConfig {
  const parsed = PipelineConfigSchema.safeParse(input ?? {}, { error: configIssueMessage });
  if (parsed.success) return parsed.data;
  throw new ConfigError({ issues: parsed.error.issues.flatMap((issue) => configIssues(issue)), origin });
}

// Several unknown keys of one object come as one issue; each gets its own, so each is named. A union
// (a source entry, the lake) whose input fit one option gives that option's issues, at their own paths.
function configIssues(issue: z.core.$ZodIssue, base: readonly PropertyKey[] = []): ValidationIssue[] {
  const at = [...base, ...issue.path];
  const inner = matchedOptionIssues(issue);
  if (inner) return inner.flatMap((innerIssue) => configIssues(innerIssue, at));
  const path = at.map(pathPart);
  const messages =
    issue.code === 'unrecognized_keys' ? issue.message.split(UNKNOWN_KEYS_SEPARATOR) : [issue.message];
  return messages.map((message) => ({ path, message }));
}

function pathPart(part: PropertyKey): string | number {
  return typeof part === 'symbol' ? String(part) : part;
}
