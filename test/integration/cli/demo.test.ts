// `ohmystack demo`, then `query` and `report` over what it wrote, each in its own process.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RunReport } from '../../../src/model/run-report.js';
import { type CliResult, runCli } from './_cli-process.js';

let dir: string;
let demo: CliResult;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ohmystack-cli-demo-'));
  demo = await runCli(['demo', '--out', 'out', '--postings', '500', '--json'], { cwd: dir });
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('ohmystack demo --json', () => {
  it('exits 0 and prints only a RunReport on stdout', () => {
    expect(demo.code, demo.stderr).toBe(0);
    const report = RunReport.parse(JSON.parse(demo.stdout));
    expect(report.status).toBe('ok');
    expect(report.totals.postings).toBe(500);
    expect(report.sources.map((source) => source.source).sort()).toEqual(
      ['jobkorea', 'jumpit', 'programmers', 'saramin', 'wanted'].sort(),
    );
  });

  it('logs progress as plain lines on stderr (not a terminal)', () => {
    expect(demo.stderr).toMatch(/run \d{8}T\d{4} started/);
    expect(demo.stderr).toMatch(/stage collect started/);
    expect(demo.stderr).not.toContain('\u001B[');
  });

  it('writes the lake datasets and the SQLite database', () => {
    for (const dataset of ['raw', 'postings', 'features']) {
      expect(existsSync(join(dir, 'out/lake', dataset)), dataset).toBe(true);
    }
    const db = new Database(join(dir, 'out/ohmystack.db'), { readonly: true });
    try {
      const { n } = db.prepare('SELECT count(*) AS n FROM postings').get() as { n: number };
      expect(n).toBe(500);
    } finally {
      db.close();
    }
  });
});

describe('ohmystack query', () => {
  it('runs a canned trend over the demo lake as JSON', async () => {
    const result = await runCli(['query', '--lake', 'out/lake', '--trend', 'job-family', '--json'], {
      cwd: dir,
    });
    expect(result.code, result.stderr).toBe(0);
    const rows = JSON.parse(result.stdout) as { job_family: string; postings: number; companies: number }[];
    expect(rows.length).toBeGreaterThan(3);
    expect(rows[0]).toMatchObject({ job_family: expect.any(String), postings: expect.any(Number) });
    expect(rows.map((row) => row.postings)).toEqual(
      [...rows.map((row) => row.postings)].sort((a, b) => b - a),
    );
  });

  it('runs SQL and prints a table', async () => {
    const result = await runCli(
      ['query', '--lake', 'out/lake', 'SELECT count(DISTINCT id) AS postings FROM postings'],
      {
        cwd: dir,
      },
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.split('\n')[0]).toMatch(/^postings/);
    expect(result.stdout).toMatch(/\b500\b/);
  });

  it('exits 64 for SQL and --trend together', async () => {
    const result = await runCli(['query', '--lake', 'out/lake', '--trend', 'job-family', 'SELECT 1'], {
      cwd: dir,
    });
    expect(result.code).toBe(64);
    expect(result.stderr).toMatch(/either SQL or --trend/);
  });
});

describe('ohmystack report', () => {
  it('writes a self-contained HTML page', async () => {
    const result = await runCli(['report', '--lake', 'out/lake', '--out', 'out/report.html'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/report: .*report\.html .* 500 postings/);
    const html = readFileSync(join(dir, 'out/report.html'), 'utf8');
    expect(html.slice(0, 200).toLowerCase()).toContain('<!doctype html');
    expect(html).toContain('<canvas');
  });
});
