import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../../src/model/errors/parse-error.js';
import { classifyJobKoreaText } from '../../../../src/sources/jobkorea/classify-text.js';
import { parseList } from '../../../../src/sources/jobkorea/parse-list.js';
import { FETCHED_AT, fixtureText, NOW } from '../_fixture.js';

const html = fixtureText('jobkorea/search.html');

describe('jobkorea parseList', () => {
  const { items, issues } = parseList(html, { now: NOW });

  it('maps every text of a card', () => {
    expect(issues).toEqual([]);
    expect(items).toHaveLength(3);
    const { payload, ...first } = items[0] ?? {};
    expect(first).toEqual({
      source: 'jobkorea',
      sourceId: '51000001',
      url: 'https://www.jobkorea.co.kr/Recruit/GI_Read/51000001',
      fetchedAt: FETCHED_AT,
      title: '자바 백엔드 개발자 (커머스)',
      company: '(주)한결소프트',
      categories: ['백엔드개발자'],
      career: { text: '경력3~5년' },
      locations: ['서울 구로구'],
      deadline: 'D-19',
      employmentType: '정규직',
      salary: { text: '3,600~4,800만원' },
      education: '대졸↑',
      tags: ['industry:솔루션·SI·ERP·CRM'],
      sections: {},
    });
    expect(payload).toMatchObject({ id: '51000001', buttons: ['스크랩', '즉시 지원'] });
  });

  it.each([
    [
      1,
      {
        deadline: '~09/13',
        locations: ['대구 달서구 외'],
        tags: ['신입 지원 가능', '재택가능', 'industry:웹에이전시'],
        categories: ['웹퍼블리셔'],
        education: '학력무관',
      },
    ],
    [
      2,
      {
        deadline: '상시채용',
        alwaysOpen: true,
        career: { text: '경력무관' },
        company: '주식회사 바다클라우드',
      },
    ],
  ])('reads card %i', (index, expected) => {
    expect(items[index]).toMatchObject(expected);
  });

  it('quarantines a card without a posting link and one without a title', () => {
    const broken = html
      .replaceAll('/Recruit/GI_Read/51000001', '/Recruit/Other/51000001')
      .replace('<span class="truncate font-semibold">신입 웹 퍼블리셔</span>', '');
    const result = parseList(broken);
    expect(result.items.map((i) => i.sourceId)).toEqual(['51000003']);
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ['missing_field', ['cards', 0, 'id']],
      ['missing_field', ['cards', 1, 'title']],
    ]);
    expect(result.issues[1]?.url).toBe('https://www.jobkorea.co.kr/Recruit/GI_Read/51000002');
  });

  it('returns nothing for a page without cards', () => {
    expect(parseList('<html><body><p>검색 결과가 없습니다</p></body></html>')).toEqual({
      items: [],
      issues: [],
    });
  });

  it.each([undefined, 12, { html: '' }, '', '{"data":[]}'])('throws ParseError on %j', (bad) => {
    expect(() => parseList(bad)).toThrow(ParseError);
  });
});

describe('classifyJobKoreaText', () => {
  it.each([
    ['D-3', 'deadline'],
    ['~10/11(일)', 'deadline'],
    ['오늘마감', 'deadline'],
    ['대졸↑', 'education'],
    ['학력무관', 'education'],
    ['신입·경력', 'career'],
    ['경력5년↑', 'career'],
    ['정규직 외', 'employment'],
    ['월급 2,400,000원', 'salary'],
    ['재택가능', 'other'],
  ])('%s → %s', (text, kind) => {
    expect(classifyJobKoreaText(text)).toBe(kind);
  });
});
