import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BranchPosting, haversineKm, splitBranches } from '../../src/geo/index.js';
import { PLACES as ALL_PLACES } from '../fixtures/geo/places.js';

type P = BranchPosting & { id: string };

// Places with their addresses; jitter around them makes sites that sometimes merge, sometimes split.
const PLACES = ALL_PLACES.slice(0, 6);

const geo = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      place: fc.nat(PLACES.length - 1),
      dLat: fc.double({ min: -0.05, max: 0.05, noNaN: true }),
      dLng: fc.double({ min: -0.05, max: 0.05, noNaN: true }),
    }),
  },
  { weight: 1, arbitrary: fc.constant(null) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      { lat: Number.NaN, lng: 127 },
      { lat: 37, lng: Number.POSITIVE_INFINITY },
      { lat: 100, lng: 0 },
    ),
  },
);

const postings = fc
  .array(
    fc.record({
      company: fc.constantFrom('하이닉스', '카카오', '네이버', ' 토스 ', ''),
      withId: fc.boolean(),
      geo,
      withAddress: fc.boolean(),
    }),
    { maxLength: 40 },
  )
  .map((rows) =>
    rows.map((r, i): P => {
      const place = r.geo && 'place' in r.geo ? PLACES[r.geo.place]! : undefined;
      const point =
        r.geo && 'place' in r.geo && place
          ? { lat: place.lat + r.geo.dLat, lng: place.lng + r.geo.dLng }
          : (r.geo as { lat: number; lng: number } | null);
      return {
        id: `p${i}`,
        source: 'wanted',
        company: r.company,
        // One id per name, so that the id union never mixes names here.
        companyId: r.withId && r.company ? `id-${r.company.trim()}` : null,
        address: r.withAddress && place ? place.address : null,
        geo: point ? { ...point, precision: 'building', provider: 'test' } : null,
        branch: null,
      };
    }),
  );

const branchesById = (ps: readonly P[]) => Object.fromEntries(ps.map((p) => [p.id, p.branch]));

/** Reference site count: single linkage by all pairs (fine for 40 points). */
function naiveSites(points: readonly { lat: number; lng: number }[], tol: number): number {
  const parent = points.map((_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : find(parent[x]!));
  for (let i = 0; i < points.length; i++)
    for (let j = i + 1; j < points.length; j++)
      if (haversineKm(points[i]!, points[j]!) <= tol) parent[find(i)] = find(j);
  return new Set(points.map((_, i) => find(i))).size;
}

describe('splitBranches properties', () => {
  it('gives the same branches under any permutation of the input', () => {
    fc.assert(
      fc.property(
        postings,
        fc.array(fc.double({ noNaN: true }), { minLength: 40, maxLength: 40 }),
        (ps, keys) => {
          const shuffled = ps
            .map((p, i) => ({ p, k: keys[i] ?? 0 }))
            .sort((a, b) => a.k - b.k)
            .map((x) => x.p);
          expect(branchesById(splitBranches(shuffled).postings)).toEqual(
            branchesById(splitBranches(ps).postings),
          );
        },
      ),
    );
  });

  it('starts every branch with the company name, and names as many branches as single-linkage sites', () => {
    fc.assert(
      fc.property(postings, fc.constantFrom(1, 3, 10), (ps, toleranceKm) => {
        const result = splitBranches(ps, { toleranceKm });
        const byCompany = new Map<
          string,
          { branches: Set<string>; points: { lat: number; lng: number }[] }
        >();
        for (const p of result.postings) {
          if (p.branch !== null) expect(p.branch.startsWith(`${p.company.trim()} `)).toBe(true);
          if (!p.geo || !Number.isFinite(haversineKm(p.geo, p.geo)) || !p.company.trim()) continue;
          const entry = byCompany.get(p.company.trim()) ?? { branches: new Set(), points: [] };
          if (p.branch !== null) entry.branches.add(p.branch);
          entry.points.push(p.geo);
          byCompany.set(p.company.trim(), entry);
        }
        let branches = 0;
        for (const { branches: names, points } of byCompany.values()) {
          const sites = naiveSites(points, toleranceKm);
          expect(names.size).toBeLessThanOrEqual(sites);
          expect(names.size).toBe(sites > 1 ? sites : 0);
          branches += names.size;
        }
        expect(result.branches).toBe(branches);
      }),
    );
  });

  it('never throws on NaN, missing geo or odd options', () => {
    fc.assert(
      fc.property(postings, fc.option(fc.double()), (ps, toleranceKm) => {
        const result = splitBranches(ps, toleranceKm === null ? {} : { toleranceKm });
        expect(result.postings).toHaveLength(ps.length);
      }),
    );
  });
});
