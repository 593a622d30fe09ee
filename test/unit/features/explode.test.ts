import { describe, expect, it } from 'vitest';
import { explode } from '../../../src/features/explode.js';
import { featureRowId } from '../../../src/features/row-id.js';
import { computeTaxonomyVersion, TAXONOMY_VERSION } from '../../../src/features/taxonomy-version.js';
import type { Posting } from '../../../src/model/posting.js';
import { FeatureRow } from '../../../src/model/rows.js';
import { makePosting } from './_posting.js';

const RUN = '20261129T0900';
const kakao = makePosting();
const toss = makePosting({
  id: 'jumpit:42',
  source: 'jumpit',
  company: '비바리퍼블리카',
  career: null,
  address: null,
  stacks: ['react', 'typescript'],
  positions: ['frontend', 'fullstack'],
});

describe('explode', () => {
  it.each([
    ['stacks', ['stack:spring-boot', 'stack:kotlin', 'stack:mysql', 'stack:react', 'stack:typescript']],
    ['positions', ['position:backend', 'position:frontend', 'position:fullstack']],
    [
      'both',
      [
        'stack:spring-boot',
        'stack:kotlin',
        'stack:mysql',
        'position:backend',
        'stack:react',
        'stack:typescript',
        'position:frontend',
        'position:fullstack',
      ],
    ],
  ] as const)('by %s gives one row per posting × value, in posting order', (by, expected) => {
    const rows = explode([kakao, toss], { by, runId: RUN });
    expect(rows.map((r) => `${r.kind}:${r.value}`)).toEqual(expected);
    for (const row of rows) expect(FeatureRow.parse(row)).toEqual(row);
  });

  it("defaults to 'both'", () => {
    expect(explode([kakao], { runId: RUN })).toEqual(explode([kakao], { by: 'both', runId: RUN }));
  });

  it('fills posting columns, categories and the taxonomy version', () => {
    const [spring, , , backend] = explode([kakao], { by: 'both', runId: RUN });
    expect(spring).toEqual({
      row_id: featureRowId('wanted:12345', 'stack', 'spring-boot'),
      posting_id: 'wanted:12345',
      source: 'wanted',
      kind: 'stack',
      value: 'spring-boot',
      category: 'framework',
      company: '카카오',
      sido: '경기도',
      sigungu: '성남시 분당구',
      career_min: 3,
      career_max: 5,
      taxonomy_version: TAXONOMY_VERSION,
      run_id: RUN,
      job_id: null,
    });
    expect(backend).toMatchObject({ kind: 'position', value: 'backend', category: 'position' });
    const [linked] = explode([{ ...kakao, jobId: '4f1c0a9e2b7d3c58' }], { by: 'stacks', runId: RUN });
    expect(linked?.job_id).toBe('4f1c0a9e2b7d3c58');
    const [react] = explode([toss], { by: 'stacks', runId: RUN });
    expect(react).toMatchObject({ category: 'framework', sido: null, sigungu: null, career_min: null });
  });

  it('keeps row ids stable across calls, runs and processes', () => {
    const first = explode([kakao], { by: 'stacks', runId: RUN });
    const again = explode([kakao], { by: 'stacks', runId: '20261129T1200' });
    expect(again.map((r) => r.row_id)).toEqual(first.map((r) => r.row_id));
    // Hard-coded: a change here means every stored row id changes. The first 16 hex digits of
    // SHA-1('wanted:12345\0stack\0spring-boot'), as `sha1sum` or any SHA-1 gives them.
    expect(first[0]?.row_id).toBe('8553c5c632d03653');
  });

  it('gives different ids to different kinds and postings with the same value', () => {
    const p = makePosting({ stacks: ['backend'], positions: ['backend'] });
    const other = makePosting({ id: 'wanted:99', stacks: ['backend'], positions: [] });
    const ids = explode([p, other], { by: 'both', runId: RUN }).map((r) => r.row_id);
    expect(new Set(ids).size).toBe(3);
  });

  it('lowercases and drops duplicate and blank values', () => {
    const p = makePosting({
      stacks: ['React', 'react', ' ', 'UnknownTool'],
      positions: ['Backend', 'backend'],
    });
    const rows = explode([p], { by: 'both', runId: RUN });
    expect(rows.map((r) => [r.value, r.category])).toEqual([
      ['react', 'framework'],
      ['unknowntool', null],
      ['backend', 'position'],
    ]);
  });

  it.each([
    ['no stacks', { stacks: [] }, 'stacks' as const],
    ['no positions', { positions: [] }, 'positions' as const],
  ])('gives no rows for %s', (_name, overrides: Partial<Posting>, by) => {
    expect(explode([makePosting(overrides)], { by, runId: RUN })).toEqual([]);
  });

  it('accepts any iterable, including a generator', () => {
    function* gen() {
      yield kakao;
    }
    expect(explode(gen(), { by: 'positions', runId: RUN })).toHaveLength(1);
  });

  it('lets a caller stamp another taxonomy version', () => {
    const [row] = explode([kakao], { by: 'positions', runId: RUN, taxonomyVersion: 'legacy' });
    expect(row?.taxonomy_version).toBe('legacy');
  });
});

describe('TAXONOMY_VERSION', () => {
  it('matches the committed dictionary and job families (update it after gen-stacks)', () => {
    expect(computeTaxonomyVersion()).toBe(TAXONOMY_VERSION);
  });

  it('is 16 hex digits', () => {
    expect(TAXONOMY_VERSION).toMatch(/^[0-9a-f]{16}$/);
  });
});
