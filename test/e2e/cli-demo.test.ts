// The contract `npx ohmystack demo --out DIR`, run as a user runs it: the packed package installed into a
// fresh project (shared helper, see _packed.ts), its `ohmystack` bin started through npx. The demo writes
// DIR/lake (raw, postings, features) and DIR/ohmystack.db; `--json` prints the RunReport.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RunReport } from '../../src/model/run-report.js';
import { packedProject, provideSqliteBinding, run } from './_packed.js';

let project: string;
let out: string;

function postingsInDatabase(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM postings').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  project = await packedProject();
  provideSqliteBinding(project);
  out = mkdtempSync(join(tmpdir(), 'ohmystack-cli-e2e-'));
}, 300_000);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

describe('the installed ohmystack bin', () => {
  it('is linked into node_modules/.bin and answers --help', () => {
    expect(existsSync(join(project, 'node_modules/.bin/ohmystack'))).toBe(true);
    const help = run('npx', ['--no-install', 'ohmystack', '--help'], project);
    expect(help).toContain('EXIT CODES');
    for (const command of ['run', 'demo', 'collect', 'query', 'report', 'doctor'])
      expect(help).toContain(command);
  });

  it('npx ohmystack demo --out DIR: the lake datasets and SQLite postings, then the top tables', () => {
    const dir = join(out, 'full');
    const summary = run('npx', ['--no-install', 'ohmystack', 'demo', '--out', dir], project, {
      NO_COLOR: '1',
    });
    for (const dataset of ['raw', 'postings', 'features']) {
      expect(existsSync(join(dir, 'lake', dataset)), `lake/${dataset}`).toBe(true);
    }
    expect(postingsInDatabase(join(dir, 'ohmystack.db'))).toBe(4000);
    expect(summary).toMatch(/^run \d{8}T\d{4}: ok in /);
    expect(summary).toMatch(/totals: 4,000 postings/);
    for (const title of ['top stacks', 'top regions', 'top job families']) expect(summary).toContain(title);
    expect(summary).toContain(`ohmystack query --lake ${join(dir, 'lake')}`);
  });

  it('--json prints only the RunReport on stdout', () => {
    const dir = join(out, 'json');
    const stdout = run(
      'npx',
      ['--no-install', 'ohmystack', 'demo', '--out', dir, '--postings', '500', '--json'],
      project,
    );
    const report = RunReport.parse(JSON.parse(stdout));
    expect(report.status).toBe('ok');
    expect(report.totals.postings).toBe(500);
    expect(postingsInDatabase(join(dir, 'ohmystack.db'))).toBe(500);
  });
});
