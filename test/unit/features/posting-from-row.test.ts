import { describe, expect, it } from 'vitest';
import { fromPostingRow } from '../../../src/features/posting-from-row.js';
import { toPostingRow } from '../../../src/features/posting-row.js';
import type { EducationLevel } from '../../../src/model/posting.js';
import { makePosting } from './_posting.js';

const RUN = '20261129T0900';
const row = (overrides: Record<string, unknown> = {}) => ({
  ...toPostingRow(makePosting(), RUN),
  ...overrides,
});

describe('fromPostingRow', () => {
  it('gives the fields a row does not hold neutral values', () => {
    const posting = fromPostingRow(row());
    expect(posting).toMatchObject({
      mentionedStacks: [],
      unknownPositions: [],
      sections: {},
      warnings: [],
      addresses: [{ sido: '경기도', sigungu: '성남시 분당구', query: '경기도 성남시 분당구 판교역로 166' }],
      employment: { types: ['fulltime'], conversion: false, label: '정규직' },
      education: { level: 'bachelor', expectedOk: false, label: '대졸 이상' },
      military: { exemption: false, researcher: true, industrial: false },
      raw: { company: '카카오', career: null, stackTags: [], categories: [], locations: [] },
    });
    expect(posting.address).toEqual(posting.addresses[0]);
  });

  it.each([
    ['any', '학력무관'],
    ['highschool', '고졸 이상'],
    ['associate', '초대졸 이상'],
    ['bachelor', '대졸 이상'],
    ['master', '석사 이상'],
    ['doctor', '박사'],
  ] as [EducationLevel, string][])('labels the education level %s as %s', (level, label) => {
    expect(fromPostingRow(row({ education: level })).education).toEqual({ level, expectedOk: false, label });
  });

  it('reads a row written before expiry and job ids (expired null, job_id absent)', () => {
    const { job_id: _dropped, ...old } = row({ expired: null });
    const posting = fromPostingRow(old);
    expect(posting.expired).toBe(false);
    expect('jobId' in posting).toBe(false);
  });

  it('keeps a row job id', () => {
    expect(fromPostingRow(row({ job_id: 'job:abc' })).jobId).toBe('job:abc');
  });

  it('labels a career the row left unlabelled, and takes min 0 as newcomer when the mark is missing', () => {
    const career = fromPostingRow(
      row({ career_min: 0, career_max: 3, career_newcomer: null, career_label: null }),
    ).career;
    expect(career).toEqual({ minYears: 0, maxYears: 3, newcomer: true, label: '신입~경력 3년' });
  });

  it('drops values outside their enums instead of passing them on', () => {
    const posting = fromPostingRow(
      row({
        employment_types: ['fulltime', 'gig'],
        deadline_kind: 'soon',
        education: 'phd',
        geo_precision: 'rooftop',
        location_kind: 'space',
        salary_period: 'week',
      }),
    );
    expect(posting.employment?.types).toEqual(['fulltime']);
    expect(posting.deadline).toBeNull();
    expect(posting.education).toBeNull();
    expect(posting.geo?.precision).toBe('sido');
    expect(posting.locationKind).toBe('unknown');
    expect(posting.salary?.period).toBeNull();
  });

  it('reads no geo point from a row with only one coordinate', () => {
    expect(fromPostingRow(row({ lng: null })).geo).toBeNull();
  });
});
