// The CLI says the true thing about a wrong command line or setting: what is wrong, where, and what was
// probably meant, with exit 64 before anything is written; a hint it gives works; a failure's hint
// belongs to the failure that happened.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/index.js';
import { RunReport } from '../../../src/model/run-report.js';
import { fakeIo } from './_fake-io.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function emptyDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ohmystack-cli-truth-'));
  dirs.push(dir);
  return dir;
}

describe('a command line that cannot be right exits 64 and writes nothing', () => {
  it('demo --out without a value: no demo in the current folder (the work dir `run` uses)', async () => {
    const cwd = emptyDir();
    const io = fakeIo({ cwd });
    expect(await runCli(['demo', '--out'], io)).toBe(64);
    expect(io.err()).toContain('ohmystack: --out needs a value');
    expect(io.err()).toContain('hint: e.g. --out dir');
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('demo --outt x: the unknown option is named with the one meant, not reported as a missing --out', async () => {
    const cwd = emptyDir();
    const io = fakeIo({ cwd });
    expect(await runCli(['demo', '--outt', 'x'], io)).toBe(64);
    expect(io.err()).toContain('unknown option --outt — did you mean --out?');
    expect(io.err()).not.toContain('Missing required argument');
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('a --run-id that only looks like a slot is a usage error naming --run-id, not a crash', async () => {
    const cwd = emptyDir();
    const io = fakeIo({ cwd });
    expect(await runCli(['run', '--run-id', '20261399T9999'], io)).toBe(64);
    expect(io.err()).toContain("--run-id: '20261399T9999' is not a real date and time");
    expect(io.err()).not.toMatch(/Cannot read properties|ohmystack\.config/);
    expect(readdirSync(cwd)).toEqual([]);
  });
});

describe('a wrong configuration exits 64 naming the key and what it takes', () => {
  it('unknown top-level keys are refused with the nearest known key; doctor says so too', async () => {
    const cwd = emptyDir();
    writeFileSync(join(cwd, 'ohmystack.config.json'), JSON.stringify({ databse: false, lake_dir: 'x' }));
    const io = fakeIo({ cwd });
    expect(await runCli(['run'], io)).toBe(64);
    expect(io.err()).toContain("unknown key 'databse' — did you mean 'database'?");
    expect(io.err()).toContain("unknown key 'lake_dir' — did you mean 'lake'?");
    expect(readdirSync(cwd)).toEqual(['ohmystack.config.json']);

    const doctor = fakeIo({ cwd });
    expect(await runCli(['doctor', '--json'], doctor)).toBe(64);
    const { checks } = JSON.parse(doctor.out()) as {
      checks: { name: string; status: string; detail: string }[];
    };
    expect(checks.find((check) => check.name === 'config')).toMatchObject({
      status: 'fail',
      detail: expect.stringContaining("unknown key 'databse'"),
    });
  });

  it('a value error names the allowed values', async () => {
    const cwd = emptyDir();
    writeFileSync(join(cwd, 'ohmystack.config.json'), JSON.stringify({ sources: ['jumpitt'], lake: true }));
    const io = fakeIo({ cwd });
    expect(await runCli(['run'], io)).toBe(64);
    expect(io.err()).toContain(
      "sources.0: expected one of 'jumpit', 'wanted', 'programmers', 'saramin', 'jobkorea', 'jsonLd', got 'jumpitt' — did you mean 'jumpit'?",
    );
    expect(io.err()).toContain('lake: expected false or { dir, s3, formats }, got true');
  });

  it('a timeout no timer can hold is refused before the run', async () => {
    const cwd = emptyDir();
    writeFileSync(join(cwd, 'ohmystack.config.json'), JSON.stringify({ http: { timeoutMs: 3_000_000_000 } }));
    const io = fakeIo({ cwd });
    expect(await runCli(['run'], io)).toBe(64);
    expect(io.err()).toContain('http.timeoutMs: must be at most 2147483647 ms');
    expect(readdirSync(cwd)).toEqual(['ohmystack.config.json']);
  });

  it('OHMYSTACK_DATABASE_URL with a scheme ohmystack cannot use is refused, not taken as a SQLite path', async () => {
    const cwd = emptyDir();
    const io = fakeIo({ cwd, env: { OHMYSTACK_DATABASE_URL: 'oracle://app:tiger-pass@db/jobs' } });
    expect(await runCli(['run'], io)).toBe(64);
    expect(io.err()).toContain("OHMYSTACK_DATABASE_URL: unsupported scheme 'oracle:'");
    expect(io.err()).toMatch(/postgres:\/\/.*mysql:\/\/.*mariadb:\/\/.*sqlite:/);
    expect(io.err()).not.toContain('tiger-pass');
    expect(readdirSync(cwd)).toEqual([]);
  });
});

describe('ohmystack demo --force', () => {
  it('is an option, and runs again the slot the skipped demo says it runs again', async () => {
    const cwd = emptyDir();
    const demo = ['demo', '--out', 'out', '--postings', '10', '--run-id', '20261129T0900', '--quiet'];
    expect(await runCli(demo, fakeIo({ cwd }))).toBe(0);
    const again = fakeIo({ cwd });
    expect(await runCli(demo, again)).toBe(0);
    expect(again.out()).toContain('run 20261129T0900: skipped');
    expect(again.out()).toContain('(--force runs it again)');
    const forced = fakeIo({ cwd });
    expect(await runCli([...demo, '--force', '--json'], forced)).toBe(0);
    const report = RunReport.parse(JSON.parse(forced.out()));
    expect(report.status).toBe('ok');
    expect(report.totals.postings).toBe(10);
  }, 60_000);
});

describe('ohmystack query: the hint belongs to the failure', () => {
  it('SQL that DuckDB refuses says to check the SQL, not the destination', async () => {
    const cwd = emptyDir();
    mkdirSync(join(cwd, 'lake'));
    const io = fakeIo({ cwd });
    expect(await runCli(['query', '--lake', 'lake', 'SELEC count(*) FROM postings'], io)).toBe(1);
    expect(io.err()).toContain('Parser Error');
    expect(io.err()).toMatch(/hint: check the SQL/);
    expect(io.err()).not.toContain('check the destination');
  });
});
