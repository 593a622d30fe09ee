import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../../src/model/errors/parse-error.js';
import { wantedParsers } from '../../../../src/sources/wanted/index.js';
import { isJobNotFound, parseDetail } from '../../../../src/sources/wanted/parse-detail.js';
import { clone, FETCHED_AT, fixtureJson, NOW } from '../_fixture.js';

type Job = Record<string, unknown> & { detail: Record<string, unknown> };
const v4 = fixtureJson('wanted/v4-detail.json') as { job: Job };
const chaosV4 = fixtureJson('wanted/chaos-v4-detail.json') as { data: { job: Job } };
const chaosV1 = fixtureJson('wanted/chaos-v1-detail.json') as { job: Job };

describe('wanted parseDetail', () => {
  it('maps every field of a v4 detail', () => {
    const { items, issues } = parseDetail(v4, { now: NOW });
    expect(issues).toEqual([]);
    const d = v4.job.detail;
    expect(items).toEqual([
      {
        source: 'wanted',
        sourceId: '530001',
        url: 'https://www.wanted.co.kr/wd/530001',
        fetchedAt: FETCHED_AT,
        title: '백엔드 엔지니어 (정산)',
        company: '온누리커머스',
        companyId: '88005',
        categories: ['wanted:872'],
        stackTags: ['Kotlin', 'Spring Framework'],
        career: { min: 3, max: 8 },
        locations: ['서울특별시 송파구 올림픽로 300 12층'],
        coordinates: { lat: 37.5132, lng: 127.1025 },
        deadline: '2026-11-20',
        employmentType: 'regular',
        tags: ['wanted-skill:77777', '51~300명'],
        sections: {
          intro: d.intro,
          mainTasks: d.main_tasks,
          requirements: d.requirements,
          preferred: d.preferred_points,
          benefits: d.benefits,
        },
        payload: v4.job,
      },
    ]);
  });

  it('reads the chaos v4 {data:{job}} envelope; due_time null means alwaysOpen', () => {
    const { items, issues } = parseDetail(chaosV4, { now: NOW });
    expect(issues).toEqual([]);
    expect(items[0]).toMatchObject({ sourceId: '530002', alwaysOpen: true, title: '백엔드 엔지니어 (정산)' });
    expect(items[0]?.deadline).toBeUndefined();
  });

  it('reads chaos v1: position inside detail, skill text, category names, hire_rounds', () => {
    const [item] = parseDetail(chaosV1, { now: NOW }).items;
    expect(item).toMatchObject({
      sourceId: '530003',
      title: '임베디드 리눅스 개발자',
      company: '날개드론',
      categories: ['임베디드 개발자'],
      stackTags: ['Linux', 'C++'],
      deadline: '2026-10-20T00:00:00',
      tags: ['기숙사', '설립 4~9년', 'alternative_military'],
      sections: { process: '서류 전형 ＞ 기술 면접 ＞ 최종 합격', intro: '드론 제어기를 만듭니다.' },
    });
  });

  it.each([
    ['no title anywhere', (j: Job) => delete j.detail.position, 'missing_field', ['job', 'position']],
    ['no id', (j: Job) => delete j.id, 'missing_field', ['job', 'id']],
    [
      'a company without name',
      (j: Job) => (j.company = { id: 1 }),
      'missing_field',
      ['job', 'company', 'name'],
    ],
    ['skill_tags as an object', (j: Job) => (j.skill_tags = { a: 1 }), 'invalid_item', ['job', 'skill_tags']],
  ])('quarantines a job with %s', (_name, mutate, code, path) => {
    const bad = clone(chaosV1);
    mutate(bad.job);
    const result = parseDetail(bad);
    expect(result.items).toEqual([]);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ code, path, source: 'wanted', raw: bad.job });
  });

  it('answers the not-found body with nothing', () => {
    const notFound = fixtureJson('wanted/not-found.json');
    expect(isJobNotFound(notFound)).toBe(true);
    expect(parseDetail(notFound)).toEqual({ items: [], issues: [] });
  });

  it.each([null, [], { data: { jobs: [] } }, { application: null }])('throws ParseError on %j', (bad) => {
    expect(() => parseDetail(bad)).toThrow(ParseError);
  });

  it('is exposed on wantedParsers', () => {
    expect(wantedParsers.parseDetail).toBe(parseDetail);
  });
});
