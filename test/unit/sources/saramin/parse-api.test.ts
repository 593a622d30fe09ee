import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../../src/model/errors/parse-error.js';
import { parseApi } from '../../../../src/sources/saramin/parse-api.js';
import { redactAccessKey } from '../../../../src/sources/saramin/urls.js';
import { clone, FETCHED_AT, fixtureJson, NOW } from '../_fixture.js';

type Job = Record<string, unknown> & { position: Record<string, unknown> };
const body = fixtureJson('saramin/job-search.json') as { jobs: { job: Job[] } };
// The fixture's first job carries a key in its URL, the way a proxy or an echoing API might leak it.
const KEY = 'TESTKEYzzQ9x7';

describe('saramin parseApi', () => {
  const result = parseApi(body, { now: NOW });
  const { items, issues } = result;

  it('maps every field of an Open API job', () => {
    expect(issues).toEqual([]);
    expect(items).toHaveLength(3);
    const { payload, ...first } = items[0] ?? {};
    expect(first).toEqual({
      source: 'saramin',
      sourceId: '51200001',
      url: 'https://www.saramin.co.kr/zf_user/jobs/relay/view?rec_idx=51200001',
      fetchedAt: FETCHED_AT,
      title: '[서울] Java 백엔드 개발자 (R&D센터)',
      company: '(주)새벽소프트',
      companyId: 'cUhVWmtPR0RoT1E9',
      categories: ['IT개발·데이터', 'saramin:84', 'saramin:95', '백엔드/서버개발', 'DBA'],
      stackTags: ['Java', 'Spring', 'JPA', 'MySQL'],
      career: { text: '경력 3~8년', min: 3, max: 8, newcomer: false },
      locations: ['서울 강남구', '서울 서초구'],
      deadline: '2026-10-30T08:59:59.000+09:00',
      alwaysOpen: false,
      employmentType: '정규직,계약직 (정규직 전환가능)',
      salary: { text: '3,600~3,800만원' },
      education: '대학교졸업(4년)이상',
      tags: ['industry:솔루션·SI·ERP·CRM', 'opening:2026-09-29T09:00:00.000+09:00'],
      sections: {},
      postedAt: '2026-09-29T09:00:00.000+09:00',
      updatedAt: '2026-09-30T09:00:00.000+09:00',
    });
    expect(payload).toMatchObject({ id: '51200001', keyword: 'Java,Spring,JPA,MySQL' });
  });

  it.each([
    [
      1,
      {
        career: { text: '신입/경력', min: 0, max: 5, newcomer: true },
        deadline: '상시',
        alwaysOpen: true,
        locations: ['경기전체'],
        categories: ['IT개발·데이터', 'saramin:100', 'DevOps'],
      },
    ],
    [
      2,
      {
        sourceId: '51200003',
        career: { text: '경력무관', min: 0, max: null, newcomer: true },
        deadline: '채용시',
        alwaysOpen: true,
        locations: ['부산 해운대구'],
        stackTags: [],
        tags: ['inactive'],
      },
    ],
  ])('reads job %i', (index, expected) => {
    expect(items[index]).toMatchObject(expected);
  });

  it('leaves companyId out when the csn is empty', () => {
    expect(items[2]?.companyId).toBeUndefined();
  });

  it('never lets the access key out: items, payloads, issues', () => {
    expect(JSON.stringify(result)).not.toContain(KEY);
    expect(JSON.stringify(result)).toContain('access-key=[redacted]');
    const bad = clone(body);
    delete bad.jobs.job[0]?.position.title;
    const withIssue = parseApi(bad);
    expect(withIssue.issues).toHaveLength(1);
    expect(JSON.stringify(withIssue)).not.toContain(KEY);
  });

  it('redacts the literal key given in options, wherever it is', () => {
    const leaky = clone(body);
    (leaky.jobs.job[1] as Job).keyword = `AWS,${KEY}`;
    const out = parseApi(leaky, { accessKey: KEY });
    expect(JSON.stringify(out)).not.toContain(KEY);
    expect(out.items[1]?.stackTags).toEqual(['AWS', '[redacted]']);
  });

  it('never puts the key into a ParseError', () => {
    const error = (() => {
      try {
        parseApi(
          { code: 3, message: `invalid access-key=${KEY}`, url: `?access-key=${KEY}` },
          { accessKey: KEY },
        );
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ParseError);
    expect(JSON.stringify(error, Object.getOwnPropertyNames(error))).not.toContain(KEY);
    expect(String((error as Error).message)).not.toContain(KEY);
  });

  it.each([
    ['a missing id', (j: Job) => delete j.id, 'missing_field', ['jobs', 'job', 0, 'id']],
    ['a missing company', (j: Job) => delete j.company, 'missing_field', ['jobs', 'job', 0, 'company']],
    ['a non-numeric id', (j: Job) => (j.id = 'abc'), 'invalid_item', ['jobs', 'job', 0, 'id']],
    [
      'a location as text',
      (j: Job) => (j.position.location = '서울'),
      'invalid_item',
      ['jobs', 'job', 0, 'position', 'location'],
    ],
  ])('quarantines a job with %s', (_name, mutate, code, path) => {
    const bad = clone(body);
    mutate(bad.jobs.job[0] as Job);
    const out = parseApi(bad);
    expect(out.items).toHaveLength(2);
    expect(out.issues).toHaveLength(1);
    expect(out.issues[0]).toMatchObject({ code, path, source: 'saramin' });
  });

  it('reads an empty page without job[]', () => {
    expect(parseApi({ jobs: { count: 0, start: 0, total: '0' } })).toEqual({ items: [], issues: [] });
  });

  it.each([undefined, '', [], { jobs: 'x' }, { code: 3, message: 'quota exceeded' }, { jobs: { job: {} } }])(
    'throws ParseError on %j',
    (bad) => {
      expect(() => parseApi(bad)).toThrow(ParseError);
    },
  );
});

describe('redactAccessKey', () => {
  it.each([
    [
      'https://oapi.saramin.co.kr/job-search?access-key=abc123&count=10',
      'https://oapi.saramin.co.kr/job-search?access-key=[redacted]&count=10',
    ],
    ['?ACCESS_KEY=abc123', '?ACCESS_KEY=[redacted]'],
    ['next=%3Faccess-key%3Dabc123%26x', 'next=%3Faccess-key%3D[redacted]'],
  ])('%s', (input, output) => {
    expect(redactAccessKey({ a: [input] })).toEqual({ a: [output] });
  });
});
