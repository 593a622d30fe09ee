import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../../src/model/errors/parse-error.js';
import { RawPosting } from '../../../../src/model/raw-posting.js';
import { programmersParsers } from '../../../../src/sources/programmers/index.js';
import { parseList } from '../../../../src/sources/programmers/parse-list.js';
import { isUnauthorized } from '../../../../src/sources/programmers/urls.js';
import { clone, FETCHED_AT, fixtureJson, NOW } from '../_fixture.js';

const body = fixtureJson('programmers/job-positions-list.json') as {
  jobPositions: Record<string, unknown>[];
};

describe('programmers parseList', () => {
  const { items, issues } = parseList(body, { now: NOW });

  it('maps every field of a list item', () => {
    expect(issues).toEqual([]);
    expect(items).toHaveLength(3);
    expect(items[0]).toEqual({
      source: 'programmers',
      sourceId: '24101',
      url: 'https://career.programmers.co.kr/job_positions/24101',
      fetchedAt: FETCHED_AT,
      title: '결제 서버 개발자 (Kotlin)',
      company: '(주)바람페이',
      companyId: '7301',
      categories: ['programmers:1', 'programmers:25'],
      stackTags: ['Kotlin', 'Spring Boot', 'MySQL', 'Kafka'],
      career: { text: '경력', min: 3, max: 7 },
      locations: ['서울특별시 강남구 테헤란로 427'],
      deadline: '2026-10-31T23:59:59.000+09:00',
      employmentType: 'fulltime',
      salary: { min: 5000, max: 8000, unit: 'manwon', period: 'year' },
      tags: [],
      sections: {},
      postedAt: '2026-09-20T00:00:00.000+09:00',
      updatedAt: '2026-09-25T10:15:00.000+09:00',
      payload: body.jobPositions[0],
    });
  });

  it.each([
    [
      1,
      {
        title: '신입 프론트엔드 개발자 & 퍼블리셔',
        career: { text: '신입 채용' },
        // No address of its own: the company address stands in.
        locations: ['경기도 성남시 분당구 판교역로 166'],
        deadline: '상시 채용',
        alwaysOpen: true,
        tags: ['signing-bonus:300만원'],
      },
    ],
    [2, { categories: [], stackTags: [], salary: { min: 4500, unit: 'manwon', period: 'year' } }],
  ])('reads item %i', (index, expected) => {
    expect(items[index]).toMatchObject(expected);
  });

  it('leaves out a salary of 0/0 and every item validates as RawPosting', () => {
    expect(items[1]?.salary).toBeUndefined();
    for (const item of items) expect(RawPosting.safeParse(item).success).toBe(true);
  });

  it.each([
    ['{begin,end}', { begin: 2, end: 5 }, { text: '경력', min: 2, max: 5 }],
    ['an open range', '5...', { text: '경력', min: 5 }],
    ['a text', '경력 무관', { text: '경력 무관' }],
  ])('reads careerRange as %s', (_name, careerRange, career) => {
    const copy = clone(body);
    (copy.jobPositions[0] as Record<string, unknown>).careerRange = careerRange;
    expect(parseList(copy).items[0]?.career).toEqual(career);
  });

  it.each([
    ['a missing id', (p: Record<string, unknown>) => delete p.id, 'missing_field', ['jobPositions', 0, 'id']],
    [
      'a missing company',
      (p: Record<string, unknown>) => delete p.company,
      'missing_field',
      ['jobPositions', 0, 'company'],
    ],
    [
      'technicalTags as strings',
      (p: Record<string, unknown>) => (p.technicalTags = ['Go']),
      'invalid_item',
      ['jobPositions', 0, 'technicalTags', 0],
    ],
    [
      'a blank title',
      (p: Record<string, unknown>) => (p.title = ' '),
      'invalid_item',
      ['jobPositions', 0, 'title'],
    ],
  ])('quarantines an item with %s and keeps the others', (_name, mutate, code, path) => {
    const bad = clone(body);
    mutate(bad.jobPositions[0] as Record<string, unknown>);
    const result = parseList(bad);
    expect(result.items.map((i) => i.sourceId)).toEqual(['24102', '24103']);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ code, source: 'programmers', path, raw: bad.jobPositions[0] });
  });

  it('counts a junk item as one issue', () => {
    const result = parseList({ ...body, jobPositions: [...body.jobPositions, 'x', null] });
    expect(result.items).toHaveLength(3);
    expect(result.issues.map((i) => i.path)).toEqual([
      ['jobPositions', 3],
      ['jobPositions', 4],
    ]);
  });

  it.each([undefined, 'html', [], { jobPositions: 'x' }, { page: '1' }])('throws ParseError on %j', (bad) => {
    expect(() => parseList(bad)).toThrow(ParseError);
  });

  it('is the parseList of programmersParsers', () => {
    expect(programmersParsers.parseList).toBe(parseList);
  });

  it.each([
    [401, true],
    [403, false],
    [200, false],
  ])('isUnauthorized(%i) is %s', (status, expected) => {
    expect(isUnauthorized(status)).toBe(expected);
  });
});
