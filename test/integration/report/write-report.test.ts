// writeReport against lakes on disk: it reads exactly what manifests list (JSONL streamed, Parquet-only
// parts through DuckDB), agrees with reportData over the same rows, counts rows it cannot use, and fails
// or stops in the documented ways.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AbortedError } from '../../../src/model/errors/aborted-error.js';
import { MissingOptionError } from '../../../src/model/errors/missing-option-error.js';
import { SinkWriteError } from '../../../src/model/errors/sink-write-error.js';
import type { FeatureRow, PostingRow } from '../../../src/model/rows.js';
import { readManifest } from '../../../src/query/read-lake.js';
import { reportData } from '../../../src/report/report-data.js';
import { writeReport } from '../../../src/report/write-report.js';
import { fileSink } from '../../../src/sinks/file/index.js';
import type { LakeFormat } from '../../../src/sinks/lake/layout.js';
import { featureRows, postingRow } from '../../helpers/lake-rows.js';

const CHART_JS = 'window.Chart = function () {};';
const NOW = new Date('2026-12-01T00:00:00Z');
const RUNS = [
  { runId: '20261123T0900', dt: '2026-11-23', hr: '09', from: 1, count: 30 },
  { runId: '20261130T0900', dt: '2026-11-30', hr: '09', from: 20, count: 30 },
];
let root: string;

function rowsOf(run: (typeof RUNS)[number]): { postings: PostingRow[]; features: FeatureRow[] } {
  const postings = Array.from({ length: run.count }, (_, i) => postingRow(run.from + i, run.runId));
  return { postings, features: featureRows(postings) };
}

async function makeLake(name: string, formats: LakeFormat[]): Promise<string> {
  const dir = join(root, name);
  for (const run of RUNS) {
    const sink = fileSink({ dir, formats, partSize: 7 });
    const { postings, features } = rowsOf(run);
    await sink.write({ dataset: 'postings', rows: postings }, run);
    await sink.write({ dataset: 'features', rows: features }, run);
    await sink.commit(run);
  }
  return dir;
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ohmystack-write-report-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('writeReport', () => {
  it('reports exactly the committed rows, as reportData does over them', async () => {
    const lake = await makeLake('jsonl', ['jsonl']);
    // Neither an uncommitted run's file nor a temp file is read.
    await writeFile(join(lake, 'postings/dt=2026-11-30/hr=09/20261130T1200-00000.jsonl'), '{"id":"stray"}\n');
    await writeFile(join(lake, 'postings/dt=2026-11-30/hr=09/.tmp-20261130T0900-00009.jsonl'), 'not json\n');
    const out = join(root, 'out', 'nested', 'report.html');
    const result = await writeReport({ lake, out, now: NOW, chartJsSource: CHART_JS });
    const expected = reportData(
      {
        runs: RUNS,
        postings: RUNS.flatMap((run) => rowsOf(run).postings),
        features: RUNS.flatMap((run) => rowsOf(run).features),
      },
      { now: NOW },
    );
    expect(result.data).toEqual(expected);
    expect(result.data.totals.postings).toBe(49);
    expect(result.file).toBe(out);
    const html = await readFile(out, 'utf8');
    expect(Buffer.byteLength(html)).toBe(result.bytes);
    expect(html).toContain('id="report-data"');
    expect(await readdir(join(root, 'out', 'nested'))).toEqual(['report.html']);
  });

  it('reads a lake stored as Parquet only (through DuckDB) to the same report', async () => {
    const jsonl = await writeReport({
      lake: await makeLake('jsonl-again', ['jsonl']),
      out: join(root, 'a.html'),
      now: NOW,
      chartJsSource: CHART_JS,
    });
    const parquet = await writeReport({
      lake: await makeLake('parquet', ['parquet']),
      out: join(root, 'b.html'),
      now: NOW,
      chartJsSource: CHART_JS,
    });
    expect(parquet.data).toEqual(jsonl.data);
  });

  it('covers only the runs asked for', async () => {
    const lake = await makeLake('subset', ['jsonl']);
    const { data } = await writeReport({
      lake,
      out: join(root, 'subset.html'),
      runIds: [RUNS[1]!.runId, '20991231T0000'],
      chartJsSource: CHART_JS,
    });
    expect(data.runIds).toEqual([RUNS[1]!.runId]);
    expect(data.totals.postings).toBe(30);
  });

  it('skips and counts rows without the columns the report reads', async () => {
    const dir = join(root, 'invalid');
    const run = RUNS[0]!;
    const sink = fileSink({ dir, formats: ['jsonl'] });
    const { postings, features } = rowsOf(run);
    const broken = [{ ...postings[0], id: 42 }, { title: 'no id' }, ...postings.slice(1)];
    await sink.write({ dataset: 'postings', rows: broken as Record<string, unknown>[] }, run);
    await sink.write({ dataset: 'features', rows: [...features, { ...features[0], kind: 'salary' }] }, run);
    await sink.commit(run);
    const { data } = await writeReport({
      lake: dir,
      out: join(root, 'invalid.html'),
      chartJsSource: CHART_JS,
    });
    expect(data.totals.skippedRows).toBe(3);
    expect(data.totals.postings).toBe(29);
    expect(data.totals.featureRows).toBe(features.length);
  });

  it('throws SinkWriteError when a listed file is gone', async () => {
    const lake = await makeLake('gone', ['jsonl']);
    const manifest = (await readManifest(lake, RUNS[0]!.runId))!;
    await rm(join(lake, manifest.files.find((file) => file.dataset === 'features')!.key));
    const error = await writeReport({ lake, out: join(root, 'gone.html'), chartJsSource: CHART_JS }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SinkWriteError);
    expect((error as SinkWriteError).runId).toBe(RUNS[0]!.runId);
  });

  it('throws SinkWriteError for a folder without committed runs, and says where to point', async () => {
    const error = await writeReport({ lake: join(root, 'nothing'), out: join(root, 'x.html') }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SinkWriteError);
    expect((error as SinkWriteError).hint).toMatch(/_manifests/);
  });

  it('throws MissingOptionError without lake or out', async () => {
    await expect(writeReport({ lake: '', out: 'x.html' })).rejects.toBeInstanceOf(MissingOptionError);
    await expect(writeReport({ lake: root, out: '' })).rejects.toBeInstanceOf(MissingOptionError);
  });

  it('stops with AbortedError and writes nothing when aborted', async () => {
    const lake = await makeLake('abort', ['jsonl']);
    const controller = new AbortController();
    controller.abort(new Error('user'));
    const out = join(root, 'aborted', 'report.html');
    const error = await writeReport({ lake, out, signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortedError);
    await expect(readdir(join(root, 'aborted'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
