// A failure's hint belongs to the failure that happened: SQL the database refuses as written says to
// check the SQL, a missing driver says which package to install, and only a failed write keeps "check
// the destination (path, permissions, free space)".
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { SinkWriteError } from '../../../src/model/errors/sink-write-error.js';
import { queryLake } from '../../../src/query/query-lake.js';
import { sqlSink } from '../../../src/sinks/sql/index.js';
import { isStatementError } from '../../../src/sinks/sql/statement-error.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'ohmystack-sql-hints-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function failure(run: () => Promise<unknown>): Promise<SinkWriteError> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(SinkWriteError);
    return error as SinkWriteError;
  }
  throw new Error('succeeded');
}

describe('isStatementError', () => {
  const error = (message: string, code?: string) => Object.assign(new Error(message), code ? { code } : {});
  it.each([
    [error('syntax error at or near "SELEC"', '42601'), true],
    [error('relation "nope" does not exist', '42P01'), true],
    [error('permission denied for table postings', '42501'), false],
    [error('connection refused', 'ECONNREFUSED'), false],
    [error('You have an error in your SQL syntax', 'ER_PARSE_ERROR'), true],
    [error("Table 'jobs.nope' doesn't exist", 'ER_NO_SUCH_TABLE'), true],
    [error('near "SELEC": syntax error', 'SQLITE_ERROR'), true],
    [error('no such column: nope', 'SQLITE_ERROR'), true],
    [error('disk I/O error', 'SQLITE_IOERR'), false],
    [error('Parser Error: syntax error at or near "SELEC"'), true],
    [error('Catalog Error: Table with name nope does not exist!'), true],
    [error('IO Error: No files found that match the pattern "x.parquet"'), false],
  ])('%s → %s', (cause, expected) => {
    expect(isStatementError(cause)).toBe(expected);
  });
});

describe('sqlSink.query', () => {
  it('says to check the SQL for a statement SQLite refuses as written', async () => {
    const db = sqlSink({ dialect: 'sqlite', connection: ':memory:' });
    try {
      const error = await failure(() => db.query('SELEC count(*) FROM postings'));
      expect(error.message).toContain('syntax error');
      expect(error.hint).toMatch(/^check the SQL/);
    } finally {
      await db.dispose();
    }
  });

  it('keeps the destination hint when the database itself cannot be opened', async () => {
    const db = sqlSink({ dialect: 'sqlite', connection: join(work, 'no-such-dir', 'jobs.db') });
    try {
      const error = await failure(() => db.query('SELECT 1'));
      expect(error.hint).toMatch(/check the destination/);
    } finally {
      await db.dispose();
    }
  });
});

describe('queryLake', () => {
  it('says to check the SQL, and names the views, for SQL DuckDB refuses', async () => {
    const lake = await queryLake(work);
    try {
      const error = await failure(() => lake.query('SELEC count(*) FROM postings'));
      expect(error.message).toContain('Parser Error');
      expect(error.hint).toMatch(/^check the SQL/);
      expect(error.hint).toContain('raw, postings and features');
    } finally {
      await lake.close();
    }
  });
});

// A child process whose resolve hook hides mysql2, as a project that never installed it.
const HOOKS = `
export async function resolve(specifier, context, next) {
  if (specifier === 'mysql2' || specifier.startsWith('mysql2/')) {
    const error = new Error('Cannot find package ' + specifier + ' (hidden by the test)');
    error.code = 'ERR_MODULE_NOT_FOUND';
    throw error;
  }
  return next(specifier, context);
}`;

const CHILD = `
import { register } from 'node:module';
register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(HOOKS)}));
const { sqlSink } = await import(${JSON.stringify(pathToFileURL(join(root, 'src/sinks/sql/index.ts')).href)});
const described = (error) => ({ name: error?.name, code: error?.code, hint: error?.hint, message: error?.message });
const run = { runId: '20261129T0900', dt: '2026-11-29', hr: '09' };
const sink = sqlSink({ dialect: 'mysql', connection: 'mysql://jobs@127.0.0.1:9/jobs' });
const query = await sink.query('SELECT 1').then(() => null, described);
const commit = await sink.commit(run).then(() => null, described);
console.log(JSON.stringify({ query, commit }));
`;

describe('a missing database driver', () => {
  it('says npm install mysql2 from query and commit — not "check the destination"', () => {
    const script = join(work, 'child.mjs');
    writeFileSync(script, CHILD);
    const stdout = execFileSync(process.execPath, ['--import', 'tsx', script], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NODE_NO_WARNINGS: '1' },
    });
    const out = JSON.parse(stdout.trim().split('\n').at(-1)!) as Record<
      string,
      Record<string, string> | null
    >;
    for (const operation of ['query', 'commit'] as const) {
      expect(out[operation], operation).toMatchObject({
        name: 'CapabilityError',
        code: 'capability_missing',
        hint: expect.stringContaining('npm install mysql2'),
      });
      expect(out[operation]!.message).toContain('mysql2 is not installed');
      expect(out[operation]!.hint).not.toContain('check the destination');
    }
  }, 120_000);
});
