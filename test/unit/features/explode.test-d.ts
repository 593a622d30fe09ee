import { describe, expectTypeOf, it } from 'vitest';
import { type ExplodedRow, explode } from '../../../src/features/explode.js';
import type { FeatureRow } from '../../../src/model/rows.js';
import { makePosting } from './_posting.js';

const postings = [makePosting()];

describe('explode types', () => {
  it("narrows kind to 'stack' for by: 'stacks'", () => {
    const rows = explode(postings, { by: 'stacks', runId: 'r' });
    expectTypeOf(rows[0]!.kind).toEqualTypeOf<'stack'>();
  });

  it("narrows kind to 'position' for by: 'positions'", () => {
    expectTypeOf(explode(postings, { by: 'positions', runId: 'r' })[0]!.kind).toEqualTypeOf<'position'>();
  });

  it('keeps both kinds for by: both and by default', () => {
    expectTypeOf(explode(postings, { by: 'both', runId: 'r' })[0]!.kind).toEqualTypeOf<
      'stack' | 'position'
    >();
    expectTypeOf(explode(postings, { runId: 'r' })[0]!.kind).toEqualTypeOf<'stack' | 'position'>();
  });

  it('returns FeatureRows', () => {
    expectTypeOf(explode(postings, { by: 'stacks', runId: 'r' })).toExtend<FeatureRow[]>();
    expectTypeOf<ExplodedRow<'stacks'>>().toExtend<FeatureRow>();
  });
});
