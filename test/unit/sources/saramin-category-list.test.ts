// Saramin's job-category list (`/zf_user/jobs/list/job-category`): `.list_item` rows whose `.box_item`
// holds the company, the title link, labelled place, career and education, and the deadline. parseSearch
// reads it like the search page's cards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSearch } from '../../../src/sources/saramin/parse-search.js';
import { createSiteReplica } from '../../../src/testing/replica/server.js';
import type { SiteReplica } from '../../../src/testing/replica/types.js';
import { FETCHED_AT, fixtureText, NOW } from './_fixture.js';

const html = fixtureText('saramin/job-category.html');

describe('saramin parseSearch on a job-category list page', () => {
  const { items, issues } = parseSearch(html, { now: NOW });

  it('reads every card, and nothing else on the page, as a posting', () => {
    expect(issues).toEqual([]);
    expect(items.map((item) => item.sourceId)).toEqual(['52011001', '52011002', '52011003', '52011004']);
  });

  it('maps the id, title, company, place, career, education, deadline and url of a card', () => {
    const { payload, ...first } = items[0] ?? {};
    expect(first).toEqual({
      source: 'saramin',
      sourceId: '52011001',
      url: 'https://www.saramin.co.kr/zf_user/jobs/relay/view?rec_idx=52011001',
      fetchedAt: FETCHED_AT,
      title: '백엔드 개발자 (Java/Spring) 경력 채용',
      company: '(주)누리소프트',
      companyId: 'bFdXNWpXdkZkQT09',
      stackTags: ['Java', 'Spring Boot', 'MySQL'],
      career: { text: '경력 3~7년' },
      locations: ['서울 강남구'],
      deadline: '~ 12/15(월)',
      education: '대졸↑',
      tags: [],
      sections: {},
    });
    expect(payload).toMatchObject({ id: '52011001', conditions: ['서울 강남구', '경력 3~7년', '대졸↑'] });
  });

  it.each([
    ['52011002', '경기 성남시 분당구', '신입 · 경력', '학력무관', '상시채용', true],
    ['52011003', '부산 해운대구', '경력무관', '초대졸↑', '오늘마감', undefined],
    ['52011004', '대전 유성구', '신입', '고졸↑', '~ 01/09(금)', undefined],
  ])('card %s: %s, %s, %s, %s', (id, place, career, education, deadline, alwaysOpen) => {
    const item = items.find((i) => i.sourceId === id);
    expect(item).toMatchObject({ locations: [place], career: { text: career }, education, deadline });
    expect(item?.alwaysOpen).toBe(alwaysOpen);
    expect(item?.employmentType).toBeUndefined();
  });

  it('takes the id from the row when the title link carries no rec_idx', () => {
    const item = items.find((i) => i.sourceId === '52011004');
    expect(item).toMatchObject({
      title: '임베디드 SW 개발 신입사원 모집',
      company: '(주)새벽시스템',
      url: 'https://www.saramin.co.kr/zf_user/jobs/relay/view?rec_idx=52011004',
    });
  });

  it('tells the deadline from the registration note by wording, whichever element holds which', () => {
    const swapped = html
      .replaceAll('class="deadlines"', 'class="was_deadlines"')
      .replaceAll('class="reg_date"', 'class="deadlines"')
      .replaceAll('class="was_deadlines"', 'class="date"');
    const read = parseSearch(swapped, { now: NOW }).items;
    expect(read.map((item) => item.deadline)).toEqual(['~ 12/15(월)', '상시채용', '오늘마감', '~ 01/09(금)']);
  });

  it('reads a card whose place is missing by the wording of the rest', () => {
    const noPlace = html.replace('<li><p class="work_place">서울 강남구</p></li>', '');
    const first = parseSearch(noPlace, { now: NOW }).items[0];
    expect(first?.locations).toEqual([]);
    expect(first).toMatchObject({ career: { text: '경력 3~7년' }, education: '대졸↑' });
  });

  it('quarantines a card without a company, keeping the others', () => {
    const broken = html.replace(/<div class="col company_nm">[\s\S]*?<\/div>/, '');
    const result = parseSearch(broken, { now: NOW });
    expect(result.items.map((item) => item.sourceId)).toEqual(['52011002', '52011003', '52011004']);
    expect(result.issues).toMatchObject([{ code: 'missing_field', path: ['cards', 0, 'company'] }]);
  });
});

describe('the site replica’s job-category list', () => {
  let replica: SiteReplica;
  beforeAll(async () => {
    replica = await createSiteReplica({ postingsPerSite: { saramin: 30 }, seed: 13 });
  });
  afterAll(() => replica.close());

  const fetchPage = async (query: string) =>
    (await fetch(`${replica.baseUrls.saramin}/zf_user/jobs/list/job-category?cat_mcls=2&${query}`)).text();

  it('is read page by page, each posting with its title, company, place, career, education and deadline', async () => {
    const first = parseSearch(await fetchPage('page=1&page_count=20'), { now: NOW });
    const second = parseSearch(await fetchPage('page=2&page_count=20'), { now: NOW });
    expect([...first.issues, ...second.issues]).toEqual([]);
    const items = [...first.items, ...second.items];
    const live = replica.postings('saramin');
    expect(items.map((item) => item.sourceId).sort()).toEqual(live.map((p) => String(p.id)).sort());
    for (const posting of live) {
      const item = items.find((i) => i.sourceId === String(posting.id));
      expect(item, String(posting.id)).toMatchObject({
        title: posting.title,
        company: posting.company,
        locations: [`${posting.sido} ${posting.sigungu}`],
        url: `https://www.saramin.co.kr/zf_user/jobs/relay/view?rec_idx=${posting.id}`,
      });
      expect(item?.career?.text).toBeTruthy();
      expect(item?.education).toBeTruthy();
      expect(item?.deadline).toMatch(posting.closesAt === null ? /^상시채용$/ : /^~ \d{2}\/\d{2}\(.\)$/);
    }
  });

  it('says it found nothing past the last page, an empty success', async () => {
    expect(parseSearch(await fetchPage('page=9&page_count=20'), { now: NOW })).toEqual({
      items: [],
      issues: [],
    });
  });

  it('redesigned, is an unrecognized_markup entry rather than an empty list', async () => {
    replica.setFaults({ changedMarkup: ['saramin'] });
    try {
      const { items, issues } = parseSearch(await fetchPage('page=1&page_count=20'), { now: NOW });
      expect(items).toEqual([]);
      expect(issues).toMatchObject([{ code: 'unrecognized_markup' }]);
    } finally {
      replica.setFaults({});
    }
  });
});
