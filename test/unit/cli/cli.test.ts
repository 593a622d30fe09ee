// The whole CLI in-process: help, version, argument errors and their exit codes, `query` without DuckDB,
// and `doctor`, which must never print a secret's value. Services are swapped for fakes (the integration
// tests run the real ones in a child process).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DoctorProbes } from '../../../src/cli/doctor/probes.js';
import { runCli } from '../../../src/cli/index.js';
import { CapabilityError } from '../../../src/model/errors/capability-error.js';
import { fakeIo } from './_fake-io.js';

let cwd: string;

beforeAll(() => {
  cwd = mkdtempSync(join(tmpdir(), 'ohmystack-cli-unit-'));
});

afterAll(() => {
  rmSync(cwd, { recursive: true, force: true });
});

const healthy: DoctorProbes = {
  database: async () => {},
  s3: async () => {},
  athena: async () => {},
  duckdb: async () => 'DuckDB v1.5.6',
  executable: async () => true,
};

describe('ohmystack --help and --version', () => {
  it('lists every command, the exit codes and examples', async () => {
    const io = fakeIo({ cwd });
    expect(await runCli(['--help'], io)).toBe(0);
    for (const command of ['run', 'demo', 'collect', 'query', 'report', 'doctor']) {
      expect(io.out()).toMatch(new RegExp(`^\\s+${command}\\s{2,}`, 'm'));
    }
    expect(io.out()).toContain('EXIT CODES');
    expect(io.out()).toMatch(/^ {2}75 {3}the slot is already running/m);
    expect(io.out()).toContain('ohmystack demo --out demo');
    expect(io.out()).not.toContain('\u001B[');
  });

  it("shows a command's options", async () => {
    const io = fakeIo({ cwd });
    expect(await runCli(['demo', '--help'], io)).toBe(0);
    expect(io.out()).toMatch(/--out=<dir>.*\(Required\)/);
    expect(io.out()).toContain('--postings=<n>');
  });

  it('prints the version', async () => {
    const io = fakeIo({ cwd });
    expect(await runCli(['--version'], io)).toBe(0);
    expect(io.out()).toBe('9.9.9\n');
  });
});

describe('usage errors exit 64', () => {
  it.each([
    [[], /give a command/],
    [['frob'], /unknown command 'frob'/],
    [['rnu'], /unknown command 'rnu' — did you mean 'run'\?/],
    [['--json', 'run'], /--json stands before the command/],
    [['demo'], /Missing required argument: --out/],
    [['demo', '--out', 'x', '--postings', 'lots'], /--postings must be a positive whole number/],
    [['demo', '--out', 'x', '--postngs', '5'], /unknown option --postngs — did you mean --postings\?/],
    [['demo', '--outt', 'x'], /unknown option --outt — did you mean --out\?/],
    [['demo', '--out'], /--out needs a value/],
    [['demo', '--out', '--quiet'], /--out needs a value, but the next word is the option --quiet/],
    [['run', '--config'], /--config needs a value/],
    [['run', '--config', 'missing.json'], /--config: no file at .*missing\.json/],
    [['run', 'now'], /unexpected argument "now"/],
    [['run', '--schedule', '--run-id', '20261129T0900'], /--schedule and --run-id do not go together/],
    [['run', '--run-id', '2026-11-29'], /--run-id: expected a KST slot such as '20261129T0900'/],
    [['run', '--run-id', '20261399T9999'], /--run-id: '20261399T9999' is not a real date and time/],
    [['collect', '--run-id', '20261129T1000'], /--run-id: '20261129T1000' does not start a KST slot/],
    [['demo', '--out', 'x', '--run-id', '20260230T0900'], /--run-id: '20260230T0900' is not a real date/],
    [['query', '--lake', '.'], /give an SQL string or --trend/],
    [['query', '--trend', 'by-moon'], /--trend must be one of stack-by-week, .*, got "by-moon"/],
    [['query', '--athena', '--trend', 'job-family'], /--athena needs `athena` and an S3 lake/],
    [['query', '--lake', 'nowhere', '--trend', 'job-family'], /no lake at .*nowhere/],
  ])('%j', async (argv, message) => {
    const io = fakeIo({ cwd });
    expect(await runCli(argv, io)).toBe(64);
    expect(io.err()).toMatch(message);
    expect(io.err()).not.toMatch(/\n\s+at /);
    expect(io.out()).toBe('');
  });

  it('names the wrong setting of a config file', async () => {
    const file = join(cwd, 'wrong.json');
    writeFileSync(file, JSON.stringify({ collect: { maxPages: -1 } }));
    const io = fakeIo({ cwd });
    expect(await runCli(['run', '--config', file], io)).toBe(64);
    expect(io.err()).toContain('collect.maxPages');
  });
});

describe('ohmystack query without DuckDB', () => {
  it('exits 69 and says what to install', async () => {
    const io = fakeIo({ cwd });
    const openLake = async () => {
      throw new CapabilityError({
        sink: 'queryLake',
        capability: 'DuckDB (@duckdb/node-api)',
        hint: 'install the optional peer: npm install @duckdb/node-api',
      });
    };
    expect(await runCli(['query', '--lake', '.', '--trend', 'job-family'], io, { openLake })).toBe(69);
    expect(io.err()).toContain('querying a local lake needs DuckDB, and @duckdb/node-api is not installed');
    expect(io.err()).toContain('hint: npm install @duckdb/node-api');
  });
});

describe('ohmystack doctor', () => {
  const SECRETS = {
    KAKAO_REST_API_KEY: 'kakao-fake-key-1234567',
    SARAMIN_ACCESS_KEY: 'saramin-fake-key-7654321',
    OHMYSTACK_DATABASE_URL: 'postgres://jobs:fake-pass-9911@127.0.0.1:1/jobs',
  };
  const env = { ...SECRETS, OHMYSTACK_S3_BUCKET: 'lake-bucket', OHMYSTACK_ATHENA_DATABASE: 'jobs' };

  it.each([
    ['text', []],
    ['json', ['--json']],
  ])('never prints a secret value (%s)', async (_name, flags) => {
    const io = fakeIo({ cwd, env });
    // A driver that quotes the whole URL in its error, and one that quotes only the password.
    const probes: DoctorProbes = {
      ...healthy,
      database: async () => {
        throw new Error(`cannot connect to ${SECRETS.OHMYSTACK_DATABASE_URL} (password fake-pass-9911)`);
      },
    };
    const code = await runCli(['doctor', ...flags], io, { probes });
    const output = io.out() + io.err();
    for (const value of [...Object.values(SECRETS), 'fake-pass-9911']) expect(output).not.toContain(value);
    for (const name of Object.keys(SECRETS)) expect(output).toContain(name);
    expect(output).toMatch(/KAKAO_REST_API_KEY[\s\S]{0,60}set \(Kakao/);
    expect(code).toBe(1);
  });

  it('reports each check as JSON, and exits 0 when every required check passes', async () => {
    const io = fakeIo({ cwd, env });
    expect(await runCli(['doctor', '--json'], io, { probes: healthy })).toBe(0);
    const { ok, checks } = JSON.parse(io.out()) as {
      ok: boolean;
      checks: { name: string; status: string; detail: string }[];
    };
    expect(ok).toBe(true);
    const byName = Object.fromEntries(checks.map((check) => [check.name, check]));
    expect(Object.keys(byName)).toEqual([
      'config',
      'node',
      'work dir',
      'KAKAO_REST_API_KEY',
      'SARAMIN_ACCESS_KEY',
      'OHMYSTACK_DATABASE_URL',
      'database',
      's3',
      'athena',
      'duckdb',
      'chromium',
    ]);
    expect(byName.KAKAO_REST_API_KEY).toMatchObject({ status: 'ok', detail: expect.stringMatching(/^set /) });
    expect(byName.database!.detail).toBe('postgres 127.0.0.1:1/jobs: SELECT 1 ok');
    expect(byName.s3!.detail).toBe('s3://lake-bucket: HeadBucket ok');
    expect(byName.athena!.status).toBe('ok');
  });

  it('marks a missing secret "not set" and optional tools as warnings', async () => {
    const io = fakeIo({ cwd, env: {} });
    const probes = {
      ...healthy,
      duckdb: async () => Promise.reject(new Error('not found')),
      executable: async () => false,
    };
    expect(await runCli(['doctor'], io, { probes })).toBe(0);
    expect(io.out()).toMatch(/✓ KAKAO_REST_API_KEY\s+not set \(the offline gazetteer geocodes\)/);
    expect(io.out()).toMatch(/! duckdb\s+not installed; .*npm install @duckdb\/node-api/);
    expect(io.out()).toMatch(/! chromium\s+\/usr\/bin\/chromium not found/);
    expect(io.out()).toMatch(/- s3\s+no S3 lake configured/);
    expect(io.out()).toMatch(/all required checks passed \(2 optional missing\)/);
  });

  it('fails a required check: the node version, a postgres database without its URL', async () => {
    const io = fakeIo({ cwd, env: {} });
    const file = join(cwd, 'pg.json');
    writeFileSync(file, JSON.stringify({ database: { dialect: 'postgres' } }));
    const code = await runCli(['doctor', '--config', file], io, { probes: healthy });
    expect(code).toBe(1);
    expect(io.out()).toMatch(/✗ OHMYSTACK_DATABASE_URL\s+not set, but the database is postgres/);
    expect(io.out()).toMatch(/✗ database\s+postgres: set OHMYSTACK_DATABASE_URL/);
    expect(io.out()).toMatch(/2 required checks failed/);
  });

  it('exits 64 when the configuration itself is wrong, and skips what depends on it', async () => {
    const io = fakeIo({ cwd, env: { OHMYSTACK_GEOCODER: 'bing' } });
    expect(await runCli(['doctor'], io, { probes: healthy })).toBe(64);
    expect(io.out()).toMatch(/✗ config\s+.*geo\.geocoder/);
    expect(io.out()).toMatch(/- database\s+the config is invalid/);
  });
});
