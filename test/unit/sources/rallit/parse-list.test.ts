import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../../src/model/errors/parse-error.js';
import { parseList } from '../../../../src/sources/rallit/parse-list.js';
import { clone, FETCHED_AT, fixtureJson, NOW } from '../_fixture.js';

const body = fixtureJson('rallit/position-list.json') as { data: { items: Record<string, unknown>[] } };

describe('rallit parseList', () => {
  const { items, issues } = parseList(body, { now: NOW });

  it('maps every field of an item', () => {
    expect(issues).toEqual([]);
    expect(items[0]).toEqual({
      source: 'rallit',
      sourceId: '9101',
      url: 'https://www.rallit.com/positions/9101',
      fetchedAt: FETCHED_AT,
      title: '[결제팀] 서버 개발자',
      company: '(주)구름다리',
      companyId: '701',
      categories: [],
      stackTags: ['Go', 'gRPC', 'Postgresql'],
      career: { text: 'JUNIOR,MIDDLE' },
      locations: ['경기 성남시 분당구'],
      alwaysOpen: true,
      tags: [],
      sections: {},
      payload: body.data.items[0],
    });
  });

  it.each([
    [
      'real dates as deadline and postedAt',
      1,
      { deadline: '2026-10-31', postedAt: '2026-09-01', alwaysOpen: false },
    ],
    ['jobLevel when jobLevels is empty', 1, { career: { text: 'IRRELEVANT' } }],
    ['the built url when the item has none', 1, { url: 'https://www.rallit.com/positions/9102' }],
    ['a single level', 2, { career: { text: 'SENIOR' }, locations: ['부산'] }],
  ] as const)('reads %s', (_name, index, expected) => {
    expect(items[index]).toMatchObject(expected);
  });

  it('quarantines bad items with their codes and keeps the rest', () => {
    const bad = clone(body);
    delete bad.data.items[0]?.companyName;
    (bad.data.items[1] as Record<string, unknown>).jobSkillKeywords = 'SQL';
    const result = parseList(bad);
    expect(result.items.map((i) => i.sourceId)).toEqual(['9103']);
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ['missing_field', ['data', 'items', 0, 'companyName']],
      ['invalid_item', ['data', 'items', 1, 'jobSkillKeywords']],
    ]);
    expect(result.issues[0]?.url).toBe('https://www.rallit.com/positions/9101');
  });

  it.each([undefined, { statusCode: 'OK' }, { data: { items: null } }, 'OK'])(
    'throws ParseError on %j',
    (bad) => {
      expect(() => parseList(bad)).toThrow(ParseError);
    },
  );
});
