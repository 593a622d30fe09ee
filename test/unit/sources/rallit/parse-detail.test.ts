import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../../src/model/errors/parse-error.js';
import { rallitParsers } from '../../../../src/sources/rallit/index.js';
import { parseDetail } from '../../../../src/sources/rallit/parse-detail.js';
import { clone, FETCHED_AT, fixtureJson, NOW } from '../_fixture.js';

const body = fixtureJson('rallit/position-detail.json') as { data: Record<string, unknown> };

describe('rallit parseDetail', () => {
  it('maps the address, jobs and HTML sections', () => {
    const { items, issues } = parseDetail(body, { now: NOW });
    expect(issues).toEqual([]);
    expect(items).toEqual([
      {
        source: 'rallit',
        sourceId: '9101',
        url: 'https://www.rallit.com/positions/9101',
        fetchedAt: FETCHED_AT,
        title: '[결제팀] 서버 개발자',
        company: '(주)구름다리',
        companyId: '701',
        categories: ['백엔드 개발자', '서버 개발자'],
        stackTags: ['Go', 'gRPC'],
        career: { text: 'JUNIOR,MIDDLE' },
        locations: ['경기 성남시 분당구 판교로 242 B동 5층'],
        alwaysOpen: true,
        tags: [],
        sections: {
          mainTasks: '<ul><li>결제 API 개발</li></ul>',
          requirements: '<ul><li>Go 2년 이상</li></ul>',
          preferred: '<p>PG 연동 경험</p>',
        },
        payload: body.data,
      },
    ]);
  });

  it('quarantines a detail whose jobs are not objects', () => {
    const bad = clone(body);
    bad.data.jobs = ['서버'];
    const result = parseDetail(bad);
    expect(result.items).toEqual([]);
    expect(result.issues[0]).toMatchObject({
      code: 'invalid_item',
      path: ['data', 'jobs', 0],
      raw: bad.data,
    });
  });

  it.each([null, { data: null }, { data: [] }])('throws ParseError on %j', (bad) => {
    expect(() => parseDetail(bad)).toThrow(ParseError);
  });

  it('is exposed on rallitParsers', () => {
    expect(rallitParsers.parseDetail).toBe(parseDetail);
  });
});
