import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromPostingRow } from '../../src/features/posting-from-row.js';
import { toPostingRow } from '../../src/features/posting-row.js';
import { Posting } from '../../src/model/posting.js';
import { makePosting } from '../unit/features/_posting.js';

const RUN = '20261129T0900';
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const text = fc.oneof(
  fc.constantFrom('', ' ', '자바', '😀', '\ud800', 'spring-boot'),
  fc.string({ maxLength: 10 }),
);
const number = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));

// Every field a posting row holds, with its nulls, enums and odd text; the rest stays makePosting's.
const posting: fc.Arbitrary<Posting> = fc
  .record({
    id: fc.string({ minLength: 1, maxLength: 12 }),
    jobId: optional(fc.string({ minLength: 1, maxLength: 12 })),
    source: text,
    sourceId: text,
    url: text,
    title: text,
    company: text,
    companyId: maybe(text),
    branch: maybe(text),
    career: maybe(
      fc.record({
        minYears: fc.nat(20),
        maxYears: maybe(fc.nat(30)),
        newcomer: fc.boolean(),
        label: text,
      }),
    ),
    stacks: fc.array(text, { maxLength: 6 }),
    positions: fc.array(text, { maxLength: 3 }),
    address: maybe(
      fc.record({ sido: text, sigungu: text, query: text }, { requiredKeys: ['sido', 'query'] }),
    ),
    locationKind: fc.constantFrom(
      'address',
      'region',
      'multi',
      'remote',
      'nationwide',
      'overseas',
      'ambiguous',
      'unknown',
    ),
    geo: maybe(
      fc.record(
        {
          lat: fc.double({ min: -90, max: 90, noNaN: true }),
          lng: fc.double({ min: -180, max: 180, noNaN: true }),
          precision: fc.constantFrom('building', 'road', 'eupmyeondong', 'sigungu', 'sido'),
          provider: text,
          code: fc.stringMatching(/^\d{10}$/),
        },
        { requiredKeys: ['lat', 'lng', 'precision', 'provider'] },
      ),
    ),
    deadline: maybe(
      fc.record({
        kind: fc.constantFrom('date', 'always', 'until-filled'),
        date: maybe(fc.stringMatching(/^20\d\d-[01]\d-[0-3]\d$/)),
      }),
    ),
    expired: fc.boolean(),
    employment: maybe(
      fc.record({
        types: fc.uniqueArray(
          fc.constantFrom('fulltime', 'contract', 'intern', 'dispatch', 'freelance', 'parttime', 'other'),
          { maxLength: 3 },
        ),
        conversion: fc.boolean(),
        label: text,
      }),
    ),
    salary: maybe(
      fc.record({
        min: maybe(number),
        max: maybe(number),
        period: maybe(fc.constantFrom('year', 'month', 'hour')),
        negotiable: fc.boolean(),
        currency: fc.constant('KRW' as const),
      }),
    ),
    education: maybe(
      fc.record({
        level: fc.constantFrom('any', 'highschool', 'associate', 'bachelor', 'master', 'doctor'),
        expectedOk: fc.boolean(),
        label: text,
      }),
    ),
    military: fc.record({ exemption: fc.boolean(), researcher: fc.boolean(), industrial: fc.boolean() }),
    postedAt: maybe(text),
    updatedAt: maybe(text),
    fetchedAt: text,
  })
  .map((fields) => {
    const { jobId, ...rest } = fields;
    return makePosting({ ...(rest as Partial<Posting>), ...(jobId !== undefined ? { jobId } : {}) });
  });

describe('fromPostingRow', () => {
  it('gives back every field the row holds: posting → row → posting → row is the same row', () => {
    fc.assert(
      fc.property(posting, (original) => {
        const row = toPostingRow(original, RUN);
        expect(toPostingRow(fromPostingRow(row), RUN)).toEqual(row);
      }),
    );
  });

  it('reads a valid Posting with the same values where the row holds them', () => {
    fc.assert(
      fc.property(posting, (original) => {
        const back = fromPostingRow(toPostingRow(original, RUN));
        expect(Posting.safeParse(back).success).toBe(true);
        expect(back).toMatchObject({
          id: original.id,
          source: original.source,
          sourceId: original.sourceId,
          url: original.url,
          title: original.title,
          company: original.company,
          companyId: original.companyId,
          branch: original.branch,
          career: original.career,
          stacks: original.stacks,
          positions: original.positions,
          locationKind: original.locationKind,
          geo: original.geo,
          deadline: original.deadline,
          expired: original.expired,
          salary: original.salary,
          postedAt: original.postedAt,
          updatedAt: original.updatedAt,
          fetchedAt: original.fetchedAt,
        });
        expect(back.jobId).toBe(original.jobId);
        expect(back.address).toEqual(
          original.address && {
            sido: original.address.sido,
            ...(original.address.sigungu !== undefined ? { sigungu: original.address.sigungu } : {}),
            query: original.address.query,
          },
        );
        expect(
          back.employment && { types: back.employment.types, conversion: back.employment.conversion },
        ).toEqual(
          original.employment && {
            types: original.employment.types,
            conversion: original.employment.conversion,
          },
        );
        expect(back.education?.level).toBe(original.education?.level);
        expect(back.military.researcher).toBe(original.military.researcher);
        expect(back.military.industrial).toBe(original.military.industrial);
      }),
    );
  });
});
