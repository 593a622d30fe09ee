import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FeatureRow, PostingRow } from '../../../src/model/rows.js';
import { toPlainValue } from '../../../src/query/duckdb.js';
import { fileSink } from '../../../src/sinks/file/index.js';
import { ParquetFileWriter } from '../../../src/sinks/lake/parquet/file-writer.js';
import {
  type ParquetColumn,
  parquetColumnsFor,
  parquetColumnsFromZod,
  serializeParquet,
} from '../../../src/sinks/lake/serialize-parquet.js';
import { featureRows, postingRows } from '../../fixtures/sinks/rows.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ohmystack-parquet-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function duckdb<T>(bytes: Uint8Array, name: string, sql: (path: string) => string): Promise<T[]> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const reader = await connection.runAndReadAll(sql(path));
    return reader.getRowObjectsJS().map((row) => toPlainValue(row) as T);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

const readBack = (bytes: Uint8Array, name: string) =>
  duckdb<Record<string, unknown>>(bytes, name, (path) => `SELECT * FROM read_parquet('${path}')`);

describe('serializeParquet', () => {
  it('types columns from the zod row schemas', () => {
    const columns = parquetColumnsFor('postings')!;
    expect(columns.map((column) => column.name)).toEqual(Object.keys(PostingRow.shape));
    expect(columns.find((column) => column.name === 'stacks')).toEqual({
      name: 'stacks',
      type: 'STRING_LIST',
      nullable: false,
    });
    expect(columns.find((column) => column.name === 'lat')).toEqual({
      name: 'lat',
      type: 'DOUBLE',
      nullable: true,
    });
    expect(parquetColumnsFor('features')!.find((column) => column.name === 'kind')?.type).toBe('STRING');
    expect(parquetColumnsFor('raw')).toBeNull();
    expect(() => parquetColumnsFromZod(z.object({ when: z.date() }))).toThrow(TypeError);
  });

  it('writes postings DuckDB reads back as the same rows (Korean text, nulls, lists)', async () => {
    const rows = postingRows(500);
    rows[0]!.stacks = [];
    const back = await readBack(
      serializeParquet(rows, { columns: parquetColumnsFor('postings')! }),
      'p.parquet',
    );
    expect(back).toEqual(rows);
  });

  it('writes features DuckDB reads back as the same rows', async () => {
    const rows = featureRows(postingRows(300));
    const back = await readBack(
      serializeParquet(rows, { columns: parquetColumnsFor('features')! }),
      'f.parquet',
    );
    expect(back).toEqual(rows);
    expect(FeatureRow.array().parse(back)).toHaveLength(rows.length);
  });

  it('keeps the schema when a part has no rows or only nulls', async () => {
    const empty = await readBack(
      serializeParquet([], { columns: parquetColumnsFor('features')! }),
      'e.parquet',
    );
    expect(empty).toEqual([]);
    const rows = postingRows(3).map((row) => ({ ...row, salary_min: null, sido: null }));
    expect(
      await readBack(serializeParquet(rows, { columns: parquetColumnsFor('postings')! }), 'n.parquet'),
    ).toEqual(rows);
  });

  it('writes many row groups, multi-page plain strings, nullable and empty lists, odd doubles', async () => {
    const columns: ParquetColumn[] = [
      { name: 'id', type: 'STRING', nullable: false },
      { name: 'text', type: 'STRING', nullable: true },
      { name: 'tags', type: 'STRING_LIST', nullable: true },
      { name: 'x', type: 'DOUBLE', nullable: true },
      { name: 'flag', type: 'BOOLEAN', nullable: true },
    ];
    const doubles = [0, -0, 1.5, -2.25, Number.MAX_VALUE, Number.MIN_VALUE, Infinity, -Infinity, NaN, null];
    const rows = Array.from({ length: 25_000 }, (_, n) => ({
      id: `row:${n}`,
      // Long, distinct values: plain encoding, cut into several 1 MiB pages per row group.
      text: n % 7 === 0 ? null : `${'긴 텍스트 '.repeat(20)}${n} \u{1f600}\ue000`,
      tags: n % 5 === 0 ? null : n % 5 === 1 ? [] : [`t${n % 3}`, `t${n % 4}`, '\u{1f680}'],
      x: doubles[n % doubles.length]!,
      flag: n % 3 === 0 ? null : n % 2 === 0,
    }));
    const back = await readBack(serializeParquet(rows, { columns, rowGroupSize: 10_000 }), 'mixed.parquet');
    expect(back).toHaveLength(rows.length);
    expect(back).toEqual(rows);
    expect(Object.is(back[1]!.x, -0)).toBe(true);
  });

  it('writes min/max statistics in UTF-8 order, so readers can skip row groups', async () => {
    const columns: ParquetColumn[] = [{ name: 's', type: 'STRING', nullable: true }];
    // UTF-16 would put U+FF21 above U+1F600; UTF-8 (and Parquet) put it below.
    const rows = [{ s: '\u{1f600}' }, { s: '\uff21' }, { s: '가' }, { s: null }, { s: 'a' }];
    const stats = await duckdb<Record<string, unknown>>(
      serializeParquet(rows, { columns }),
      'stats.parquet',
      (path) => `SELECT stats_min_value, stats_max_value, stats_null_count FROM parquet_metadata('${path}')`,
    );
    expect(stats).toEqual([{ stats_min_value: 'a', stats_max_value: '\u{1f600}', stats_null_count: 1 }]);
  });

  it('rejects a value of the wrong type', () => {
    const columns: ParquetColumn[] = [{ name: 'x', type: 'DOUBLE', nullable: true }];
    expect(() => serializeParquet([{ x: '1' }], { columns })).toThrow(/row 0: column x expects a number/);
    const lists: ParquetColumn[] = [{ name: 'l', type: 'STRING_LIST', nullable: false }];
    expect(() => serializeParquet([{ l: ['a', 1] }], { columns: lists })).toThrow(
      /expects a list of strings/,
    );
  });

  it('rejects a row missing a required column', () => {
    const [row] = postingRows(1);
    const { id: _, ...withoutId } = row!;
    expect(() => serializeParquet([withoutId], { columns: parquetColumnsFor('postings')! })).toThrow(
      /id is required/,
    );
  });
});

describe('two Parquet writers at once', () => {
  it('interleaves row groups of two files, and both read back whole', async () => {
    const postings = postingRows(2_400);
    const features = featureRows(postingRows(600));
    const a = new ParquetFileWriter(parquetColumnsFor('postings')!);
    const b = new ParquetFileWriter(parquetColumnsFor('features')!);
    // Each writer's row groups alternate with the other's: levels, dictionary indexes, plain values and
    // page bodies are rebuilt by the other writer in between.
    const group = 400;
    for (let start = 0; start < Math.max(postings.length, features.length); start += group) {
      if (start < postings.length) a.writeRowGroup(postings, start, Math.min(postings.length, start + group));
      if (start < features.length) b.writeRowGroup(features, start, Math.min(features.length, start + group));
    }
    const bytes = a.finish();
    expect(await readBack(bytes, 'interleaved-a.parquet')).toEqual(postings);
    expect(await readBack(b.finish(), 'interleaved-b.parquet')).toEqual(features);
    // A finished file stays as it is.
    expect(a.finish()).toEqual(bytes);
    expect(() => a.writeRowGroup(postings)).toThrow(/already finished/);
  });

  it('lets two file sinks write Parquet at the same time', async () => {
    const slot = { runId: '20261129T0900', dt: '2026-11-29', hr: '09' };
    const lakes = [join(dir, 'lake-a'), join(dir, 'lake-b')];
    const sinks = lakes.map((lake) => fileSink({ dir: lake, formats: ['parquet'], partSize: 300 }));
    const postings = [postingRows(1_200), postingRows(900, slot.runId, 5_000)];
    const features = postings.map((rows) => featureRows(rows));
    // Both sinks' writes are in flight together; each awaits file I/O between its parts.
    await Promise.all(
      sinks.map(async (sink, k) => {
        await sink.write({ dataset: 'postings', rows: postings[k]! }, slot);
        await sink.write({ dataset: 'features', rows: features[k]! }, slot);
      }),
    );
    for (const [k, lake] of lakes.entries()) {
      for (const [dataset, rows] of [
        ['postings', postings[k]!],
        ['features', features[k]!],
      ] as const) {
        const folder = join(lake, dataset, `dt=${slot.dt}`, `hr=${slot.hr}`);
        const parts = (await readdir(folder)).filter((name) => name.endsWith('.parquet')).sort();
        expect(parts.length).toBeGreaterThan(1);
        const back: Record<string, unknown>[] = [];
        for (const part of parts) {
          back.push(...(await readBack(await readFile(join(folder, part)), `${k}-${dataset}-${part}`)));
        }
        expect(back).toEqual(rows);
      }
    }
  });
});
