import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { listRuns, readLakeRows, readManifest } from '../../../src/query/read-lake.js';
import { fileSink } from '../../../src/sinks/file/index.js';
import { sha256Hex } from '../../../src/sinks/lake/manifest.js';
import { featureRows, postingRows } from '../../fixtures/sinks/rows.js';

const SCRIPT = fileURLToPath(new URL('../../fixtures/sinks/crash-writer.ts', import.meta.url));
const slot = { runId: '20261129T0900', dt: '2026-11-29', hr: '09' };
const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** Starts the writer and SIGKILLs it once it reported `parts` parts. */
function crashAfter(dir: string, parts: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, dir, slot.runId], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let seen = 0;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      seen += chunk.split('\n').filter((line) => line.startsWith('part ')).length;
      if (seen >= parts) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve(seen) : reject(new Error(`exit ${signal}`)),
    );
  });
}

async function walk(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(join(dir, prefix), { withFileTypes: true })) {
    const key = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await walk(dir, key)));
    else out.push(key);
  }
  return out;
}

describe('fileSink crash safety', () => {
  it('a run killed mid-write and written again leaves exactly one copy of every row', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ohmystack-crash-'));
    dirs.push(dir);
    const written = await crashAfter(dir, 4);
    expect(written).toBeGreaterThanOrEqual(4);
    // The killed run is invisible: no manifest, whatever files it left.
    expect(await listRuns(dir)).toEqual([]);
    expect(await readLakeRows(dir, 'postings')).toEqual([]);

    // The rerun writes fewer, larger parts, so stale parts of the killed run must go too.
    const postings = postingRows(1000, slot.runId);
    const features = featureRows(postings);
    const sink = fileSink({ dir, partSize: 300 });
    await sink.write({ dataset: 'postings', rows: postings }, slot);
    await sink.write({ dataset: 'features', rows: features }, slot);
    const { manifest } = await sink.commit(slot);

    const lakePostings = await readLakeRows(dir, 'postings');
    expect(lakePostings).toHaveLength(1000);
    expect(new Set(lakePostings.map((row) => row.id)).size).toBe(1000);
    expect(lakePostings).toEqual(postings);
    expect(await readLakeRows(dir, 'features')).toEqual(features);

    // Manifest and files agree; nothing else (no temp files, no stale parts) is in the lake.
    expect(await readManifest(dir, slot.runId)).toEqual(manifest);
    expect(manifest!.rows).toEqual({ postings: 1000, features: features.length });
    for (const file of manifest!.files) {
      const bytes = await readFile(join(dir, file.key));
      expect(sha256Hex(bytes)).toBe(file.sha256);
      expect(bytes.byteLength).toBe(file.bytes);
    }
    const files = (await walk(dir)).sort();
    expect(files.filter((key) => key.includes('.tmp-'))).toEqual([]);
    expect(files).toEqual(
      ['_manifests/20261129T0900.json', ...manifest!.files.map((file) => file.key)].sort(),
    );
  });

  it('the same run written twice holds no duplicate rows', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ohmystack-twice-'));
    dirs.push(dir);
    const postings = postingRows(250, slot.runId);
    for (let attempt = 0; attempt < 2; attempt++) {
      const sink = fileSink({ dir, partSize: 100 });
      await sink.write({ dataset: 'postings', rows: postings }, slot);
      await sink.commit(slot);
    }
    expect(await readLakeRows(dir, 'postings')).toEqual(postings);
  });
});
