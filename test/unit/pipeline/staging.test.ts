import { spawn } from 'node:child_process';
import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { JsonlAppender, readJsonl, repairJsonl } from '../../../src/pipeline/staging/jsonl-file.js';
import { lockRun, pruneStaging, runDir, writeRunReport } from '../../../src/pipeline/staging/run-dir.js';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});
async function temp(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ohmystack-staging-'));
  dirs.push(dir);
  return dir;
}
async function all<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const value of iterable) out.push(value);
  return out;
}

describe('staging JSONL files', () => {
  it('cuts a torn last line before appending again', async () => {
    const path = join(await temp(), 'a.jsonl');
    await writeFile(path, '{"n":1}\n{"n":2}\n{"n":3, "ti');
    expect(await repairJsonl(path)).toBe('{"n":3, "ti'.length);
    const appender = await JsonlAppender.open(path, { durable: true });
    await appender.write({ n: 4 });
    await appender.close();
    expect(await readFile(path, 'utf8')).toBe('{"n":1}\n{"n":2}\n{"n":4}\n');
  });

  it('finds the last newline across chunk boundaries and empties a file with none', async () => {
    const dir = await temp();
    const long = join(dir, 'long.jsonl');
    await writeFile(long, `{"n":1}\n${'x'.repeat(200_000)}`);
    expect(await repairJsonl(long)).toBe(200_000);
    expect(await readFile(long, 'utf8')).toBe('{"n":1}\n');
    const none = join(dir, 'none.jsonl');
    await writeFile(none, '{"n":');
    await repairJsonl(none);
    expect(await readFile(none, 'utf8')).toBe('');
    expect(await repairJsonl(join(dir, 'missing.jsonl'))).toBe(0);
  });

  it('reads values in order, counting lines that are not JSON, and nothing from a missing file', async () => {
    const path = join(await temp(), 'b.jsonl');
    await writeFile(path, '{"n":1}\nnot json\n\n{"n":2}\n');
    const bad: number[] = [];
    expect(await all(readJsonl(path, (line) => bad.push(line)))).toEqual([{ n: 1 }, { n: 2 }]);
    expect(bad).toEqual([2]);
    expect(await all(readJsonl(`${path}.missing`))).toEqual([]);
  });

  it('a durable appender has every value on disk before write resolves', async () => {
    const path = join(await temp(), 'c.jsonl');
    const appender = await JsonlAppender.open(path, { durable: true });
    await appender.write({ id: 'a' });
    expect(await readFile(path, 'utf8')).toBe('{"id":"a"}\n');
    await appender.close();
  });
});

describe('run locks', () => {
  it('keeps a second holder out while the first is alive', async () => {
    const run = runDir(await temp(), '20261129T0900');
    const release = await lockRun(run, '20261129T0900');
    await expect(lockRun(run, '20261129T0900')).rejects.toMatchObject({ code: 'run_locked' });
    await release();
    const again = await lockRun(run, '20261129T0900');
    await again();
  });

  it('takes over the lock of a process that is gone', async () => {
    const run = runDir(await temp(), '20261129T0900');
    const child = spawn(process.execPath, ['-e', '']);
    const pid = await new Promise<number>((resolve) => child.on('exit', () => resolve(child.pid!)));
    const { hostname } = await import('node:os');
    await lockRun(run, 'x').then((release) => release());
    await appendFile(run.lock, `${pid}@${hostname()}`);
    const release = await lockRun(run, '20261129T0900');
    expect(await readFile(run.lock, 'utf8')).toContain(String(process.pid));
    await release();
  });
});

describe('pruneStaging', () => {
  it('drops staged postings of old committed runs only, keeping their reports', async () => {
    const work = await temp();
    const ids = ['20261128T0000', '20261128T0300', '20261128T0600'];
    for (const id of ids) {
      const run = runDir(work, id);
      const appender = await JsonlAppender.open(run.collected('jumpit'));
      await appender.write({ id });
      await appender.close();
    }
    // The oldest never committed (kept for a resume); the second committed.
    await writeRunReport(runDir(work, ids[1]!), reportOf(ids[1]!));
    expect(await pruneStaging(work, 1)).toEqual([ids[1]]);
    expect(await all(readJsonl(runDir(work, ids[0]!).collected('jumpit')))).toHaveLength(1);
    expect(await all(readJsonl(runDir(work, ids[1]!).collected('jumpit')))).toHaveLength(0);
    expect(await readFile(runDir(work, ids[1]!).report, 'utf8')).toContain(ids[1]);
  });
});

function reportOf(runId: string) {
  const stage = { ms: 0, in: 0, out: 0 };
  return {
    runId,
    dt: '2026-11-28',
    hr: '03',
    status: 'ok' as const,
    startedAt: '',
    finishedAt: '',
    durationMs: 0,
    resumed: false,
    sources: [],
    stages: {
      collect: stage,
      normalize: stage,
      geocode: stage,
      branches: stage,
      features: stage,
      load: stage,
    },
    geo: {
      withAddress: 0,
      geocoded: 0,
      notFound: 0,
      distinctQueries: 0,
      byPrecision: {},
      byProvider: {},
      calls: {},
      cacheHits: 0,
      cacheMisses: 0,
      quotaExhausted: false,
    },
    branches: { companies: 0, splitCompanies: 0, branches: 0 },
    totals: { postings: 0, featureRows: 0, closed: 0, quarantined: 0, requests: 0 },
    quarantine: { total: 0, byCode: {}, bySource: {}, file: null },
    sinks: [],
    warnings: [],
    peakRssBytes: 0,
  };
}
