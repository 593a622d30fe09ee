import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../../src/model/errors/parse-error.js';
import { parseDetail } from '../../../../src/sources/programmers/parse-detail.js';
import { clone, FETCHED_AT, fixtureJson, NOW } from '../_fixture.js';

type Body = {
  jobPosition: Record<string, unknown>;
  settings: { google: { jobPosition: Record<string, unknown> } };
};
const body = fixtureJson('programmers/job-position-detail.json') as Body;

describe('programmers parseDetail', () => {
  it('maps every field of a detail, schema.org filling the gaps', () => {
    const { items, issues } = parseDetail(body, { now: NOW });
    expect(issues).toEqual([]);
    expect(items).toEqual([
      {
        source: 'programmers',
        sourceId: '24101',
        url: 'https://career.programmers.co.kr/job_positions/24101',
        fetchedAt: FETCHED_AT,
        title: '결제 서버 개발자 (Kotlin)',
        company: '(주)바람페이',
        companyId: '7301',
        categories: ['programmers:1'],
        stackTags: ['Kotlin', 'Spring Boot', 'Kafka', 'Redis'],
        career: { text: '경력', min: 3, max: 7 },
        // address is null: the schema.org jobLocation gives it (with the floor).
        locations: ['서울특별시 강남구 테헤란로 427, 9층'],
        coordinates: { lat: 37.5059, lng: 127.0531 },
        // endAt is null: validThrough; jobType is null: employmentType; startAt is null: datePosted.
        deadline: '2026-10-31T23:59:59+09:00',
        employmentType: 'FULL_TIME',
        salary: { min: 5000, max: 8000, unit: 'manwon', period: 'year' },
        tags: [
          '유연근무제',
          '도서 구입비 지원',
          'team:developerCount=12',
          'team:os=macOS',
          'team:versionControl=GitHub',
          'team:collaborationTool=Slack, Jira',
          'team:reviewTool=GitHub PR',
        ],
        sections: {
          intro: body.jobPosition.description,
          requirements: body.jobPosition.requirement,
          preferred: body.jobPosition.preferredExperience,
          etc: body.jobPosition.additionalInformation,
        },
        postedAt: '2026-09-20T00:00:00+09:00',
        updatedAt: '2026-09-25T10:15:00.000+09:00',
        payload: body.jobPosition,
      },
    ]);
  });

  it('prefers the position over schema.org and works without settings', () => {
    const own = clone(body);
    own.jobPosition.jobType = 'fulltime';
    own.jobPosition.endAt = '2026-10-15T23:59:59.000+09:00';
    own.jobPosition.address = '서울 강남구 테헤란로 427';
    const [item] = parseDetail(own).items;
    expect(item).toMatchObject({
      employmentType: 'fulltime',
      deadline: '2026-10-15T23:59:59.000+09:00',
      locations: ['서울 강남구 테헤란로 427', '서울특별시 강남구 테헤란로 427, 9층'],
    });
    const bare = clone(body) as Partial<Body>;
    delete bare.settings;
    const [plain] = parseDetail(bare).items;
    expect(plain?.deadline).toBe('2026.09.20 ~ 2026.10.31');
    expect(plain?.postedAt).toBe('2026-09-19T14:02:11.000+09:00');
    expect(plain?.locations).toEqual(['서울특별시 강남구 테헤란로 427']);
  });

  it('ignores a 0/0 point', () => {
    const zero = clone(body);
    zero.jobPosition.latitude = 0;
    zero.jobPosition.longitude = 0;
    expect(parseDetail(zero).items[0]?.coordinates).toBeUndefined();
  });

  it.each([
    [
      'a missing title',
      (p: Record<string, unknown>) => delete p.title,
      'missing_field',
      ['jobPosition', 'title'],
    ],
    [
      'latitude as text',
      (p: Record<string, unknown>) => (p.latitude = '37.5'),
      'invalid_item',
      ['jobPosition', 'latitude'],
    ],
  ])('quarantines a position with %s', (_name, mutate, code, path) => {
    const bad = clone(body);
    mutate(bad.jobPosition);
    const result = parseDetail(bad);
    expect(result.items).toEqual([]);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({
      code,
      path,
      source: 'programmers',
      url: 'https://career.programmers.co.kr/job_positions/24101',
      raw: bad.jobPosition,
    });
  });

  it.each([undefined, 'x', { settings: {} }, { jobPosition: 'x' }, { jobPosition: null }])(
    'throws ParseError on %j',
    (bad) => {
      expect(() => parseDetail(bad)).toThrow(ParseError);
    },
  );
});
