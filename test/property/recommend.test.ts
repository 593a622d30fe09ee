import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ProfileError } from '../../src/model/errors/profile-error.js';
import type { Posting } from '../../src/model/posting.js';
import { type Profile, recommend } from '../../src/recommend/index.js';
import { CAREER_SHORTFALL_LIMIT } from '../../src/recommend/types.js';
import { makePosting } from '../unit/features/_posting.js';

const STACKS = ['java', 'spring', 'spring-boot', 'jpa', 'react', 'typescript', 'python', '사내툴'];
const NOW = new Date('2026-12-01T03:00:00Z');

const point = fc.record({
  lat: fc.double({ min: 33, max: 38.5, noNaN: true }),
  lng: fc.double({ min: 125, max: 130, noNaN: true }),
});

const posting = fc
  .record({
    n: fc.nat(),
    stacks: fc.subarray(STACKS),
    jobId: fc.option(fc.constantFrom('j1', 'j2', 'j3'), { nil: undefined }),
    min: fc.option(fc.integer({ min: 0, max: 12 }), { nil: null }),
    span: fc.option(fc.integer({ min: 0, max: 6 }), { nil: null }),
    geo: fc.option(point, { nil: null }),
    expired: fc.boolean(),
    date: fc.option(fc.constantFrom('2026-11-30', '2026-12-01', '2027-01-31'), { nil: null }),
    sido: fc.constantFrom('서울특별시', '경기도', '부산광역시'),
    employment: fc.subarray(['fulltime', 'contract', 'intern'] as const),
  })
  .map(
    (r): Posting =>
      makePosting({
        id: `p:${r.n}`,
        jobId: r.jobId,
        stacks: r.stacks,
        mentionedStacks: [],
        career:
          r.min === null
            ? null
            : {
                minYears: r.min,
                maxYears: r.span === null ? null : r.min + r.span,
                newcomer: r.min === 0,
                label: '',
              },
        geo: r.geo === null ? null : { ...r.geo, precision: 'building', provider: 'test' },
        expired: r.expired,
        deadline: r.date === null ? { kind: 'always', date: null } : { kind: 'date', date: r.date },
        address: { sido: r.sido, query: r.sido },
        employment: { types: r.employment, conversion: false, label: '' },
      }),
  );

// Usable profiles most of the time, hostile values in every field, and sometimes anything at all.
const usable = fc.record(
  {
    stacks: fc.oneof(
      fc.constantFrom('java, spring', 'React', 'python'),
      fc.subarray(STACKS, { minLength: 1 }),
    ),
    intro: fc.constant('스프링 부트와 JPA로 개발했습니다'),
    years: fc.integer({ min: 0, max: 20 }),
    home: point,
    commute: fc.record(
      {
        mode: fc.constantFrom('transit', 'driving', 'walking'),
        maxMinutes: fc.integer({ min: 10, max: 120 }),
      },
      { requiredKeys: [] },
    ),
    families: fc.array(fc.constantFrom('backend', '프론트엔드')),
    regions: fc.array(fc.constantFrom('서울', '경기 성남시')),
    employment: fc.array(fc.constantFrom('정규직', 'intern')),
    salaryMin: fc.integer({ min: 0, max: 90_000_000 }),
    excludeCompanies: fc.array(fc.constantFrom('카카오', '')),
  },
  { requiredKeys: ['stacks'] },
);
const hostile = fc.record(
  {
    stacks: fc.oneof(fc.constant(''), fc.array(fc.string())),
    intro: fc.string(),
    years: fc.double(),
    newcomer: fc.boolean(),
    home: fc.oneof(
      fc.record({ lat: fc.double(), lng: fc.double() }),
      fc.constantFrom('서울 마포구', '어디', ''),
    ),
    commute: fc.record(
      { mode: fc.constantFrom('transit', 'bike'), maxMinutes: fc.double() },
      { requiredKeys: [] },
    ),
    families: fc.array(fc.constantFrom('backend', '우주')),
    regions: fc.array(fc.constantFrom('서울', '광주', 'x')),
    employment: fc.array(fc.constantFrom('정규직', '??')),
    salaryMin: fc.double(),
  },
  { requiredKeys: [] },
);
const profile = fc.oneof(
  { weight: 4, arbitrary: usable },
  { weight: 2, arbitrary: hostile },
  { weight: 1, arbitrary: fc.anything() },
);

const options = fc.record({
  limit: fc.integer({ min: 0, max: 8 }),
  hard: fc.record({ regions: fc.boolean(), employment: fc.boolean(), career: fc.boolean() }),
  weights: fc.record({ commute: fc.constantFrom(0, 0.15, 1), stacks: fc.constantFrom(0.01, 0.6) }),
});

describe('recommend (property)', () => {
  let usableRuns = 0;
  it('throws nothing but ProfileError; scores in 0–1, sorted, one per job, matches above non-matches', async () => {
    await fc.assert(
      fc.asyncProperty(profile, fc.array(posting, { maxLength: 25 }), options, async (p, postings, o) => {
        let result: Awaited<ReturnType<typeof recommend>>;
        try {
          // Arbitrary values on purpose: a profile from JSON is checked at run time.
          result = await recommend(p as Profile, postings, { ...o, now: NOW });
        } catch (error) {
          expect(error).toBeInstanceOf(ProfileError);
          return;
        }
        usableRuns++;
        expect(Array.isArray(result.warnings)).toBe(true);
        expect(result.length).toBeLessThanOrEqual(o.limit);
        const jobs = new Set<string>();
        result.forEach((r, k) => {
          expect(r.score).toBeGreaterThanOrEqual(0);
          expect(r.score).toBeLessThanOrEqual(1);
          if (k > 0) expect(r.score).toBeLessThanOrEqual(result[k - 1]!.score);
          for (const part of Object.values(r.parts)) {
            if (part !== null) expect(part >= 0 && part <= 1).toBe(true);
          }
          // The tiers: a stack match scores at least 0.5, no match below it.
          expect(r.score >= 0.5).toBe(r.reasons[0] !== '기술 일치 없음');
          expect(r.posting.expired).toBe(false);
          const key = r.posting.jobId ?? r.posting.id;
          expect(jobs.has(key)).toBe(false);
          jobs.add(key);
          for (const copy of r.alsoOn) expect(copy).not.toBe(r.posting.id);
        });
      }),
      { numRuns: 150 },
    );
    // The properties below the try must have been checked, not skipped by errors.
    expect(usableRuns).toBeGreaterThan(50);
  }, 120_000);

  it('stack fit dominates: with a match admitted, no posting without one is listed above it or instead of it', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(posting, { maxLength: 25 }),
        fc.integer({ min: 1, max: 5 }),
        async (postings, limit) => {
          // No related stacks, so exactly the postings asking for Python match.
          const result = await recommend({ stacks: 'python', years: 3 }, postings, {
            now: NOW,
            limit,
            weights: { stacks: 0.01 },
            relations: { related: () => [] },
          });
          const open = postings.filter(
            (p) =>
              !p.expired &&
              !(p.deadline?.date && p.deadline.date < '2026-12-01') &&
              (p.career?.minYears ?? 0) <= 3 + CAREER_SHORTFALL_LIMIT,
          );
          const matchingJobs = new Set(
            open.filter((p) => p.stacks.includes('python')).map((p) => p.jobId ?? p.id),
          );
          const isMatch = result.map((r) => r.reasons[0] !== '기술 일치 없음');
          // Matches first, then the rest; and a non-match is listed only when every open match is.
          expect(isMatch).toEqual([...isMatch].sort((a, b) => Number(b) - Number(a)));
          const listedUnmatched = isMatch.filter((m) => !m).length;
          if (listedUnmatched > 0) expect(result.length - listedUnmatched).toBe(matchingJobs.size);
        },
      ),
      { numRuns: 150 },
    );
  }, 120_000);
});
