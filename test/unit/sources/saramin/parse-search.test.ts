import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../../src/model/errors/parse-error.js';
import { parseSearch } from '../../../../src/sources/saramin/parse-search.js';
import { SARAMIN_SELECTORS } from '../../../../src/sources/saramin/selectors.js';
import { FETCHED_AT, fixtureText, NOW } from '../_fixture.js';

const html = fixtureText('saramin/search.html');

describe('saramin parseSearch', () => {
  const { items, issues } = parseSearch(html, { now: NOW });

  it('maps every text of a card', () => {
    expect(issues).toEqual([]);
    expect(items).toHaveLength(3);
    const { payload, ...first } = items[0] ?? {};
    expect(first).toEqual({
      source: 'saramin',
      sourceId: '51300011',
      url: 'https://www.saramin.co.kr/zf_user/jobs/relay/view?rec_idx=51300011',
      fetchedAt: FETCHED_AT,
      title: 'Node.js 백엔드 개발자 (경력 3년 이상)',
      company: '(주)다솜테크',
      companyId: 'ZGp4c0hYWEZ3dz09',
      stackTags: ['Node.js', 'TypeScript', 'AWS'],
      career: { text: '경력 3년↑' },
      locations: ['서울 종로구'],
      deadline: '~ 10/11(일)',
      employmentType: '정규직',
      salary: { text: '4,000 만원' },
      education: '대졸↑',
      tags: [],
      sections: {},
      postedAt: '2026-09-26',
    });
    expect(payload).toMatchObject({ id: '51300011', day: '등록일 26/09/26' });
  });

  it.each([
    [
      1,
      {
        deadline: '상시채용',
        alwaysOpen: true,
        career: { text: '신입·경력' },
        locations: ['경기 성남시 분당구'],
        education: '학력무관',
        stackTags: ['PHP', 'Laravel'],
        updatedAt: '2026-09-28',
      },
    ],
    [
      2,
      { deadline: '오늘마감', salary: { text: '회사내규에 따름' }, employmentType: '계약직', stackTags: [] },
    ],
  ])('reads card %i', (index, expected) => {
    expect(items[index]).toMatchObject(expected);
    expect(items[index]?.salary === undefined).toBe(index === 1);
  });

  it('takes the rec_idx from the title link when the card has no value', () => {
    const noValue = html.replace('value="51300011"', '');
    expect(parseSearch(noValue).items[0]?.sourceId).toBe('51300011');
  });

  it('quarantines a card without an id, one without a title and one without a company', () => {
    const broken = html
      .replace('value="51300011"', '')
      .replace('rec_idx=51300011', 'x=1')
      .replace('title="[신입] 웹 개발자 채용"', '')
      .replace('<span>[신입] 웹 개발자 채용</span>', '')
      .replace('>하늘전자 주식회사<', '><');
    const result = parseSearch(broken);
    expect(result.items).toEqual([]);
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ['missing_field', ['cards', 0, 'id']],
      ['missing_field', ['cards', 1, 'title']],
      ['missing_field', ['cards', 2, 'company']],
    ]);
    expect(result.issues[1]?.url).toBe('https://www.saramin.co.kr/zf_user/jobs/relay/view?rec_idx=51300012');
  });

  it('returns nothing for a page without cards', () => {
    expect(parseSearch('<html><body><p>검색결과가 없습니다.</p></body></html>')).toEqual({
      items: [],
      issues: [],
    });
  });

  it('counts as many results as the page has cards', () => {
    const doubled = html.replace(
      '</div>\n</div>\n</body>',
      `${load(html)(SARAMIN_SELECTORS.search.card).first().toString()}</div></div></body>`,
    );
    const result = parseSearch(doubled);
    expect(result.items.length + result.issues.length).toBe(
      load(doubled)(SARAMIN_SELECTORS.search.card).length,
    );
  });

  it.each([undefined, 7, { html }, '', 'no markup at all'])('throws ParseError on %j', (bad) => {
    expect(() => parseSearch(bad)).toThrow(ParseError);
  });
});
