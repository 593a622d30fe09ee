// Parquet writes: ohmystack's fileSink (its own pure-JS encoder, src/sinks/lake/parquet/) beside
// DuckDB's own `COPY … TO 'x.parquet'` of the same 100,000 postings and their feature rows (the
// native floor). To compare like with like, DuckDB's tables have exactly the lake's column types
// (VARCHAR, DOUBLE, BOOLEAN, VARCHAR[] — read_json_auto would make dates DATE and counts BIGINT),
// both sides write SNAPPY with 100,000-row groups, and the output says so. fileSink also fsyncs,
// renames, hashes (sha256) and writes a manifest, which DuckDB's COPY does not (it does not fsync);
// its pure encoding time is reported beside it. Rounds alternate the sides so a noisy neighbour
// slows both alike; medians after one warm-up round.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DuckDBInstance } from '@duckdb/node-api';
import { fileSink } from '../src/sinks/file/index.js';
import { serializeJsonl } from '../src/sinks/lake/serialize-jsonl.js';
import {
  type ParquetColumn,
  parquetColumnsFor,
  serializeParquet,
} from '../src/sinks/lake/serialize-parquet.js';
import { featureRows, postingRows } from '../test/fixtures/sinks/rows.js';
import type { BenchResult } from './_measure.js';

const POSTINGS = Number(process.env.OHMYSTACK_BENCH_COUNT ?? 100_000);
const ROUNDS = Number(process.env.OHMYSTACK_BENCH_ROUNDS ?? 5);
const ROW_GROUP = 100_000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const DUCKDB_TYPES: Record<ParquetColumn['type'], string> = {
  STRING: 'VARCHAR',
  DOUBLE: 'DOUBLE',
  BOOLEAN: 'BOOLEAN',
  STRING_LIST: 'VARCHAR[]',
};

/** `read_json`'s columns argument: the lake's own column types, so DuckDB holds the same values. */
function duckdbColumns(columns: readonly ParquetColumn[]): string {
  return `{${columns.map((c) => `${c.name}: '${DUCKDB_TYPES[c.type]}'`).join(', ')}}`;
}

/** Times fileSink's Parquet write of 100,000 postings + features against DuckDB COPY of the same rows. */
export async function benchParquet(): Promise<BenchResult[]> {
  const dir = await mkdtemp(join(tmpdir(), 'ohmystack-bench-parquet-'));
  try {
    const postings = postingRows(POSTINGS);
    const features = featureRows(postings);
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    const threads = (
      await connection.runAndReadAll(`SELECT current_setting('threads') AS t`)
    ).getRowObjectsJS()[0]?.t;
    // Load the same rows into DuckDB once (untimed): the floor is the COPY alone.
    for (const [table, rows] of [
      ['postings', postings],
      ['features', features],
    ] as const) {
      const path = join(dir, `${table}.jsonl`);
      await writeFile(path, serializeJsonl(rows));
      const columns = duckdbColumns(parquetColumnsFor(table)!);
      await connection.run(
        `CREATE TABLE ${table} AS SELECT * FROM read_json('${path}', format = 'newline_delimited', columns = ${columns})`,
      );
    }
    const copyOptions = `(FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE ${ROW_GROUP})`;
    const slot = { runId: '20261129T0900', dt: '2026-11-29', hr: '09' };
    const ours: number[] = [];
    const encode: number[] = [];
    const floor: number[] = [];
    const floorOneThread: number[] = [];
    for (let round = 0; round <= ROUNDS; round++) {
      let start = performance.now();
      const sink = fileSink({ dir: join(dir, 'lake'), formats: ['parquet'], partSize: POSTINGS * 10 });
      await sink.write({ dataset: 'postings', rows: postings }, slot);
      await sink.write({ dataset: 'features', rows: features }, slot);
      await sink.commit(slot);
      const oursMs = performance.now() - start;
      start = performance.now();
      await connection.run(`COPY postings TO '${join(dir, 'p.parquet')}' ${copyOptions}`);
      await connection.run(`COPY features TO '${join(dir, 'f.parquet')}' ${copyOptions}`);
      const floorMs = performance.now() - start;
      // The same COPY on one thread, like our encoder: a per-core comparison, less swayed by neighbours.
      await connection.run('SET threads = 1');
      start = performance.now();
      await connection.run(`COPY postings TO '${join(dir, 'p1.parquet')}' ${copyOptions}`);
      await connection.run(`COPY features TO '${join(dir, 'f1.parquet')}' ${copyOptions}`);
      const floorOneThreadMs = performance.now() - start;
      await connection.run('RESET threads');
      start = performance.now();
      serializeParquet(postings, { columns: parquetColumnsFor('postings')!, rowGroupSize: ROW_GROUP });
      serializeParquet(features, { columns: parquetColumnsFor('features')!, rowGroupSize: ROW_GROUP });
      const encodeMs = performance.now() - start;
      if (round > 0) {
        ours.push(oursMs);
        floor.push(floorMs);
        floorOneThread.push(floorOneThreadMs);
        encode.push(encodeMs);
      }
    }
    const bytes = async (file: string) =>
      Number(
        (
          await connection.runAndReadAll(
            `SELECT SUM(total_compressed_size) AS b FROM parquet_metadata('${file}')`,
          )
        ).getRowObjectsJS()[0]?.b ?? 0,
      );
    const duckdbBytes = (await bytes(join(dir, 'p.parquet'))) + (await bytes(join(dir, 'f.parquet')));
    const oursBytes = await bytes(join(dir, 'lake', '*', '*', '*', '*.parquet'));
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
        detail: {
          fileSinkMs: oursMs,
          duckdbCopyMs: floorMs,
          duckdbOneThreadMs: median(floorOneThread),
          encodeOnlyMs: median(encode),
          postings: POSTINGS,
          features: features.length,
          codec: 'snappy both',
          rowGroup: ROW_GROUP,
          duckdbThreads: String(threads),
          oursColumnBytes: oursBytes,
          duckdbColumnBytes: duckdbBytes,
          note: 'fileSink fsyncs + sha256 + manifest; DuckDB COPY does not fsync',
        },
      },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { formatResult } = await import('./_measure.js');
  for (const result of await benchParquet()) console.log(formatResult(result));
}
