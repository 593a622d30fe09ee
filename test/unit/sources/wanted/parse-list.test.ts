import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../../src/model/errors/parse-error.js';
import { parseList } from '../../../../src/sources/wanted/parse-list.js';
import { resolveWantedSkillTags } from '../../../../src/sources/wanted/skill-tags.js';
import { clone, FETCHED_AT, fixtureJson, NOW } from '../_fixture.js';

type Body = { data: Record<string, unknown>[] };
const navigation = fixtureJson('wanted/navigation-list.json') as Body;
const v4 = fixtureJson('wanted/v4-list.json') as Body;

describe('wanted parseList (navigation v1)', () => {
  const { items, issues } = parseList(navigation, { now: NOW });

  it('maps every field of an item', () => {
    expect(issues).toEqual([]);
    expect(items[0]).toEqual({
      source: 'wanted',
      sourceId: '510001',
      url: 'https://www.wanted.co.kr/wd/510001',
      fetchedAt: FETCHED_AT,
      title: '로봇 제어 소프트웨어 엔지니어',
      company: '바람길로보틱스',
      companyId: '88001',
      categories: ['wanted:658'],
      stackTags: ['C / C++', 'Linux'],
      career: { min: 2, max: 7, newcomer: false },
      locations: ['경기 안양시 동안구'],
      employmentType: 'regular',
      tags: [
        'wanted-skill:99001',
        'wanted-attraction:10401',
        'wanted-attraction:10420',
        'alternative_military',
      ],
      sections: {},
      payload: navigation.data[0],
    });
  });

  it('keeps annual_to 100 and is_newbie as given, and sets no deadline (navigation has none)', () => {
    expect(items[1]).toMatchObject({
      career: { min: 0, max: 100, newcomer: true },
      employmentType: 'intern',
    });
    expect(items[1]?.deadline).toBeUndefined();
    expect(items[1]?.alwaysOpen).toBeUndefined();
  });

  it('quarantines an item without id and one with a string skill tag, and keeps the other', () => {
    const bad = clone(navigation);
    delete bad.data[0]?.id;
    const other = bad.data[1] as Record<string, unknown>;
    other.skill_tags = ['React'];
    const result = parseList(bad);
    expect(result.items).toHaveLength(0);
    expect(result.issues.map((i) => i.code)).toEqual(['missing_field', 'invalid_item']);
    expect(result.issues[1]).toMatchObject({
      path: ['data', 1, 'skill_tags', 0],
      url: 'https://www.wanted.co.kr/wd/510002',
    });
  });
});

describe('wanted parseList (v4)', () => {
  const { items, issues } = parseList(v4, { now: NOW });

  it.each([
    ['full_location wins over location + district', 0, 'locations', ['서울 서초구 강남대로 311']],
    ['every category_tags leaf', 0, 'categories', ['wanted:1634', 'wanted:674']],
    ['due_time as the deadline', 0, 'deadline', '2026-12-31'],
    ['location + district when full_location is null', 1, 'locations', ['부산 해운대구']],
    ['due_time null as alwaysOpen', 1, 'alwaysOpen', true],
  ] as const)('reads %s', (_name, index, key, expected) => {
    expect(issues).toEqual([]);
    expect(items[index]?.[key]).toEqual(expected);
  });
});

describe('resolveWantedSkillTags', () => {
  it.each([
    [[1411, 1412], ['Git', 'Github'], []],
    [[3078, 4], ['Spring Framework'], ['wanted-skill:4']],
    [[], [], []],
  ])('%j', (ids, names, unresolved) => {
    expect(resolveWantedSkillTags(ids)).toEqual({ names, unresolved });
  });
});

it.each([null, {}, { data: {} }, '[]'])('wanted parseList throws ParseError on %j', (bad) => {
  expect(() => parseList(bad)).toThrow(ParseError);
});
