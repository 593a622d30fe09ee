// The feature data the original pipeline built with pandas `explode`: one row per posting × stack and
// posting × job family, flat enough for a model or a GROUP BY, with ids stable across runs so a re-run
// of the same slot overwrites rows instead of duplicating them.

import type { Posting } from '../model/posting.js';
import type { FeatureRow } from '../model/rows.js';
import { stackInfo } from '../normalize/stacks/index.js';
import { featureRowId } from './row-id.js';
import { TAXONOMY_VERSION } from './taxonomy-version.js';

/** Which multi-valued field to explode: stacks, job families (positions), or both. */
export type ExplodeBy = 'stacks' | 'positions' | 'both';

/** The feature kind a given `by` yields: 'stacks' → 'stack', 'positions' → 'position', 'both' → either. */
export type ExplodeKind<By extends ExplodeBy> = By extends 'stacks'
  ? 'stack'
  : By extends 'positions'
    ? 'position'
    : 'stack' | 'position';

/** A feature row whose `kind` is narrowed to what `by` asked for. */
export type ExplodedRow<By extends ExplodeBy = ExplodeBy> = FeatureRow & { kind: ExplodeKind<By> };

/** The posting fields `explode` reads; a full {@link Posting} fits. */
export type ExplodeInput = Pick<
  Posting,
  'id' | 'source' | 'company' | 'career' | 'stacks' | 'positions' | 'address'
> &
  Partial<Pick<Posting, 'jobId'>>;

/** Options of {@link explode}. */
export interface ExplodeOptions<By extends ExplodeBy = ExplodeBy> {
  /** Which field to explode. @default 'both' */
  by?: By;
  /** The run the rows belong to ('20261129T0900'), stamped as `run_id`. */
  runId: string;
  /** Stamped as `taxonomy_version`; override only to rebuild rows of an older vocabulary. @default TAXONOMY_VERSION */
  taxonomyVersion?: string;
}

/**
 * Returns one {@link FeatureRow} per posting × value: per posting, its stacks first (when `by` is
 * 'stacks' or 'both'), then its job families, each in the posting's order, lowercased and without
 * duplicates. `row_id` is {@link featureRowId} of posting id, kind and value, so the same input gives the
 * same rows in the same order in every process. A stack's `category` is its dictionary kind ('framework'),
 * or null for a tag the dictionary does not know; a job family's is 'position'. Postings without values
 * give no rows.
 *
 * @default by 'both'
 * @example
 * explode([{ id: 'wanted:1', source: 'wanted', company: '카카오', career: null,
 *   stacks: ['spring-boot', 'kotlin'], positions: ['backend'],
 *   address: { sido: '경기도', sigungu: '성남시 분당구', query: '경기도 성남시 분당구 판교역로 166' } }],
 *   { by: 'stacks', runId: '20261129T0900' })
 * // [{ kind: 'stack', value: 'spring-boot', category: 'framework', sido: '경기도', … },
 * //  { kind: 'stack', value: 'kotlin', category: 'language', … }]
 */
export function explode<By extends ExplodeBy = 'both'>(
  postings: Iterable<ExplodeInput>,
  options: ExplodeOptions<By>,
): ExplodedRow<By>[] {
  const by: ExplodeBy = options.by ?? 'both';
  const withStacks = by === 'stacks' || by === 'both';
  const withPositions = by === 'positions' || by === 'both';
  const taxonomyVersion = options.taxonomyVersion ?? TAXONOMY_VERSION;
  // Thousands of postings share a few hundred stacks; one dictionary lookup per distinct value.
  const categories = new Map<string, string | null>();
  const categoryOf = (value: string): string | null => {
    let category = categories.get(value);
    if (category === undefined) {
      category = stackInfo(value)?.category ?? null;
      categories.set(value, category);
    }
    return category;
  };
  const rows: FeatureRow[] = [];
  for (const posting of postings) {
    // Keys in FeatureRow's column order: sinks that write CSV headers from the first row rely on it.
    const push = (kind: 'stack' | 'position', value: string, category: string | null): void => {
      rows.push({
        row_id: featureRowId(posting.id, kind, value),
        posting_id: posting.id,
        source: posting.source,
        kind,
        value,
        category,
        company: posting.company,
        sido: posting.address?.sido ?? null,
        sigungu: posting.address?.sigungu ?? null,
        career_min: posting.career?.minYears ?? null,
        career_max: posting.career?.maxYears ?? null,
        taxonomy_version: taxonomyVersion,
        run_id: options.runId,
        job_id: posting.jobId ?? null,
      });
    };
    if (withStacks)
      for (const value of distinctLower(posting.stacks)) push('stack', value, categoryOf(value));
    if (withPositions)
      for (const value of distinctLower(posting.positions)) push('position', value, 'position');
  }
  return rows as ExplodedRow<By>[];
}

// Canonical ids are already lowercase; hand-built postings may not be, and 'React' and 'react' must not
// become two rows with two ids. Blank values carry no feature.
function distinctLower(values: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const raw of values) {
    const value = raw.trim().toLowerCase();
    if (value !== '') seen.add(value);
  }
  return [...seen];
}
