// A database URL names its engine by its scheme, or is a SQLite file. A scheme ohmystack has no driver
// for ('oracle://…') used to become a SQLite path: a stray file named after the URL, and a run reported
// as loaded. It is refused, wherever the URL comes from, without quoting it (it may hold a password).
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/model/errors/config-error.js';
import { buildSinks } from '../../../src/pipeline/build-sinks.js';
import { parsePipelineConfig } from '../../../src/pipeline/config.js';
import { sqliteFileOf } from '../../../src/pipeline/database-url.js';
import { configFromEnv, dialectOfUrl } from '../../../src/pipeline/env-config.js';
import { loadConfig } from '../../../src/pipeline/load-config.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function refusal(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('accepted');
}

describe('dialectOfUrl', () => {
  it.each([
    ['postgres://db/jobs', 'postgres'],
    ['postgresql://db/jobs', 'postgres'],
    ['mysql://db/jobs', 'mysql'],
    ['mariadb://db/jobs', 'mysql'],
    ['sqlite:data/jobs.db', 'sqlite'],
    ['data/jobs.db', 'sqlite'],
    ['/var/lib/jobs.db', 'sqlite'],
    [':memory:', 'sqlite'],
    ['C:\\data\\jobs.db', 'sqlite'],
  ])('%s → %s', (url, dialect) => {
    expect(dialectOfUrl(url)).toBe(dialect);
  });

  it.each(['oracle://app:tiger@db/jobs', 'mssql://db/jobs', 'file:jobs.db', 'redis://cache'])(
    'refuses %s, naming the setting and the supported forms but not the URL',
    (url) => {
      const error = refusal(() => dialectOfUrl(url));
      expect(error.issues).toHaveLength(1);
      expect(error.issues[0]!.path).toEqual(['OHMYSTACK_DATABASE_URL']);
      expect(error.issues[0]!.message).toMatch(/^unsupported scheme '[a-z]+:' — use postgres:\/\/ /);
      expect(error.message).toContain('mariadb://');
      expect(error.message).toContain('sqlite:PATH');
      expect(error.message).not.toContain('tiger');
    },
  );
});

describe('an unsupported OHMYSTACK_DATABASE_URL', () => {
  const env = { OHMYSTACK_DATABASE_URL: 'oracle://x' };

  it('is refused by configFromEnv and so by loadConfig', async () => {
    expect(() => configFromEnv(env)).toThrow(/OHMYSTACK_DATABASE_URL: unsupported scheme 'oracle:'/);
    const cwd = mkdtempSync(join(tmpdir(), 'ohmystack-db-url-'));
    dirs.push(cwd);
    await expect(loadConfig({ cwd, env })).rejects.toThrow(ConfigError);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('is refused by buildSinks (runPipeline from code, env given apart from the config)', () => {
    const config = parsePipelineConfig({ lake: false });
    expect(() => buildSinks(config, { databaseUrl: 'oracle://x' })).toThrow(
      /OHMYSTACK_DATABASE_URL: unsupported scheme 'oracle:'/,
    );
  });
});

describe('sqlite: URLs', () => {
  it.each([
    ['sqlite:data/jobs.db', 'data/jobs.db'],
    ['sqlite:///var/lib/jobs.db', '/var/lib/jobs.db'],
    ['sqlite::memory:', ':memory:'],
    ['data/jobs.db', 'data/jobs.db'],
    ['postgres://db/jobs', 'postgres://db/jobs'],
  ])('%s opens %s', (url, file) => {
    expect(sqliteFileOf(url)).toBe(file);
  });

  it('reach sqlSink as the file they name, not as a file named after the URL', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ohmystack-sqlite-url-'));
    dirs.push(dir);
    const config = parsePipelineConfig({ lake: false, workDir: dir });
    const { database } = buildSinks(config, { databaseUrl: `sqlite:${join(dir, 'jobs.db')}` });
    try {
      await database!.query('SELECT 1 AS one');
    } finally {
      await database!.dispose();
    }
    expect(readdirSync(dir).filter((name) => !name.endsWith('-wal') && !name.endsWith('-shm'))).toEqual([
      'jobs.db',
    ]);
  });
});
