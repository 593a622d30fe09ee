import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FeatureRow, PostingRow } from '../../../src/model/rows.js';
import { toPlainValue } from '../../../src/sinks/_duckdb.js';
import {
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

async function readBack(bytes: Uint8Array, name: string): Promise<Record<string, unknown>[]> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const reader = await connection.runAndReadAll(`SELECT * FROM read_parquet('${path}')`);
    return reader.getRowObjectsJS().map((row) => toPlainValue(row) as Record<string, unknown>);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

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

  it('rejects a row missing a required column', () => {
    const [row] = postingRows(1);
    const { id: _, ...withoutId } = row!;
    expect(() => serializeParquet([withoutId], { columns: parquetColumnsFor('postings')! })).toThrow(
      /id is required/,
    );
  });
});
