import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../../src/model/errors/parse-error.js';
import { parseList } from '../../../../src/sources/jumpit/parse-list.js';
import { clone, FETCHED_AT, fixtureJson, NOW } from '../_fixture.js';

const body = fixtureJson('jumpit/positions-list.json') as {
  result: { positions: Record<string, unknown>[] };
};

describe('jumpit parseList', () => {
  const { items, issues } = parseList(body, { now: NOW });

  it('reads every position', () => {
    expect(issues).toEqual([]);
    expect(items.map((i) => i.sourceId)).toEqual(['61000101', '61000102', '61000103']);
  });

  it('maps every field of a position', () => {
    expect(items[0]).toEqual({
      source: 'jumpit',
      sourceId: '61000101',
      url: 'https://jumpit.saramin.co.kr/position/61000101',
      fetchedAt: FETCHED_AT,
      title: '결제 플랫폼 백엔드 개발자',
      company: '다온페이먼츠',
      companyId: '3018800112',
      categories: ['서버/백엔드 개발자'],
      stackTags: ['Java', 'Spring Boot', 'MySQL', 'Kafka'],
      career: { min: 3, max: 8, newcomer: false },
      locations: ['서울 영등포구'],
      deadline: '2026-11-30T23:59:59',
      alwaysOpen: false,
      tags: [],
      sections: {},
      payload: body.result.positions[0],
    });
  });

  it.each([
    ['strips highlight markup from the title', 1, 'title', 'React 웹 프론트엔드 개발자'],
    ['keeps several locations', 1, 'locations', ['경기 성남시 분당구', '서울 강남구']],
    ['leaves a null closedAt out', 1, 'deadline', undefined],
    ['reads alwaysOpen', 1, 'alwaysOpen', true],
    ['reads newcomer', 1, 'career', { min: 0, max: 3, newcomer: true }],
    ['keeps an empty stack list empty', 2, 'stackTags', []],
  ] as const)('%s', (_name, index, key, expected) => {
    expect(items[index]?.[key]).toEqual(expected);
  });

  it.each([
    [
      'a missing id',
      (p: Record<string, unknown>) => delete p.id,
      'missing_field',
      ['result', 'positions', 0, 'id'],
    ],
    [
      'a missing title',
      (p: Record<string, unknown>) => delete p.title,
      'missing_field',
      ['result', 'positions', 0, 'title'],
    ],
    [
      'a numeric title',
      (p: Record<string, unknown>) => (p.title = 7),
      'invalid_item',
      ['result', 'positions', 0, 'title'],
    ],
    [
      'techStacks as a string',
      (p: Record<string, unknown>) => (p.techStacks = 'Java'),
      'invalid_item',
      ['result', 'positions', 0, 'techStacks'],
    ],
  ])('quarantines a position with %s and keeps the others', (_name, mutate, code, path) => {
    const bad = clone(body);
    mutate(bad.result.positions[0] as Record<string, unknown>);
    const result = parseList(bad, { now: NOW });
    expect(result.items).toHaveLength(2);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ code, source: 'jumpit', path, raw: bad.result.positions[0] });
  });

  it('gives the url of a quarantined item when its id is known', () => {
    const bad = clone(body);
    (bad.result.positions[0] as Record<string, unknown>).companyName = null;
    expect(parseList(bad).issues[0]?.url).toBe('https://jumpit.saramin.co.kr/position/61000101');
  });

  it.each([null, 'text', [], { result: {} }, { result: { positions: 'x' } }])(
    'throws ParseError on %j',
    (bad) => {
      expect(() => parseList(bad)).toThrow(ParseError);
    },
  );
});
