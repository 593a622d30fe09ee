// The pipeline's configuration: one zod schema for what a config file, the environment and code may set.
// Secrets are not settings: keys and passwords come only from the environment (see secrets.ts), so a
// config file can be committed and a report can be shared.
import { z } from 'zod';
import { ConfigError } from '../model/errors/config-error.js';
import type { Source } from '../sources/types.js';
import type { PipelineProgress } from './progress.js';

/** The sites a config can name; `jsonLd` reads any careers site that publishes schema.org JobPosting. */
export const SITE_IDS = ['jumpit', 'wanted', 'programmers', 'saramin', 'jobkorea', 'jsonLd'] as const;
export type SiteId = (typeof SITE_IDS)[number];

/** The sites collected when a config names none: the four IT job sites that need no key. */
export const DEFAULT_SITES: readonly SiteId[] = ['jumpit', 'wanted', 'programmers', 'jobkorea'];

const SECRET_KEY = /(key|secret|password|token)$/i;
const RUN_ID = /^\d{8}T\d{4}$/;
const positive = z.number().positive();
const positiveInt = z.number().int().positive();

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
  });

export const PipelineConfigSchema = z.object({
  /** The run ('20261129T0900'); the current KST 3-hour slot by default. */
  runId: z.string().regex(RUN_ID, "a run id such as '20261129T0900'").optional(),
  /** Where staging, source state, the geocode cache and the embedded defaults (lake, SQLite) live. */
  workDir: z.string().min(1).default('.ohmystack'),
  sources: z
    .array(SourceEntry)
    .min(1, 'at least one source')
    .default(() => DEFAULT_SITES.map((site) => ({ site }))),
  http: z
    .object({
      perHostRate: positive.optional(),
      perHostConcurrency: positiveInt.optional(),
      concurrency: positiveInt.optional(),
      timeoutMs: positiveInt.optional(),
      retries: z.number().int().min(0).optional(),
      respectRobots: z.boolean().optional(),
      /** An email or URL added to the User-Agent, so site owners can reach you. */
      contact: z.string().optional(),
    })
    .strict()
    .default({}),
  collect: z
    .object({
      /** Sources collected at once. */
      sourceConcurrency: positiveInt.default(6),
      detailConcurrency: positiveInt.default(4),
      maxPages: positiveInt.default(500),
      /** Detail requests per source and run; the rest wait for the next run. @default 10000 */
      maxDetailRequests: positiveInt.optional(),
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
      concurrency: positiveInt.default(4),
      branchToleranceKm: positive.default(3),
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
              prefix: z.string().optional(),
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
  batchSize: positiveInt.default(1000),
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
 * @throws {ConfigError} naming every wrong setting, e.g. `invalid configuration: geo.geocoder: Invalid option…`.
 * @example parsePipelineConfig({ sources: ['jumpit'], database: false }).lake // {}
 */
export function parsePipelineConfig(input: unknown, origin?: string): ResolvedPipelineConfig {
  const parsed = PipelineConfigSchema.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  throw new ConfigError({
    issues: parsed.error.issues.map((issue) => ({ path: issue.path.map(pathPart), message: issue.message })),
    origin,
  });
}

function pathPart(part: PropertyKey): string | number {
  return typeof part === 'symbol' ? String(part) : part;
}
