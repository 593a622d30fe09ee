// splitBranches (grid single linkage) beside a naive all-pairs reference, the way the original team
// compared every posting with every other. Run alone: npx tsx bench/geo-branches.ts.

import { nameSites, regionLadder } from '../src/geo/branches/site-names.js';
import { type BranchPosting, haversineKm, splitBranches } from '../src/geo/index.js';
import type { Address } from '../src/model/posting.js';
import { type BenchResult, formatResult, sideBySide } from './_measure.js';

const ADDRESSES: readonly { lat: number; lng: number; address: Address }[] = [
  { lat: 37.2405, lng: 127.4845, address: { sido: '경기도', sigungu: '이천시', query: '경기 이천시' } },
  {
    lat: 36.6424,
    lng: 127.4374,
    address: { sido: '충청북도', sigungu: '청주시 흥덕구', query: '충북 청주시' },
  },
  { lat: 37.4979, lng: 127.0276, address: { sido: '서울특별시', sigungu: '강남구', query: '서울 강남구' } },
  { lat: 37.5565, lng: 126.922, address: { sido: '서울특별시', sigungu: '마포구', query: '서울 마포구' } },
  {
    lat: 37.3947,
    lng: 127.1112,
    address: { sido: '경기도', sigungu: '성남시 분당구', query: '경기 성남시' },
  },
  { lat: 36.3504, lng: 127.3845, address: { sido: '대전광역시', sigungu: '유성구', query: '대전 유성구' } },
  {
    lat: 35.1631,
    lng: 129.1636,
    address: { sido: '부산광역시', sigungu: '해운대구', query: '부산 해운대구' },
  },
  {
    lat: 33.4507,
    lng: 126.5706,
    address: { sido: '제주특별자치도', sigungu: '제주시', query: '제주 제주시' },
  },
];

/** Deterministic PRNG (mulberry32), so every run measures the same input. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `n` postings of n/10 companies with Zipf-like sizes; each company has 1–3 sites at one of eight
 * cities (± 20 km), and each posting sits within ~300 m of its site (different buildings, same campus).
 */
export function syntheticPostings(n: number, seed = 1): BranchPosting[] {
  const random = rng(seed);
  const companies = Math.max(1, Math.floor(n / 10));
  const sites = Array.from({ length: companies }, () =>
    Array.from({ length: 1 + Math.floor(random() * 3) }, () => {
      const city = ADDRESSES[Math.floor(random() * ADDRESSES.length)]!;
      return { ...city, lat: city.lat + (random() - 0.5) * 0.36, lng: city.lng + (random() - 0.5) * 0.36 };
    }),
  );
  return Array.from({ length: n }, () => {
    const c = Math.min(companies - 1, Math.floor(companies * random() ** 2)); // small ids are big firms
    const companySites = sites[c]!;
    const site = companySites[Math.floor(random() * companySites.length)]!;
    return {
      source: 'bench',
      company: `회사${c}`,
      companyId: null,
      address: site.address,
      geo: {
        lat: site.lat + (random() - 0.5) * 0.005,
        lng: site.lng + (random() - 0.5) * 0.005,
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
