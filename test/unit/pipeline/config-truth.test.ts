// A wrong setting is refused, never ignored or bent: unknown keys at any depth (with the nearest known
// one), values outside what a setting takes (naming what it takes), numbers past their ceiling, run ids
// that are no KST slot, S3 prefixes that leave the lake and database URLs of engines ohmystack lacks.
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/model/errors/config-error.js';
import { MAX_DELAY_MS } from '../../../src/model/retry.js';
import { parsePipelineConfig } from '../../../src/pipeline/config.js';
import { nearestName } from '../../../src/pipeline/nearest-name.js';

function refusal(input: unknown): ConfigError {
  try {
    parsePipelineConfig(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error(`accepted ${JSON.stringify(input)}`);
}

function issuesOf(input: unknown): string[] {
  return refusal(input).issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('unknown keys', () => {
  it('are refused at the top level too, each named with the nearest known key', () => {
    const error = refusal({ databse: false, lake_dir: 'x', workdir: 'w' });
    expect(error.issues).toEqual([
      { path: [], message: "unknown key 'databse' — did you mean 'database'?" },
      { path: [], message: "unknown key 'lake_dir' — did you mean 'lake'?" },
      { path: [], message: "unknown key 'workdir' — did you mean 'workDir'?" },
    ]);
    expect(error.message).toContain(
      "invalid configuration: unknown key 'databse' — did you mean 'database'?;",
    );
    expect(error.code).toBe('invalid_config');
  });

  it('are refused inside sections, with the path of the section', () => {
    expect(issuesOf({ lake: { dirr: 'x' }, http: { timeout: 5 } })).toEqual([
      "http: unknown key 'timeout' — did you mean 'timeoutMs'?",
      "lake: unknown key 'dirr' — did you mean 'dir'?",
    ]);
  });

  it('list the known keys when none is near', () => {
    expect(issuesOf({ geo: { colour: 'red' } })).toEqual([
      "geo: unknown key 'colour' (known: geocoder, kakaoBaseUrl, cache, concurrency, branchToleranceKm)",
    ]);
  });
});

describe('value errors name what the setting takes', () => {
  it.each([
    [
      { sources: ['jumpitt'] },
      "sources.0: expected one of 'jumpit', 'wanted', 'programmers', 'saramin', 'jobkorea', 'jsonLd', got 'jumpitt' — did you mean 'jumpit'?",
    ],
    [
      { sources: [{ site: 'wantd' }] },
      "sources.0.site: expected one of 'jumpit', 'wanted', 'programmers', 'saramin', 'jobkorea', 'jsonLd', got 'wantd' — did you mean 'wanted'?",
    ],
    [{ lake: true }, 'lake: expected false or { dir, s3, formats }, got true'],
    [
      { lake: { formats: ['xlsx'] } },
      "lake.formats.0: expected one of 'jsonl', 'csv', 'parquet', got 'xlsx'",
    ],
    [{ lake: { s3: {} } }, 'lake.s3.bucket: required: a string'],
    [{ database: 5 }, 'database: expected false or { dialect, connection, schema, tablePrefix }, got 5'],
    [
      { geo: { geocoder: 'kakoa' } },
      "geo.geocoder: expected one of 'auto', 'kakao', 'gazetteer', 'none', got 'kakoa' — did you mean 'kakao'?",
    ],
    [{ stopAfter: 'colect' }, "stopAfter: expected 'collect', got 'colect' — did you mean 'collect'?"],
    [{ http: { concurrency: 2.5 } }, 'http.concurrency: expected a whole number, got 2.5'],
    [{ batchSize: -1 }, 'batchSize: must be more than 0, got -1'],
    [{ workDir: '' }, 'workDir: must not be empty'],
    [
      { athena: { database: 'jobs', outputLocation: 'http://x' } },
      "athena.outputLocation: must start with 's3://', got 'http://x'",
    ],
  ])('%j', (input, issue) => {
    expect(issuesOf(input)).toEqual([issue]);
  });

  it('keeps the secret rule of a site spec at its own path', () => {
    expect(issuesOf({ sources: [{ site: 'saramin', accessKey: 'x' }] })).toEqual([
      'sources.0.accessKey: secrets are read from the environment only (SARAMIN_ACCESS_KEY), never from a config file',
    ]);
  });
});

describe('every duration and count has a ceiling', () => {
  it('refuses a timeout no timer can hold (Node would fire it after 1 ms)', () => {
    expect(issuesOf({ http: { timeoutMs: 3_000_000_000 } })).toEqual([
      `http.timeoutMs: must be at most ${MAX_DELAY_MS} ms (about 24.8 days; a longer timer would fire at once), got 3000000000`,
    ]);
    expect(parsePipelineConfig({ http: { timeoutMs: MAX_DELAY_MS } }).http.timeoutMs).toBe(MAX_DELAY_MS);
  });

  it.each([
    ['http.perHostRate', { http: { perHostRate: 1e9 } }],
    ['http.perHostConcurrency', { http: { perHostConcurrency: 1e9 } }],
    ['http.concurrency', { http: { concurrency: 1e9 } }],
    ['http.retries', { http: { retries: 1e9 } }],
    ['collect.sourceConcurrency', { collect: { sourceConcurrency: 1e9 } }],
    ['collect.detailConcurrency', { collect: { detailConcurrency: 1e9 } }],
    ['collect.maxPages', { collect: { maxPages: 1e9 } }],
    ['geo.concurrency', { geo: { concurrency: 1e9 } }],
    ['geo.branchToleranceKm', { geo: { branchToleranceKm: 1e9 } }],
    ['batchSize', { batchSize: 1e9 }],
  ])('%s', (path, input) => {
    expect(issuesOf(input)).toEqual([
      expect.stringMatching(new RegExp(`^${path}: must be at most \\d+, got 1000000000$`)),
    ]);
  });
});

describe('runId is the start of a KST slot', () => {
  it.each([
    ['20261399T9999', "runId: '20261399T9999' is not a real date and time (YYYYMMDDTHHMM, KST)"],
    ['20260230T0900', "runId: '20260230T0900' is not a real date and time (YYYYMMDDTHHMM, KST)"],
    [
      '20261129T1000',
      "runId: '20261129T1000' does not start a KST slot: slots start at 00, 03, 06, …, 21 o'clock on the minute (e.g. '20261129T0900')",
    ],
    ['2026-11-29', "runId: expected a KST slot such as '20261129T0900' (YYYYMMDDTHH00), got '2026-11-29'"],
  ])('refuses %s', (runId, issue) => {
    expect(issuesOf({ runId })).toEqual([issue]);
  });

  it('takes every slot start of a day, leap days included', () => {
    for (const hour of ['00', '03', '06', '09', '12', '15', '18', '21']) {
      expect(parsePipelineConfig({ runId: `20280229T${hour}00` }).runId).toBe(`20280229T${hour}00`);
    }
  });
});

describe('the S3 prefix stays inside the lake', () => {
  it.each([
    ['../victim-bucket/x', "must not contain '.' or '..' segments"],
    ['lake/./x', "must not contain '.' or '..' segments"],
    ['/ohmystack', "must not start with '/' (write 'ohmystack')"],
    ['a//b', "must not contain empty segments ('//')"],
    ['a\\b', 'must not contain a backslash'],
    ['a\u0000b', 'must not contain control characters'],
  ])('refuses %j', (prefix, message) => {
    expect(issuesOf({ lake: { s3: { bucket: 'lake', prefix } } })).toEqual([
      expect.stringContaining(`lake.s3.prefix: ${message}`),
    ]);
  });

  it('takes a plain key path, with or without a trailing slash', () => {
    for (const prefix of ['', 'ohmystack', 'ohmystack/lake/', 'a.b/c..d']) {
      expect(() => parsePipelineConfig({ lake: { s3: { bucket: 'lake', prefix } } })).not.toThrow();
    }
  });
});

describe('database.connection names an engine ohmystack has', () => {
  it('refuses an unknown scheme, naming the supported forms', () => {
    expect(issuesOf({ database: { connection: 'oracle://db/jobs' } })).toEqual([
      "database.connection: unsupported scheme 'oracle:' — use postgres:// (or postgresql://), mysql:// (or mariadb://), sqlite:PATH, or a file path (':memory:' too)",
    ]);
  });

  it.each(['data/jobs.db', 'sqlite:data/jobs.db', ':memory:', 'C:\\data\\jobs.db', 'postgresql://db/jobs'])(
    'takes %j',
    (connection) => {
      expect(() => parsePipelineConfig({ database: { connection } })).not.toThrow();
    },
  );
});

describe('nearestName', () => {
  it.each([
    ['databse', 'database'],
    ['lake_dir', 'lake'],
    ['work_dir', 'workDir'],
    ['batchsize', 'batchSize'],
    ['sorces', 'sources'],
    ['colour', undefined],
    ['x', undefined],
  ])('%s → %s', (given, near) => {
    expect(nearestName(given, ['database', 'lake', 'workDir', 'batchSize', 'sources', 'http'])).toBe(near);
  });
});
