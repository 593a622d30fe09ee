// Parses every saved real site response and checks what a person reading the page would see. The samples
// are not part of the repository: the suite reads them from a `shared/real-samples` folder beside the
// checkout when one is there, and is skipped loudly without it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RawPosting } from '../../src/model/raw-posting.js';
import { RawPosting as RawPostingSchema } from '../../src/model/raw-posting.js';
import { jobkoreaParsers } from '../../src/sources/jobkorea/index.js';
import { jumpitParsers } from '../../src/sources/jumpit/index.js';
import { rallitParsers } from '../../src/sources/rallit/index.js';
import { wantedParsers } from '../../src/sources/wanted/index.js';

const ROOT = new URL('../../../shared/real-samples/', import.meta.url);
const present = existsSync(ROOT);
if (!present) console.warn(`[contract] ${ROOT.pathname} is absent; real-sample contract tests are skipped`);

const text = (path: string) => readFileSync(new URL(path, ROOT), 'utf8');
const json = (path: string): unknown => JSON.parse(text(path));
const pick = (items: RawPosting[], id: string) => items.find((i) => i.sourceId === id);

describe.skipIf(!present)('real samples', () => {
  it('covers every file of the folder', () => {
    const files = readdirSync(ROOT, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) =>
        `${e.parentPath.slice(ROOT.pathname.length).replace(/\/$/, '')}/${e.name}`.replace(/^\//, ''),
      )
      .sort();
    expect(files).toEqual(
      [
        'jobkorea/detail-fulltime.html',
        'jobkorea/detail-intern.html',
        'jobkorea/detail-trainee.html',
        'jobkorea/search.html',
        'jumpit/position-detail-54917021.json',
        'jumpit/positions-list.json',
        'rallit/position-list.json',
        'wanted/navigation-list.json',
      ].sort(),
    );
  });

  it('wanted navigation list', () => {
    const { items, issues } = wantedParsers.parseList(json('wanted/navigation-list.json'));
    expect(issues).toEqual([]);
    expect(items.map((i) => i.sourceId)).toEqual(['219032', '380332', '380933']);
    expect(pick(items, '219032')).toMatchObject({
      title: '[테크] 보안 운영 담당자',
      company: '하이퍼리즘',
      companyId: '20584',
      categories: ['wanted:665'],
      stackTags: ['AWS', 'Git', 'Python', 'Linux'],
      career: { min: 5, max: 15, newcomer: false },
      locations: ['서울 관악구'],
      url: 'https://www.wanted.co.kr/wd/219032',
    });
    expect(pick(items, '219032')?.tags).toContain('wanted-skill:10268');
    expect(pick(items, '380332')?.tags).toContain('foreigner');
    expect(pick(items, '380933')).toMatchObject({
      employmentType: 'intern',
      career: { min: 0, max: 1, newcomer: true },
    });
  });

  it('jumpit list', () => {
    const { items, issues } = jumpitParsers.parseList(json('jumpit/positions-list.json'));
    expect(issues).toEqual([]);
    expect(items.map((i) => [i.sourceId, i.company, i.title])).toEqual([
      ['54616481', '씨메스', 'Vision Field Application Engineer'],
      ['54484174', '콜로세움코퍼레이션', 'Infra/System Engineer'],
      ['54753694', '티엔에이치', '백엔드 개발자'],
    ]);
    expect(pick(items, '54753694')).toMatchObject({
      categories: ['서버/백엔드 개발자'],
      career: { min: 3, max: 5, newcomer: false },
      locations: ['경기 성남시 분당구'],
      deadline: '2026-09-12T23:59:59',
      companyId: '1298628564',
    });
    expect(pick(items, '54616481')?.stackTags).toContain('OpenCV');
  });

  it('jumpit detail 54917021', () => {
    const { items, issues } = jumpitParsers.parseDetail(json('jumpit/position-detail-54917021.json'));
    expect(issues).toEqual([]);
    expect(items[0]).toMatchObject({
      sourceId: '54917021',
      title: 'IT/AI부문(전문연구요원 포함)신입',
      company: '연합인포맥스',
      categories: ['인공지능/머신러닝'],
      stackTags: ['Azure DevOps', 'Python', 'AWS', 'GCP', 'AZURE'],
      career: { min: 0, max: 0, newcomer: true },
      locations: ['서울 종로구 율곡로2길25, 10층'],
      deadline: '2026-10-01 23:59:59',
      postedAt: '2026-09-02 00:00:00',
      education: '대학교졸업(4년) 이상',
    });
    expect(items[0]?.tags).toContain('육아휴직');
    expect(items[0]?.sections?.process).toContain('서류전형');
  });

  it('rallit list', () => {
    const { items, issues } = rallitParsers.parseList(json('rallit/position-list.json'));
    expect(issues).toEqual([]);
    expect(pick(items, '4233')).toMatchObject({
      title: '[미리캔버스] 시니어 백엔드 개발자',
      company: '미리디',
      companyId: '293',
      career: { text: 'SENIOR,MIDDLE' },
      locations: ['서울'],
      alwaysOpen: true,
      url: 'https://www.rallit.com/positions/4233',
    });
    expect(pick(items, '4233')?.stackTags).toContain('Spring Boot');
    expect(pick(items, '1747')).toMatchObject({ company: '(주)오메타', career: { text: 'IRRELEVANT' } });
  });

  it('jobkorea search', () => {
    const { items, issues } = jobkoreaParsers.parseList(text('jobkorea/search.html'));
    expect(issues).toEqual([]);
    expect(items.map((i) => [i.sourceId, i.company, i.title])).toEqual([
      [
        '49759955',
        '한국ICT인재개발원',
        '[국비지원IT취업교육]인공지능/풀스택/웹앱/JAVA파이썬/프론트엔드/백엔드/빅데이터 외 취업과정',
      ],
      ['49763718', '카카오뱅크', '백엔드 개발자'],
      ['49530013', '㈜카카오스타일', '백엔드 개발자 (물류 시스템)'],
      ['49407827', '엔에이치엔클라우드', 'PaaS 백엔드 개발'],
      ['49762829', '크림(주)', 'Partner Backend 개발자 모집'],
    ]);
    expect(items[0]).toMatchObject({
      locations: ['서울 마포구 외 14'],
      career: { text: '신입·경력' },
      tags: ['신입 지원 가능', 'industry:학원·어학원·교육원'],
    });
    // The briefcase chip leads with the industry; only the jobs are categories.
    expect(items[1]).toMatchObject({
      locations: ['경기 성남시'],
      career: { text: '경력' },
      categories: ['백엔드개발자'],
    });
    expect(items[1]?.tags).toContain('industry:은행·금융');
  });

  // The three saved GI_Read files are fragments of the 모집요강 block: no JSON-LD, no header, no GI number.
  it.each([
    [
      'detail-fulltime.html',
      '백엔드 개발자',
      '정규직',
      '회사 내규에 따름',
      ['경기도 성남시 분당구 분당내곡로 131 (백현동)'],
    ],
    [
      'detail-intern.html',
      '채용 연계형 인턴',
      '인턴 (근무기간 2개월, 정규직 전환 가능)',
      '연봉 5,000만원 이상 (상세요강 참고)',
      [],
    ],
    ['detail-trainee.html', 'IT개발자 취업지원과정', '연수생/교육생 (6개월~7개월)', '회사 내규에 따름', []],
  ])('jobkorea %s', (file, field, employment, salary, locations) => {
    const html = text(`jobkorea/${file}`);
    const alone = jobkoreaParsers.parseDetail(html);
    expect(alone.items).toEqual([]);
    expect(alone.issues).toMatchObject([{ code: 'missing_field', path: ['id'] }]);
    const { items } = jobkoreaParsers.parseDetail(html, { id: '1' });
    expect(items[0]).toMatchObject({
      categories: [field],
      employmentType: employment,
      salary: { text: salary },
      locations,
    });
  });

  it('every posting read from the samples is a valid RawPosting', () => {
    const all = [
      ...wantedParsers.parseList(json('wanted/navigation-list.json')).items,
      ...jumpitParsers.parseList(json('jumpit/positions-list.json')).items,
      ...jumpitParsers.parseDetail(json('jumpit/position-detail-54917021.json')).items,
      ...rallitParsers.parseList(json('rallit/position-list.json')).items,
      ...jobkoreaParsers.parseList(text('jobkorea/search.html')).items,
    ];
    expect(all).toHaveLength(15);
    for (const item of all) expect(RawPostingSchema.safeParse(item).success).toBe(true);
  });
});
