// Parquet writes: ohmystack's fileSink (hyparquet-writer, pure JS) beside DuckDB's own
// `COPY … TO 'x.parquet'` of the same 100,000 postings and their feature rows (the native floor).
// Rounds alternate the two so a noisy neighbour slows both alike; medians.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DuckDBInstance } from '@duckdb/node-api';
import { fileSink } from '../src/sinks/file-sink.js';
import { serializeJsonl } from '../src/sinks/lake/serialize-jsonl.js';
import { featureRows, postingRows } from '../test/fixtures/sinks/rows.js';
import type { BenchResult } from './_measure.js';

const POSTINGS = 100_000;
const ROUNDS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Times fileSink's Parquet write of 100,000 postings + features against DuckDB COPY of the same rows. */
export async function benchParquet(): Promise<BenchResult[]> {
  const dir = await mkdtemp(join(tmpdir(), 'ohmystack-bench-parquet-'));
  try {
    const postings = postingRows(POSTINGS);
    const features = featureRows(postings);
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    // Load the same rows into DuckDB once (untimed): the floor is the COPY alone.
    for (const [table, rows] of [
      ['postings', postings],
      ['features', features],
    ] as const) {
      const path = join(dir, `${table}.jsonl`);
      await writeFile(path, serializeJsonl(rows));
      await connection.run(`CREATE TABLE ${table} AS SELECT * FROM read_json_auto('${path}')`);
    }
    const slot = { runId: '20261129T0900', dt: '2026-11-29', hr: '09' };
    const ours: number[] = [];
    const floor: number[] = [];
    for (let round = 0; round <= ROUNDS; round++) {
      let start = performance.now();
      const sink = fileSink({ dir: join(dir, 'lake'), formats: ['parquet'], partSize: POSTINGS * 10 });
      await sink.write({ dataset: 'postings', rows: postings }, slot);
      await sink.write({ dataset: 'features', rows: features }, slot);
      await sink.commit(slot);
      const oursMs = performance.now() - start;
      start = performance.now();
      await connection.run(`COPY postings TO '${join(dir, 'p.parquet')}' (FORMAT parquet)`);
      await connection.run(`COPY features TO '${join(dir, 'f.parquet')}' (FORMAT parquet)`);
      const floorMs = performance.now() - start;
      if (round > 0) {
        ours.push(oursMs);
        floor.push(floorMs);
      }
    }
    connection.closeSync();
    instance.closeSync();
    const oursMs = median(ours);
    const floorMs = median(floor);
    const ratio = oursMs / floorMs;
    return [
      {
        name: 'parquet: fileSink write vs DuckDB COPY (100k postings + features)',
        value: ratio,
        unit: '× DuckDB COPY',
        target: '≤ 2×',
        ok: ratio <= 2,
        detail: { fileSinkMs: oursMs, duckdbCopyMs: floorMs, postings: POSTINGS, features: features.length },
      },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
