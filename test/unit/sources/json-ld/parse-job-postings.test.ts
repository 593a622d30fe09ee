import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../../src/model/errors/parse-error.js';
import { RawPosting } from '../../../../src/model/raw-posting.js';
import { extractJobPostings } from '../../../../src/sources/json-ld/parse-job-postings.js';
import { stableId } from '../../../../src/sources/json-ld/urls.js';
import { FETCHED_AT, fixtureText, NOW } from '../_fixture.js';

const html = fixtureText('json-ld/posting-page.html');
const PAGE = 'https://careers.gaon.example.test/jobs/backend-17';
const page = (...blocks: string[]) =>
  `<html><head>${blocks.map((b) => `<script type="application/ld+json">${b}</script>`).join('')}</head><body></body></html>`;
const ld = (extra: Record<string, unknown>) =>
  JSON.stringify({ '@type': 'JobPosting', title: '백엔드', hiringOrganization: { name: '가온' }, ...extra });

describe('extractJobPostings', () => {
  const { items, issues } = extractJobPostings(html, PAGE, { now: NOW });

  it('maps every field of a JobPosting inside @graph', () => {
    expect(items).toHaveLength(2);
    const { payload, ...first } = items[0] ?? {};
    expect(first).toEqual({
      source: 'jsonld',
      sourceId: 'GM-2026-017',
      url: 'https://careers.gaon.example.test/jobs/backend-17',
      fetchedAt: FETCHED_AT,
      title: '백엔드 엔지니어 (Go) & 플랫폼',
      company: '가온모빌리티',
      categories: ['서버/백엔드 개발자', '모빌리티'],
      stackTags: ['Go', 'gRPC', 'PostgreSQL'],
      career: { min: 3 },
      locations: ['경기도 성남시 분당구 판교역로 235', '서울특별시 강남구 테헤란로 142'],
      coordinates: { lat: 37.4009, lng: 127.1086 },
      deadline: '2026-10-31T23:59:59+09:00',
      employmentType: 'FULL_TIME,CONTRACTOR',
      salary: { min: 55000000, max: 80000000, unit: 'won', period: 'year' },
      education: 'bachelor degree',
      tags: [
        'company-url:https://www.gaon.example.test',
        'company-logo:https://cdn.gaon.example.test/logo.png',
      ],
      sections: { etc: '<p><strong>주요 업무</strong></p><ul><li>배차 API 개발</li></ul>' },
      postedAt: '2026-09-15',
    });
    expect(payload).toMatchObject({ '@type': ['JobPosting'], identifier: { value: 'GM-2026-017' } });
    for (const item of items) expect(RawPosting.safeParse(item).success).toBe(true);
  });

  it('reads an array block wrapped in CDATA: telecommute, text career, foreign salary, escaped HTML', () => {
    expect(items[1]).toMatchObject({
      sourceId: stableId(PAGE),
      url: PAGE,
      title: '원격 iOS 개발자',
      company: '가온모빌리티',
      locations: ['재택'],
      career: { text: '신입 가능' },
      salary: { text: 'USD 4000 MONTH' },
      stackTags: ['Swift', 'SwiftUI'],
      employmentType: 'INTERN',
      sections: { etc: '<p>앱 개발</p>' },
    });
  });

  it('quarantines the broken block and the posting without an organisation, keeping the others', () => {
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['missing_field', ['jobPostings', 2, 'hiringOrganization']],
      ['invalid_item', ['ld+json', 2]],
    ]);
    expect(issues[1]).toMatchObject({ source: 'jsonld', url: PAGE });
    expect(String(issues[1]?.raw)).toContain('잘린 블록');
  });

  it.each([
    ['a string identifier', { identifier: 'R-1' }, { sourceId: 'R-1' }],
    ['a numeric identifier', { identifier: 1234 }, { sourceId: '1234' }],
    [
      'an absolute url',
      { url: 'https://jobs.example.test/9' },
      { url: 'https://jobs.example.test/9', sourceId: stableId('https://jobs.example.test/9') },
    ],
    ['an organisation as text', { hiringOrganization: '누리 &amp; 랩' }, { company: '누리 & 랩' }],
    ['employmentType as text', { employmentType: 'PERMANENT' }, { employmentType: 'PERMANENT' }],
    ['skills as a comma list', { skills: 'React, TypeScript,React' }, { stackTags: ['React', 'TypeScript'] }],
    [
      'categories as lists',
      { occupationalCategory: ['프론트엔드', '웹'], industry: ['IT'] },
      { categories: ['프론트엔드', '웹', 'IT'] },
    ],
    [
      'one Place with a string address',
      { jobLocation: { '@type': 'Place', address: '서울 마포구 양화로 45' } },
      { locations: ['서울 마포구 양화로 45'] },
    ],
    [
      'a monthly KRW salary',
      { baseSalary: { currency: 'KRW', value: { value: 3000000, unitText: 'MONTH' } } },
      { salary: { min: 3000000, max: 3000000, unit: 'won', period: 'month' } },
    ],
    ['a salary as text', { baseSalary: '회사 내규에 따름' }, { salary: { text: '회사 내규에 따름' } }],
    [
      '0 months of experience',
      { experienceRequirements: { monthsOfExperience: 0, description: '신입' } },
      { career: { text: '신입', min: 0, newcomer: true } },
    ],
    ['education as text', { educationRequirements: '학사 이상' }, { education: '학사 이상' }],
    ['a type URI', { '@type': 'https://schema.org/JobPosting' }, { title: '백엔드' }],
  ])('reads %s', (_name, extra, expected) => {
    const result = extractJobPostings(page(ld(extra)), PAGE);
    expect(result.issues).toEqual([]);
    expect(result.items[0]).toMatchObject(expected);
  });

  it('finds postings nested in another node and gives same-URL postings distinct ids', () => {
    const nested = JSON.stringify({
      '@type': 'ItemList',
      itemListElement: [
        { '@type': 'ListItem', item: JSON.parse(ld({})) },
        { '@type': 'ListItem', item: JSON.parse(ld({ title: '프론트엔드' })) },
      ],
    });
    const result = extractJobPostings(page(nested), PAGE);
    expect(result.items.map((i) => i.sourceId)).toEqual([stableId(PAGE), `${stableId(PAGE)}-2`]);
  });

  it('tolerates raw control characters and uses the caller source', () => {
    const withTab = '{"@type":"JobPosting","title":"데이터\tML","hiringOrganization":"가온"}';
    const result = extractJobPostings(page(withTab), PAGE, { source: 'gaon-careers' });
    expect(result.items[0]).toMatchObject({ source: 'gaon-careers', title: '데이터 ML' });
  });

  it('gives nothing for a page without JobPosting, and quarantines a posting without a title', () => {
    expect(extractJobPostings(page('{"@type":"Organization","name":"가온"}'), PAGE)).toEqual({
      items: [],
      issues: [],
    });
    const untitled = extractJobPostings(
      page(JSON.stringify({ '@type': 'JobPosting', hiringOrganization: '가온' })),
      PAGE,
    );
    expect(untitled.issues.map((i) => [i.code, i.path])).toEqual([
      ['missing_field', ['jobPostings', 0, 'title']],
    ]);
  });

  it('keeps stableId stable and distinct', () => {
    expect(stableId(PAGE)).toBe(stableId(`${PAGE}`));
    expect(stableId(PAGE)).toMatch(/^[0-9a-f]{16}$/);
    expect(stableId(PAGE)).not.toBe(stableId(`${PAGE}/`));
  });

  it.each([undefined, 1, { html }, '', 'plain text'])('throws ParseError on %j', (bad) => {
    expect(() => extractJobPostings(bad, PAGE)).toThrow(ParseError);
  });
});
