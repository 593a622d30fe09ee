import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MissingOptionError } from '../../../src/model/errors/missing-option-error.js';
import { listRuns, readLakeRows, readManifest } from '../../../src/query/read-lake.js';
import { fileSink } from '../../../src/sinks/file/index.js';
import { sha256Hex } from '../../../src/sinks/lake/manifest.js';
import { featureRows, postingRows } from '../../fixtures/sinks/rows.js';
import { testSink } from '../../suites/sink.js';

const dirs: string[] = [];
async function lakeDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ohmystack-lake-'));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

const lakes = new WeakMap<object, string>();
testSink({
  name: 'file',
  make: async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ohmystack-suite-'));
    const sink = fileSink({ dir, formats: ['jsonl'] });
    lakes.set(sink, dir);
    return sink;
  },
  capabilities: {
    modes: ['replace'],
    atomicCommit: true,
    partitions: true,
    query: false,
    formats: ['jsonl'],
  },
  read: (sink, dataset) => readLakeRows(lakes.get(sink)!, dataset),
  cleanup: (sink) => rm(lakes.get(sink)!, { recursive: true, force: true }),
});

const slot = { runId: '20261129T0900', dt: '2026-11-29', hr: '09' };

async function walk(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(join(dir, prefix), { withFileTypes: true })) {
    const key = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await walk(dir, key)));
    else out.push(key);
  }
  return out.sort();
}

describe('fileSink', () => {
  it('needs a dir', () => {
    expect(() => fileSink({} as never)).toThrow(MissingOptionError);
  });

  it('lays parts out by dataset/dt/hr, raw as JSONL only, manifest last', async () => {
    const dir = await lakeDir();
    const sink = fileSink({ dir, partSize: 40 });
    const postings = postingRows(100);
    await sink.write({ dataset: 'raw', rows: [{ source: 'jumpit', payload: { nested: ['a'] } }] }, slot);
    await sink.write({ dataset: 'postings', rows: postings }, slot);
    expect(await listRuns(dir)).toEqual([]); // nothing visible before commit
    const result = await sink.commit(slot);
    const files = await walk(dir);
    expect(files).toEqual([
      '_manifests/20261129T0900.json',
      'postings/dt=2026-11-29/hr=09/20261129T0900-00000.jsonl',
      'postings/dt=2026-11-29/hr=09/20261129T0900-00000.parquet',
      'postings/dt=2026-11-29/hr=09/20261129T0900-00001.jsonl',
      'postings/dt=2026-11-29/hr=09/20261129T0900-00001.parquet',
      'postings/dt=2026-11-29/hr=09/20261129T0900-00002.jsonl',
      'postings/dt=2026-11-29/hr=09/20261129T0900-00002.parquet',
      'raw/dt=2026-11-29/hr=09/20261129T0900-00000.jsonl',
    ]);
    expect(result.rows).toEqual({ postings: 100, raw: 1 });
    const manifest = await readManifest(dir, slot.runId);
    expect(manifest).toEqual(result.manifest);
    // The manifest was renamed in after every data file.
    const manifestTime = (await stat(join(dir, '_manifests/20261129T0900.json'))).mtimeMs;
    for (const file of manifest!.files) {
      const bytes = await readFile(join(dir, file.key));
      expect(sha256Hex(bytes)).toBe(file.sha256);
      expect(bytes.byteLength).toBe(file.bytes);
      expect((await stat(join(dir, file.key))).mtimeMs).toBeLessThanOrEqual(manifestTime);
    }
    expect(await readLakeRows(dir, 'postings')).toEqual(postings);
  });

  it('reads Parquet-only parts through DuckDB', async () => {
    const dir = await lakeDir();
    const sink = fileSink({ dir, formats: ['parquet'] });
    const features = featureRows(postingRows(20));
    await sink.write({ dataset: 'features', rows: features }, slot);
    await sink.commit(slot);
    expect(await readLakeRows(dir, 'features')).toEqual(features);
  });

  it('writes CSV with the row schema’s columns, guarded and with a BOM when asked', async () => {
    const dir = await lakeDir();
    const sink = fileSink({ dir, formats: ['csv'], csv: { bom: true } });
    await sink.write({ dataset: 'postings', rows: postingRows(3) }, slot);
    const { manifest } = await sink.commit(slot);
    const text = await readFile(join(dir, manifest!.files[0]!.key), 'utf8');
    expect(text.startsWith('\uFEFFid,source,source_id,url,title')).toBe(true);
    expect(text).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('reruns replace: same keys, fewer parts drop the stale ones, no duplicate rows', async () => {
    const dir = await lakeDir();
    const first = fileSink({ dir, partSize: 10, formats: ['jsonl'] });
    await first.write({ dataset: 'postings', rows: postingRows(35) }, slot);
    const before = (await first.commit(slot)).manifest!.files.map((file) => file.key);
    const second = fileSink({ dir, partSize: 10, formats: ['jsonl'] });
    await second.write({ dataset: 'postings', rows: postingRows(15) }, slot);
    const after = (await second.commit(slot)).manifest!.files.map((file) => file.key);
    expect(after).toEqual(before.slice(0, 2));
    expect(await walk(dir)).toEqual(['_manifests/20261129T0900.json', ...after]);
    expect(await readLakeRows(dir, 'postings')).toEqual(postingRows(15));
  });

  it('abort removes the run’s uncommitted files and keeps a committed run', async () => {
    const dir = await lakeDir();
    const sink = fileSink({ dir, formats: ['jsonl'] });
    await sink.write({ dataset: 'postings', rows: postingRows(2) }, slot);
    await sink.abort(slot);
    expect(await walk(dir)).toEqual([]);
    const other = { runId: '20261129T1200', dt: '2026-11-29', hr: '12' };
    await sink.write({ dataset: 'postings', rows: postingRows(2, other.runId) }, other);
    await sink.commit(other);
    await sink.write({ dataset: 'postings', rows: postingRows(2, other.runId, 100) }, { ...other });
    await sink.abort(other);
    expect(await listRuns(dir)).toEqual([other.runId]);
    expect(await readLakeRows(dir, 'postings')).toHaveLength(2);
  });

  it('stops writing when the run is aborted by its signal', async () => {
    const dir = await lakeDir();
    const controller = new AbortController();
    controller.abort();
    const sink = fileSink({ dir });
    await expect(
      sink.write({ dataset: 'postings', rows: postingRows(1) }, { ...slot, signal: controller.signal }),
    ).rejects.toMatchObject({ code: 'sink_write_failed', sink: 'file' });
  });
});
