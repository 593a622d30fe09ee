import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/model/errors/config-error.js';
import { parsePipelineConfig } from '../../../src/pipeline/config.js';
import { configFromEnv, dialectOfUrl, mergeConfig } from '../../../src/pipeline/env-config.js';
import { loadConfig } from '../../../src/pipeline/load-config.js';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});
async function dirWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ohmystack-config-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

describe('parsePipelineConfig', () => {
  it('applies the embedded defaults', () => {
    const config = parsePipelineConfig({});
    expect(config.workDir).toBe('.ohmystack');
    expect(config.sources).toEqual([
      { site: 'jumpit' },
      { site: 'wanted' },
      { site: 'programmers' },
      { site: 'jobkorea' },
    ]);
    expect(config.lake).toEqual({});
    expect(config.database).toEqual({ dialect: 'sqlite' });
    expect(config.geo.geocoder).toBe('auto');
    expect(config.batchSize).toBe(1000);
  });

  it('takes site ids, site specs with their options, and Source objects', () => {
    const custom = { id: 'mine', collect: () => ({}) as never };
    const config = parsePipelineConfig({
      sources: ['jumpit', { site: 'saramin', keywords: ['백엔드'] }, custom],
    });
    expect(config.sources[0]).toEqual({ site: 'jumpit' });
    expect(config.sources[1]).toEqual({ site: 'saramin', keywords: ['백엔드'] });
    expect(config.sources[2]).toBe(custom);
  });

  it('names every wrong setting at once', () => {
    let error: unknown;
    try {
      parsePipelineConfig({
        geo: { geocoder: 'naver' },
        batchSize: -1,
        runId: '2026-11-29',
        sources: ['indeed'],
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const paths = (error as ConfigError).issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['geo.geocoder', 'batchSize', 'runId', 'sources.0']));
    expect((error as ConfigError).message).toContain('geo.geocoder');
    expect((error as ConfigError).code).toBe('invalid_config');
  });

  it('refuses secrets and passwords in a config', () => {
    expect(() => parsePipelineConfig({ sources: [{ site: 'saramin', accessKey: 'abc' }] })).toThrow(
      /SARAMIN_ACCESS_KEY/,
    );
    expect(() =>
      parsePipelineConfig({
        database: { dialect: 'postgres', connection: 'postgres://app:hunter2@db/jobs' },
      }),
    ).toThrow(/OHMYSTACK_DATABASE_URL/);
    // Options that merely contain the letters are fine.
    expect(() => parsePipelineConfig({ sources: [{ site: 'jobkorea', keywords: ['java'] }] })).not.toThrow();
  });

  it('rejects unknown settings instead of ignoring a typo', () => {
    expect(() => parsePipelineConfig({ geo: { geocodr: 'kakao' } })).toThrow(/geo/);
  });
});

describe('configuration from the environment', () => {
  it('reads OHMYSTACK_* settings', () => {
    const config = configFromEnv({
      OHMYSTACK_SOURCES: 'jumpit, wanted',
      OHMYSTACK_WORK_DIR: '/var/lib/ohmystack',
      OHMYSTACK_S3_BUCKET: 'jobs-lake',
      OHMYSTACK_S3_ENDPOINT: 'http://127.0.0.1:4568',
      OHMYSTACK_ATHENA_DATABASE: 'jobs',
      OHMYSTACK_DATABASE_URL: 'postgres://app:pw@db/jobs',
    });
    expect(config).toEqual({
      workDir: '/var/lib/ohmystack',
      sources: ['jumpit', 'wanted'],
      lake: { s3: { bucket: 'jobs-lake', endpoint: 'http://127.0.0.1:4568', forcePathStyle: true } },
      athena: { database: 'jobs' },
      database: { dialect: 'postgres' },
    });
    expect(JSON.stringify(config)).not.toContain('pw@');
  });

  it('knows the dialect of a URL', () => {
    expect(dialectOfUrl('postgresql://x/y')).toBe('postgres');
    expect(dialectOfUrl('mariadb://x/y')).toBe('mysql');
    expect(dialectOfUrl('data/jobs.db')).toBe('sqlite');
    expect(dialectOfUrl(undefined)).toBeUndefined();
  });

  it('merges objects key by key and replaces arrays', () => {
    expect(
      mergeConfig({ geo: { cache: false }, sources: ['a'] }, { geo: { geocoder: 'kakao' }, sources: ['b'] }),
    ).toEqual({
      geo: { cache: false, geocoder: 'kakao' },
      sources: ['b'],
    });
  });
});

describe('loadConfig', () => {
  it('finds a JSON config and lays the environment over it', async () => {
    const cwd = await dirWith({
      'ohmystack.config.json': JSON.stringify({ sources: ['jumpit'], geo: { cache: false } }),
    });
    const { config, file } = await loadConfig({ cwd, env: { OHMYSTACK_GEOCODER: 'gazetteer' } });
    expect(file).toBe(join(cwd, 'ohmystack.config.json'));
    expect(config).toEqual({ sources: ['jumpit'], geo: { cache: false, geocoder: 'gazetteer' } });
  });

  it('loads an ES module config', async () => {
    const cwd = await dirWith({
      'ohmystack.config.mjs': "export default { sources: ['wanted'], batchSize: 50 };",
    });
    const { config } = await loadConfig({ cwd, env: {} });
    expect(config).toEqual({ sources: ['wanted'], batchSize: 50 });
  });

  it('fails at once on a broken file or a wrong setting, naming it', async () => {
    const broken = await dirWith({ 'ohmystack.config.json': '{ "sources": [' });
    await expect(loadConfig({ cwd: broken, env: {} })).rejects.toThrow(/is not JSON/);
    const wrong = await dirWith({ 'ohmystack.config.json': '{ "lake": { "formats": ["xlsx"] } }' });
    await expect(loadConfig({ cwd: wrong, env: {} })).rejects.toThrow(/lake/);
  });

  it('works without a file', async () => {
    const cwd = await dirWith({});
    expect(await loadConfig({ cwd, env: {} })).toEqual({ config: {}, file: null });
  });
});
