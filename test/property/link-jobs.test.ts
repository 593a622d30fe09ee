import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linkJobs } from '../../src/features/link-jobs.js';
import type { Posting } from '../../src/model/posting.js';
import { normalizeCompanyName } from '../../src/normalize/company.js';
import { makePosting } from '../unit/features/_posting.js';

// Few companies, titles and stacks, so copies and near-copies are common.
const posting = fc
  .record({
    source: fc.constantFrom('jumpit', 'wanted', 'saramin', 'jobkorea'),
    company: fc.constantFrom('카카오', '(주)카카오', '네이버', 'Kakao', ''),
    companyId: fc.option(fc.constantFrom('c1', 'c2'), { nil: null }),
    title: fc.constantFrom(
      '백엔드 개발자',
      '[병역특례] 백엔드 개발자',
      '백엔드 개발자 (결제)',
      'Backend Engineer',
      '프론트엔드 개발자 채용',
      '',
    ),
    stacks: fc.subarray(['java', 'kotlin', 'spring-boot', 'react', 'mysql']),
    sigungu: fc.option(fc.constantFrom('강남구', '성남시 분당구'), { nil: null }),
    day: fc.option(fc.integer({ min: 1, max: 28 }), { nil: null }),
    minYears: fc.option(fc.integer({ min: 0, max: 8 }), { nil: null }),
  })
  .map((record) =>
    makePosting({
      source: record.source,
      company: record.company,
      companyId: record.companyId,
      title: record.title,
      stacks: record.stacks,
      mentionedStacks: [],
      address: record.sigungu ? { sido: '서울특별시', sigungu: record.sigungu, query: record.sigungu } : null,
      postedAt: record.day === null ? null : `2026-11-${String(record.day).padStart(2, '0')}`,
      career:
        record.minYears === null
          ? null
          : { minYears: record.minYears, maxYears: null, newcomer: record.minYears === 0, label: '' },
    }),
  );
const postings = fc
  .array(posting, { maxLength: 30 })
  .map((list) => list.map((p, index) => ({ ...p, id: `${p.source}:${index}`, sourceId: String(index) })));

function idsById(list: readonly Posting[]): Record<string, string | undefined> {
  return Object.fromEntries(list.map((p) => [p.id, p.jobId]));
}

describe('linkJobs properties', () => {
  it('gives every posting a jobId, and the same ids in any order', () => {
    fc.assert(
      fc.property(postings, fc.integer(), (list, seed) => {
        const linked = linkJobs(list);
        expect(linked.every((p) => typeof p.jobId === 'string' && p.jobId.length === 16)).toBe(true);
        const shuffled = [...list].sort((a, b) => ((a.id.length * seed) % 7) - ((b.id.length * seed) % 7));
        expect(idsById(linkJobs(shuffled))).toEqual(idsById(linked));
      }),
    );
  });

  it('is stable: linking linked postings changes nothing', () => {
    fc.assert(
      fc.property(postings, (list) => {
        const once = linkJobs(list);
        expect(idsById(linkJobs(once))).toEqual(idsById(once));
      }),
    );
  });

  it('puts at most one posting of a site and one company name or site company in a job', () => {
    fc.assert(
      fc.property(postings, (list) => {
        const jobs = new Map<string, Posting[]>();
        for (const p of linkJobs(list)) jobs.set(p.jobId!, [...(jobs.get(p.jobId!) ?? []), p]);
        for (const members of jobs.values()) {
          expect(new Set(members.map((p) => p.source)).size).toBe(members.length);
          if (members.length > 1) {
            expect(members.every((p) => normalizeCompanyName(p.company) !== '')).toBe(true);
            expect(new Set(members.map((p) => p.title.includes('결제'))).size).toBe(1);
          }
        }
      }),
    );
  });
});
