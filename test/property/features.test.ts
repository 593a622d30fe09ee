import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explode } from '../../src/features/explode.js';
import { mergeFeatureRows } from '../../src/features/merge-feature-rows.js';
import { toPostingRow } from '../../src/features/posting-row.js';
import { updateLifecycle } from '../../src/features/update-lifecycle.js';
import { LifecycleRecord } from '../../src/model/lifecycle.js';
import type { Posting } from '../../src/model/posting.js';
import { FeatureRow, PostingRow } from '../../src/model/rows.js';
import { makePosting } from '../unit/features/_posting.js';

// Canonical-looking values plus odd ones (case, blanks, astral characters, lone surrogates).
const value = fc.oneof(
  fc.constantFrom(
    'spring-boot',
    'react',
    'kotlin',
    'backend',
    'frontend',
    'React',
    ' ',
    '자바',
    '😀',
    '\ud800',
  ),
  fc.string({ maxLength: 8 }),
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const posting: fc.Arbitrary<Posting> = fc
  .record({
    id: fc.string({ minLength: 1, maxLength: 12 }),
    title: fc.string({ maxLength: 20 }),
    company: fc.string({ maxLength: 10 }),
    stacks: fc.array(value, { maxLength: 6 }),
    positions: fc.array(value, { maxLength: 3 }),
    career: maybe(
      fc.record({
        minYears: fc.nat(20),
        maxYears: maybe(fc.nat(30)),
        newcomer: fc.boolean(),
        label: fc.string({ maxLength: 8 }),
      }),
    ),
    address: maybe(
      fc.record({
        sido: fc.string(),
        sigungu: fc.option(fc.string(), { nil: undefined }),
        query: fc.string(),
      }),
    ),
    geo: maybe(
      fc.record({
        lat: fc.double({ min: 33, max: 39, noNaN: true }),
        lng: fc.double({ min: 124, max: 132, noNaN: true }),
        precision: fc.constantFrom('building', 'road', 'eupmyeondong', 'sigungu', 'sido'),
        provider: fc.string(),
      }),
    ),
    salary: maybe(
      fc.record({
        min: maybe(fc.integer()),
        max: maybe(fc.double({ noNaN: true, noDefaultInfinity: true })),
        period: maybe(fc.constantFrom('year', 'month', 'hour')),
        negotiable: fc.boolean(),
        currency: fc.constant('KRW' as const),
      }),
    ),
  })
  .map((fields) => makePosting(fields as Partial<Posting>));
const postings = fc.array(posting, { maxLength: 8 });
const distinctCount = (values: readonly string[]) =>
  new Set(values.map((v) => v.trim().toLowerCase()).filter((v) => v !== '')).size;
const rowsArb = postings.map((ps) => explode(ps, { by: 'both', runId: 'r' }));

describe('features properties', () => {
  it('explode gives Σ distinct values rows, all valid', () => {
    fc.assert(
      fc.property(
        postings,
        fc.constantFrom('stacks', 'positions', 'both') as fc.Arbitrary<'stacks' | 'positions' | 'both'>,
        (ps, by) => {
          const rows = explode(ps, { by, runId: 'r' });
          const expected = ps.reduce(
            (n, p) =>
              n +
              (by !== 'positions' ? distinctCount(p.stacks) : 0) +
              (by !== 'stacks' ? distinctCount(p.positions) : 0),
            0,
          );
          expect(rows).toHaveLength(expected);
          for (const row of rows) expect(FeatureRow.safeParse(row).success).toBe(true);
        },
      ),
    );
  });

  it('explode ids are unique per (posting, kind, value) and equal across calls', () => {
    fc.assert(
      fc.property(postings, (ps) => {
        const rows = explode(ps, { by: 'both', runId: 'r' });
        const byId = new Map<string, string>();
        for (const row of rows) {
          const key = JSON.stringify([row.posting_id, row.kind, row.value]);
          const seen = byId.get(row.row_id);
          if (seen !== undefined) expect(seen).toBe(key);
          byId.set(row.row_id, key);
        }
        const keys = new Set(rows.map((r) => JSON.stringify([r.posting_id, r.kind, r.value])));
        expect(byId.size).toBe(keys.size);
        expect(explode(ps, { by: 'both', runId: 'other' }).map((r) => r.row_id)).toEqual(
          rows.map((r) => r.row_id),
        );
      }),
    );
  });

  it('toPostingRow output always parses', () => {
    fc.assert(
      fc.property(posting, (p) => {
        expect(PostingRow.safeParse(toPostingRow(p, 'r')).success).toBe(true);
      }),
    );
  });

  it('merge is idempotent on duplicate-free rows', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const x = mergeFeatureRows(rows, []);
        expect(mergeFeatureRows(x, x)).toEqual(x);
      }),
    );
  });

  it('merge is associative and leaves one row per id', () => {
    fc.assert(
      fc.property(rowsArb, rowsArb, rowsArb, (a, b, c) => {
        const left = mergeFeatureRows(mergeFeatureRows(a, b), c);
        const right = mergeFeatureRows(a, mergeFeatureRows(b, c));
        expect(left).toEqual(right);
        expect(new Set(left.map((r) => r.row_id)).size).toBe(left.length);
      }),
    );
  });

  it('lifecycle never throws and keeps records valid and unique', () => {
    const ids = fc.array(fc.string({ maxLength: 12 }), { maxLength: 5 });
    fc.assert(
      fc.property(postings, postings, ids, ids, (first, second, closed, unchanged) => {
        const a = updateLifecycle([], {
          runId: 'r1',
          at: '2026-11-29T09:00:00+09:00',
          seen: first,
          closed,
          unchanged,
        });
        const b = updateLifecycle(a.records, {
          runId: 'r2',
          at: 'not a date',
          seen: second,
          closed: unchanged,
          unchanged: closed,
        });
        for (const record of b.records) expect(LifecycleRecord.safeParse(record).success).toBe(true);
        expect(new Set(b.records.map((r) => r.id)).size).toBe(b.records.length);
      }),
    );
  });
});
