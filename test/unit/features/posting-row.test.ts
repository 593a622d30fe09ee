import { describe, expect, it } from 'vitest';
import { toPostingRow } from '../../../src/features/posting-row.js';
import { Posting } from '../../../src/model/posting.js';
import { PostingRow } from '../../../src/model/rows.js';
import { makePosting } from './_posting.js';

const RUN = '20261129T0900';

describe('toPostingRow', () => {
  it('flattens a full posting into PostingRow columns', () => {
    const posting = makePosting();
    expect(Posting.safeParse(posting).success).toBe(true);
    const row = toPostingRow(posting, RUN);
    expect(PostingRow.parse(row)).toEqual(row);
    expect(row).toMatchObject({
      id: 'wanted:12345',
      source_id: '12345',
      company: '카카오',
      company_id: 'wanted-co-1',
      career_min: 3,
      career_max: 5,
      career_newcomer: false,
      career_label: '경력 3~5년',
      stacks: ['spring-boot', 'kotlin', 'mysql'],
      positions: ['backend'],
      sido: '경기도',
      sigungu: '성남시 분당구',
      address: '경기도 성남시 분당구 판교역로 166',
      lat: 37.3947,
      lng: 127.1112,
      geo_precision: 'building',
      geo_provider: 'kakao',
      region_code: '4113510900',
      location_kind: 'address',
      deadline_kind: 'date',
      deadline_date: '2026-12-31',
      employment_types: ['fulltime'],
      employment_conversion: false,
      salary_min: 50_000_000,
      salary_max: 70_000_000,
      salary_period: 'year',
      salary_negotiable: false,
      education: 'bachelor',
      military_researcher: true,
      military_industrial: false,
      expired: false,
      posted_at: '2026-11-20T10:00:00+09:00',
      updated_at: null,
      fetched_at: '2026-11-29T09:01:00+09:00',
      run_id: RUN,
    });
  });

  it.each([
    [
      'career',
      { career: null },
      { career_min: null, career_max: null, career_newcomer: null, career_label: null },
    ],
    ['address', { address: null }, { sido: null, sigungu: null, address: null }],
    [
      'geo',
      { geo: null },
      { lat: null, lng: null, geo_precision: null, geo_provider: null, region_code: null },
    ],
    [
      'geo code',
      { geo: { lat: 37.5, lng: 127, precision: 'sido' as const, provider: 'gazetteer' } },
      { region_code: null },
    ],
    [
      'sigungu',
      { address: { sido: '세종특별자치시', query: '세종특별자치시' } },
      { sido: '세종특별자치시', sigungu: null },
    ],
    ['deadline', { deadline: null }, { deadline_kind: null, deadline_date: null }],
    ['employment', { employment: null }, { employment_types: [], employment_conversion: null }],
    [
      'salary',
      { salary: null },
      { salary_min: null, salary_max: null, salary_period: null, salary_negotiable: null },
    ],
    ['education', { education: null }, { education: null }],
    ['stacks', { stacks: [], positions: [] }, { stacks: [], positions: [] }],
  ])('writes nulls when %s is absent', (_name, overrides, expected) => {
    const row = toPostingRow(makePosting(overrides as Partial<Posting>), RUN);
    expect(PostingRow.safeParse(row).success).toBe(true);
    expect(row).toMatchObject(expected);
  });

  it('copies lists, so mutating the row leaves the posting alone', () => {
    const posting = makePosting();
    const row = toPostingRow(posting, RUN);
    row.stacks.push('java');
    expect(posting.stacks).toEqual(['spring-boot', 'kotlin', 'mysql']);
  });

  it('has exactly the PostingRow columns, in schema order', () => {
    expect(Object.keys(toPostingRow(makePosting(), RUN))).toEqual(Object.keys(PostingRow.shape));
  });
});
