// splitBranches (grid single linkage) beside a naive all-pairs reference, the way the original team
// compared every posting with every other. Run alone: npx tsx bench/geo-branches.ts.

import { nameSites, regionLadder } from '../src/geo/branches/site-names.js';
import { type BranchPosting, haversineKm, splitBranches } from '../src/geo/index.js';
import { Random } from '../src/testing/_random.js';
import { PLACES } from '../test/fixtures/geo/places.js';
import { type BenchResult, formatResult, sideBySide } from './_measure.js';

/**
 * `n` postings of n/10 companies with Zipf-like sizes; each company has 1–3 sites at one of eight
 * cities (± 20 km), and each posting sits within ~300 m of its site (different buildings, same campus).
 */
export function syntheticPostings(n: number, seed = 1): BranchPosting[] {
  const random = new Random(seed);
  const next = () => random.next();
  const companies = Math.max(1, Math.floor(n / 10));
  const sites = Array.from({ length: companies }, () =>
    Array.from({ length: 1 + Math.floor(next() * 3) }, () => {
      const city = PLACES[Math.floor(next() * PLACES.length)]!;
      return { ...city, lat: city.lat + (next() - 0.5) * 0.36, lng: city.lng + (next() - 0.5) * 0.36 };
    }),
  );
  return Array.from({ length: n }, () => {
    const c = Math.min(companies - 1, Math.floor(companies * next() ** 2)); // small ids are big firms
    const companySites = sites[c]!;
    const site = companySites[Math.floor(next() * companySites.length)]!;
    return {
      source: 'bench',
      company: `회사${c}`,
      companyId: null,
      address: site.address,
      geo: {
        lat: site.lat + (next() - 0.5) * 0.005,
        lng: site.lng + (next() - 0.5) * 0.005,
        precision: 'building' as const,
        provider: 'bench',
      },
      branch: null,
    };
  });
}

/**
 * The naive reference: every pair of postings compared (O(n²)). Same sites and names as splitBranches,
 * except that sites sharing a name are numbered in discovery order, not by position.
 */
export function splitBranchesNaive(postings: readonly BranchPosting[], toleranceKm = 3): BranchPosting[] {
  const parent = postings.map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  for (let i = 0; i < postings.length; i++) {
    for (let j = i + 1; j < postings.length; j++) {
      const a = postings[i]!;
      const b = postings[j]!;
      if (a.company === b.company && haversineKm(a.geo, b.geo) <= toleranceKm) parent[find(i)] = find(j);
    }
  }
  const sitesByCompany = new Map<string, Map<number, string[]>>();
  postings.forEach((p, i) => {
    const sites = sitesByCompany.get(p.company) ?? new Map<number, string[]>();
    sites.set(find(i), regionLadder(p.address));
    sitesByCompany.set(p.company, sites);
  });
  const names = new Map<number, string | null>();
  for (const [company, sites] of sitesByCompany) {
    const roots = [...sites.keys()];
    const siteNames = nameSites([...sites.values()]);
    for (const [k, root] of roots.entries()) {
      names.set(root, roots.length > 1 ? `${company} ${siteNames[k]}` : null);
    }
  }
  return postings.map((p, i) => ({ ...p, branch: names.get(find(i)) ?? null }));
}

/**
 * splitBranches on 100,000 synthetic postings beside the naive pairwise reference on 10,000, with the
 * naive time extrapolated quadratically to 100,000 and the ratio of the two.
 *
 * @example for (const r of await benchBranches()) console.log(formatResult(r));
 */
export async function benchBranches(): Promise<BenchResult[]> {
  const big = syntheticPostings(100_000);
  const small = syntheticPostings(10_000);
  let splitCompanies = 0;
  const times = sideBySide(
    {
      grid100k: () => {
        splitCompanies = splitBranches(big).splitCompanies;
      },
      grid10k: () => splitBranches(small),
      naive10k: () => splitBranchesNaive(small),
    },
    3,
  );
  const naive100kEstimate = times.naive10k * (big.length / small.length) ** 2;
  return [
    {
      name: 'splitBranches 100k postings',
      value: times.grid100k,
      unit: 'ms',
      target: '< naive, O(n log n)',
      ok: times.grid100k < naive100kEstimate,
      detail: {
        grid10kMs: times.grid10k,
        naive10kMs: times.naive10k,
        naive100kEstimateMs: naive100kEstimate,
        speedupVsNaive100k: naive100kEstimate / times.grid100k,
        splitCompanies,
      },
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  void benchBranches().then((results) => {
    for (const result of results) console.log(formatResult(result));
  });
}
