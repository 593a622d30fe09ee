// Normalizes every posting of the saved real site responses and checks careers, stacks, job families,
// addresses and deadlines against what a person reading the page sees. The samples are not part of the
// repository (a `shared/real-samples` folder beside the checkout); the suite is skipped loudly without them.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Posting } from '../../src/model/posting.js';
import { normalizePosting } from '../../src/normalize/index.js';
import { jobkoreaParsers } from '../../src/sources/jobkorea/index.js';
import { readRealSamples } from '../../src/testing/real-samples.js';

const ROOT = fileURLToPath(new URL('../../../shared/real-samples/', import.meta.url));
const present = existsSync(ROOT);
if (!present) console.warn(`[contract] ${ROOT} is absent; real-sample normalization tests are skipped`);

describe.skipIf(!present)('normalizing the real samples', () => {
  const readings = present ? readRealSamples(ROOT) : [];
  const now = new Date('2026-09-01T09:00:00+09:00');
  const postings = new Map(
    readings
      .flatMap((r) => r.items)
      .map((raw) => [`${raw.source}:${raw.sourceId}`, normalizePosting(raw, { now, mentions: true })]),
  );
  const get = (id: string) => {
    const posting = postings.get(id);
    if (posting === undefined) throw new Error(`no posting ${id}`);
    return posting;
  };

  it('normalizes every posting into a valid Posting, with no warnings', () => {
    expect(postings.size).toBe(15);
    for (const posting of postings.values()) {
      expect(Posting.safeParse(posting).success).toBe(true);
      expect(posting.warnings, posting.id).toEqual([]);
    }
  });

  it('quarantines only the JobKorea fragments that name no posting', () => {
    const issues = readings.flatMap((r) => r.issues);
    expect(issues.map((issue) => issue.source)).toEqual(['jobkorea', 'jobkorea', 'jobkorea']);
  });

  it.each([
    // id, career label, [minYears, maxYears, newcomer], families, sido, sigungu
    ['jumpit:54917021', '신입', [0, 0, true], ['ai-ml'], '서울특별시', '종로구'],
    ['jumpit:54616481', '경력 1~7년', [1, 7, false], ['software'], '서울특별시', '강남구'],
    ['jumpit:54484174', '경력 5~12년', [5, 12, false], ['devops'], '서울특별시', '강남구'],
    ['jumpit:54753694', '경력 3~5년', [3, 5, false], ['backend'], '경기도', '성남시 분당구'],
    ['wanted:219032', '경력 5~15년', [5, 15, false], ['devops'], '서울특별시', '관악구'],
    ['wanted:380332', '경력 5~12년', [5, 12, false], ['dev-pm'], '서울특별시', '강남구'],
    ['wanted:380933', '신입~경력 1년', [0, 1, true], ['backend'], '서울특별시', '강남구'],
    ['rallit:4233', '경력 3년 이상', [3, null, false], ['backend'], '서울특별시', undefined],
    ['rallit:3334', '경력 1~7년', [1, 7, false], ['frontend'], '서울특별시', undefined],
    ['rallit:1747', '경력무관', [0, null, true], ['mobile'], '서울특별시', '강남구'],
    ['jobkorea:49763718', '경력 1년 이상', [1, null, false], ['backend'], '경기도', '성남시'],
    ['jobkorea:49530013', '경력 1년 이상', [1, null, false], ['backend', 'devops'], '경기도', '성남시'],
    ['jobkorea:49762829', '경력 1년 이상', [1, null, false], ['backend'], '경기도', '성남시'],
  ] as const)('%s: %s', (id, label, [minYears, maxYears, newcomer], families, sido, sigungu) => {
    const posting = get(id);
    expect(posting.career).toEqual({ minYears, maxYears, newcomer, label });
    expect(posting.positions).toEqual(families);
    expect(posting.address?.sido).toBe(sido);
    expect(posting.address?.sigungu).toBe(sigungu);
  });

  it('reads the stacks as the sites list them', () => {
    expect(get('jumpit:54616481').stacks).toEqual([
      'cpp',
      'confluence',
      'git',
      'javascript',
      'jira',
      'qt',
      'opencv',
      'software-engineering',
    ]);
    expect(get('wanted:219032').stacks).toEqual(['aws', 'git', 'python', 'linux']);
    expect(get('rallit:4233').stacks.slice(0, 6)).toEqual([
      'java',
      'spring-boot',
      'postgresql',
      'mongodb',
      'dynamodb',
      'redis',
    ]);
    expect(get('jumpit:54917021').stacks).toContain('azure-devops');
  });

  it('reads deadlines, always-open postings and addresses with their details', () => {
    expect(get('jumpit:54917021').deadline).toEqual({ kind: 'date', date: '2026-10-01' });
    expect(get('rallit:4233').deadline).toEqual({ kind: 'always', date: null });
    expect(get('jumpit:54917021').address).toMatchObject({
      road: '율곡로2길',
      buildingNo: '25',
      detail: '10층',
    });
    expect(get('jobkorea:49759955').locationKind).toBe('multi');
  });

  it('flags the 전문연구요원 programme named in a title', () => {
    expect(get('jumpit:54917021').military.researcher).toBe(true);
  });

  it('reads the JobKorea detail fragments once the requested id is known', () => {
    const html = readFileSync(`${ROOT}/jobkorea/detail-intern.html`, 'utf8');
    const [raw] = jobkoreaParsers.parseDetail(html, { id: '49000001' }).items;
    const posting = normalizePosting(raw!, { now });
    expect(posting.employment).toMatchObject({ types: ['intern'], conversion: true });
  });
});
