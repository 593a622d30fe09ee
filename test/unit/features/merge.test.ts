import { describe, expect, it } from 'vitest';
import { explode } from '../../../src/features/explode.js';
import { mergeByKey } from '../../../src/features/merge-by-key.js';
import { mergeFeatureRows } from '../../../src/features/merge-feature-rows.js';
import type { FeatureRow } from '../../../src/model/rows.js';
import { makePosting } from './_posting.js';

const row = (row_id: string, run_id: string, company = '카카오'): FeatureRow => ({
  row_id,
  posting_id: `wanted:${row_id}`,
  source: 'wanted',
  kind: 'stack',
  value: 'java',
  category: 'language',
  company,
  sido: '서울특별시',
  sigungu: '강남구',
  career_min: null,
  career_max: null,
  taxonomy_version: 'v',
  run_id,
});

describe('mergeFeatureRows', () => {
  it.each([
    ['empty + empty', [], [], []],
    ['accumulated only', ['a', 'b'], [], ['a@old', 'b@old']],
    ['run only', [], ['a', 'b'], ['a@new', 'b@new']],
    ['disjoint', ['a', 'b'], ['c'], ['a@old', 'b@old', 'c@new']],
    ['overlap: run wins in place', ['a', 'b', 'c'], ['b', 'd'], ['a@old', 'b@new', 'c@old', 'd@new']],
    ['duplicates inside one side: the later wins', ['a', 'a'], ['b', 'b'], ['a@old', 'b@new']],
  ])('%s', (_name, accumulated, run, expected) => {
    const merged = mergeFeatureRows(
      accumulated.map((id) => row(id, 'old')),
      run.map((id) => row(id, 'new')),
    );
    expect(merged.map((r) => `${r.row_id}@${r.run_id}`)).toEqual(expected);
  });

  it('replaces an earlier run of the same slot instead of duplicating it', () => {
    const first = explode([makePosting()], { by: 'both', runId: '20261129T0900' });
    const changed = explode([makePosting({ company: '카카오페이' })], { by: 'both', runId: '20261129T0900' });
    const merged = mergeFeatureRows(first, changed);
    expect(merged).toHaveLength(first.length);
    expect(new Set(merged.map((r) => r.company))).toEqual(new Set(['카카오페이']));
  });

  it('is idempotent: merge(x, x) = x', () => {
    const x = explode([makePosting(), makePosting({ id: 'jumpit:1' })], { by: 'both', runId: 'r' });
    expect(mergeFeatureRows(x, x)).toEqual(x);
  });

  it('does not mutate its inputs', () => {
    const accumulated = [row('a', 'old')];
    mergeFeatureRows(accumulated, [row('a', 'new')]);
    expect(accumulated).toEqual([row('a', 'old')]);
  });

  it('merges in one pass: each row_id is read once, however many rows', () => {
    // Counting key reads instead of timing: a merge that searches per row reads keys over and over, a
    // linear one reads each row's key once, on any machine and under any load. 200,000 rows also keep
    // the result past what a spread into push() could hold.
    let keyReads = 0;
    class CountedRow {
      readonly #rowId: string;
      readonly run_id: string;
      constructor(rowId: string, runId: string) {
        this.#rowId = rowId;
        this.run_id = runId;
      }
      get row_id(): string {
        keyReads++;
        return this.#rowId;
      }
    }
    const accumulated = Array.from({ length: 200_000 }, (_, i) => new CountedRow(`r${i}`, 'old'));
    const run = Array.from({ length: 20_000 }, (_, i) => new CountedRow(`r${i * 15}`, 'new'));
    const merged = mergeFeatureRows(accumulated, run);
    expect(keyReads).toBe(200_000 + 20_000);
    // Run ids r0, r15, … r199995 (13,334 of them) replace accumulated rows in place; the rest follow.
    expect(merged).toHaveLength(200_000 + 20_000 - 13_334);
    expect(merged[15]).toBe(run[1]);
    expect(merged[16]).toBe(accumulated[16]);
    expect(merged[200_000]).toBe(run[13_334]);
  });
});

describe('mergeByKey', () => {
  it('dedupes by a property, later wins, first position kept', () => {
    const merged = mergeByKey(
      [
        { id: 'wanted:1', company: '카카오' },
        { id: 'wanted:2', company: '토스' },
        { id: 'wanted:1', company: '카카오뱅크' },
      ],
      'id',
    );
    expect(merged).toEqual([
      { id: 'wanted:1', company: '카카오뱅크' },
      { id: 'wanted:2', company: '토스' },
    ]);
  });

  it('dedupes by a key function', () => {
    const merged = mergeByKey(
      [
        { source: 'wanted', sourceId: '1', v: 1 },
        { source: 'jumpit', sourceId: '1', v: 2 },
        { source: 'wanted', sourceId: '1', v: 3 },
      ],
      (r) => `${r.source}:${r.sourceId}`,
    );
    expect(merged.map((r) => r.v)).toEqual([3, 2]);
  });
});
