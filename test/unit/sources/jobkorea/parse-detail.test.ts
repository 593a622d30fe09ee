import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../../src/model/errors/parse-error.js';
import { jobkoreaParsers } from '../../../../src/sources/jobkorea/index.js';
import { parseDetail } from '../../../../src/sources/jobkorea/parse-detail.js';
import { FETCHED_AT, fixtureText, NOW } from '../_fixture.js';

const full = fixtureText('jobkorea/detail.html');
const fragment = fixtureText('jobkorea/detail-fragment.html');

describe('jobkorea parseDetail', () => {
  it('maps JSON-LD, label/value rows and skills of a full page', () => {
    const { items, issues } = parseDetail(full, { now: NOW });
    expect(issues).toEqual([]);
    const { payload, ...item } = items[0] ?? {};
    expect(item).toEqual({
      source: 'jobkorea',
      sourceId: '51000009',
      url: 'https://www.jobkorea.co.kr/Recruit/GI_Read/51000009',
      fetchedAt: FETCHED_AT,
      title: 'NestJS 백엔드 개발자 (계약직)',
      company: '(주)파랑물류',
      categories: ['백엔드 개발자'],
      stackTags: ['TypeScript', 'Node.js', 'NestJS', 'AWS'],
      career: { text: '경력 2년 이상' },
      locations: ['인천 연수구 송도과학로 32 (송도동)', '인천광역시 연수구 송도과학로 32'],
      deadline: '2026-10-19',
      employmentType: '계약직 (근무기간 6개월, 정규직 전환 검토)',
      salary: { text: '월급 3,200,000원' },
      education: '초대졸 이상',
      tags: [],
      sections: { etc: '송도 물류 플랫폼의 API를 만듭니다.' },
      postedAt: '2026-09-20',
    });
    expect(payload).toMatchObject({ fields: { 모집인원: '2명', 근무시간: '10:00 ~ 19:00, 주 4.5일' } });
  });

  it('quarantines a fragment without GI number, keeping every row it read', () => {
    const { items, issues } = parseDetail(fragment);
    expect(items).toEqual([]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'missing_field', path: ['id'], source: 'jobkorea' });
    expect(issues[0]?.raw).toMatchObject({
      fields: { 고용형태: '계약직 (근무기간 6개월, 정규직 전환 검토)' },
    });
  });

  it('reads a fragment when the caller gives the id; title and company stay empty', () => {
    const [item] = parseDetail(fragment, { id: 51000010 }).items;
    expect(item).toMatchObject({
      sourceId: '51000010',
      title: '',
      company: '',
      employmentType: '계약직 (근무기간 6개월, 정규직 전환 검토)',
      locations: ['인천 연수구 송도과학로 32 (송도동)'],
      stackTags: ['Node.js', 'NestJS', 'AWS'],
    });
  });

  it('still reads the rows when the JSON-LD block is broken', () => {
    const broken = full.replace('"@type":"JobPosting",', '"@type":"JobPosting",,');
    const [item] = parseDetail(broken).items;
    expect(item).toMatchObject({
      sourceId: '51000009',
      employmentType: '계약직 (근무기간 6개월, 정규직 전환 검토)',
    });
    expect(item?.payload).toMatchObject({ brokenJsonLd: 1 });
  });

  it('quarantines a JSON-LD whose employmentType is a number', () => {
    const odd = full.replace('"employmentType":"CONTRACT"', '"employmentType":5');
    const result = parseDetail(odd);
    expect(result.issues[0]).toMatchObject({ code: 'invalid_item', path: ['jsonLd', 'employmentType'] });
  });

  it.each([null, 3, '', 'plain text', '<html><body><p>비정상적인 접근입니다</p></body></html>'])(
    'throws ParseError on %j',
    (bad) => {
      expect(() => parseDetail(bad)).toThrow(ParseError);
    },
  );

  it('is exposed on jobkoreaParsers', () => {
    expect(jobkoreaParsers.parseDetail).toBe(parseDetail);
  });
});
