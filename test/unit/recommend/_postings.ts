// Postings and places for the recommender tests: one posting per call, only what a test looks at set.
import type { Posting } from '../../../src/model/posting.js';
import { makePosting } from '../features/_posting.js';

/** Points of the tests: a home at 합정역 and offices at known distances from it. */
export const PLACES = {
  home: { lat: 37.5496, lng: 126.9139 }, // 합정역
  mapo: { lat: 37.5566, lng: 126.9237 }, // 홍대입구 부근, about 1 km
  gangnam: { lat: 37.4979, lng: 127.0276 }, // 강남역, about 12 km
  pangyo: { lat: 37.3947, lng: 127.1112 }, // 판교역, about 25 km
  jeju: { lat: 33.4996, lng: 126.5312 }, // 제주시청
} as const;

/** The day every test reads deadlines against. */
export const NOW = new Date('2026-12-01T03:00:00Z');

let serial = 0;

/** Returns a posting with its own id, no jobId, at `geo`, open, asking for `stacks`. */
export function job(
  stacks: string[],
  overrides: Partial<Posting> & { at?: { lat: number; lng: number } | null } = {},
): Posting {
  serial++;
  const { at, ...rest } = overrides;
  const point = at === undefined ? PLACES.mapo : at;
  return makePosting({
    id: `test:${serial}`,
    sourceId: String(serial),
    company: `회사${serial}`,
    companyId: `c${serial}`,
    stacks,
    mentionedStacks: [],
    career: { minYears: 2, maxYears: 5, newcomer: false, label: '경력 2~5년' },
    geo: point === null ? null : { ...point, precision: 'building', provider: 'test' },
    address: { sido: '서울특별시', sigungu: '마포구', query: '서울특별시 마포구' },
    deadline: { kind: 'date', date: '2026-12-31' },
    ...rest,
  });
}

/** `count` filler postings where `a` and `b` are asked for together, so they are learned as related. */
export function together(a: string, b: string, count: number): Posting[] {
  return Array.from({ length: count }, () => job([a, b, 'git'], { at: PLACES.jeju }));
}

/** `count` postings far away that share nothing with the tests' stacks, so co-occurrence has a baseline. */
export function filler(count: number): Posting[] {
  return Array.from({ length: count }, (_, k) => job([k % 2 === 0 ? 'php' : 'ruby'], { at: PLACES.jeju }));
}
