import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../../src/model/errors/parse-error.js';
import { jumpitParsers } from '../../../../src/sources/jumpit/index.js';
import { isClosedPosting, parseDetail } from '../../../../src/sources/jumpit/parse-detail.js';
import { clone, FETCHED_AT, fixtureJson, NOW } from '../_fixture.js';

const body = fixtureJson('jumpit/position-detail.json') as { result: Record<string, unknown> };
const closed = fixtureJson('jumpit/position-closed.json');

describe('jumpit parseDetail', () => {
  it('maps every field of a detail', () => {
    const { items, issues } = parseDetail(body, { now: NOW });
    expect(issues).toEqual([]);
    expect(items).toEqual([
      {
        source: 'jumpit',
        sourceId: '61000201',
        url: 'https://jumpit.saramin.co.kr/position/61000201',
        fetchedAt: FETCHED_AT,
        title: '데이터 플랫폼 엔지니어(병역특례 가능)',
        company: '초록데이터랩',
        companyId: '3058812345',
        categories: ['빅데이터 엔지니어', '서버/백엔드 개발자'],
        stackTags: ['Python', 'Apache Spark', 'Kubernetes'],
        career: { min: 3, max: 10, newcomer: false },
        locations: ['대전 유성구 대학로 99, 4층', '세종 한누리대로 2130'],
        deadline: '2026-11-04 23:59:59',
        alwaysOpen: false,
        education: '학력무관',
        tags: ['시리즈 B 투자', '재택근무', '산업기능요원'],
        sections: {
          intro: body.result.serviceInfo,
          mainTasks: body.result.responsibility,
          requirements: body.result.qualifications,
          preferred: body.result.preferredRequirements,
          benefits: body.result.welfares,
          process: body.result.recruitProcess,
        },
        postedAt: '2026-10-05 00:00:00',
        payload: body.result,
      },
    ]);
  });

  it('falls back to companyProfileId and reads the 2023 schema.org employment type', () => {
    const old = clone(body);
    delete old.result.serialNumber;
    old.result.companyProfileId = 4411;
    old.result.jobPostingForSearchEngine = { employmentType: ['FULL_TIME', 'INTERN'] };
    const [item] = parseDetail(old).items;
    expect(item?.companyId).toBe('4411');
    expect(item?.employmentType).toBe('FULL_TIME,INTERN');
  });

  it('answers a closed posting (C003) with no item and no issue', () => {
    expect(isClosedPosting(closed)).toBe(true);
    expect(isClosedPosting(body)).toBe(false);
    expect(parseDetail(closed)).toEqual({ items: [], issues: [] });
  });

  it.each([
    ['a missing id', (r: Record<string, unknown>) => delete r.id, 'missing_field'],
    ['techStacks as strings', (r: Record<string, unknown>) => (r.techStacks = ['Go']), 'invalid_item'],
  ])('quarantines a result with %s', (_name, mutate, code) => {
    const bad = clone(body);
    mutate(bad.result);
    const result = parseDetail(bad);
    expect(result.items).toEqual([]);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ code, source: 'jumpit', raw: bad.result });
    expect(result.issues[0]?.path[0]).toBe('result');
  });

  it.each([undefined, 42, { code: 'C001' }, { code: 'C001', result: 'x' }])(
    'throws ParseError on %j',
    (bad) => {
      expect(() => parseDetail(bad)).toThrow(ParseError);
    },
  );

  it('is exposed on jumpitParsers', () => {
    expect(jumpitParsers.parseDetail).toBe(parseDetail);
    expect(jumpitParsers.isClosedPosting).toBe(isClosedPosting);
  });
});
