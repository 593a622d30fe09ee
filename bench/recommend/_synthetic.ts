// Synthetic postings and profiles for the recommend bench. Postings come from `generatePostings` (the
// replica's job market, not real data) in Jumpit's shapes, through the real parser, normalizePosting and
// the offline gazetteer, then through a lake row and back (toPostingRow → fromPostingRow): what
// `ohmystack recommend --lake` ranks. Profiles are built from one posting each, as the evaluation asks.
import { fromPostingRow } from '../../src/features/posting-from-row.js';
import { toPostingRow } from '../../src/features/posting-row.js';
import { gazetteerGeocoder } from '../../src/geo/index.js';
import type { GeoPoint, Posting } from '../../src/model/posting.js';
import type { RawPosting } from '../../src/model/raw-posting.js';
import { normalizePosting } from '../../src/normalize/index.js';
import { jumpitParsers } from '../../src/sources/jumpit/index.js';
import type { Random } from '../../src/testing/_random.js';
import { generatePostings, type SyntheticPosting } from '../../src/testing/generate-postings.js';
import { jumpitDetailResult, jumpitListItem } from '../../src/testing/shapes/jumpit.js';

/** Bytes in the MB the benches print (MiB, as `resourceUsage().maxRSS / 1024`). */
export const MB = 2 ** 20;

/** Noon KST of generatePostings' default day: every synthetic deadline is still open then. */
export const NOW = new Date('2026-11-29T03:00:00Z');
const RUN_ID = '20261129T0900';
/** Postings generated at once: larger sets are made in chunks, so their description text never piles up. */
const CHUNK = 10_000;

/**
 * Returns `count` postings as a lake holds them. 'detail' goes through Jumpit's detail body (full
 * address, pay, employment); 'list' through its list page (시도 and 시군구 only, no description).
 */
export async function syntheticPostings(
  count: number,
  seed: number,
  shape: 'detail' | 'list',
): Promise<Posting[]> {
  const geocoder = gazetteerGeocoder();
  const points = new Map<string, GeoPoint | null>();
  const out: Posting[] = [];
  for (let offset = 0; offset < count; offset += CHUNK) {
    const chunk = generatePostings({ count: Math.min(CHUNK, count - offset), seed: seed + offset }).map(
      (posting) => ({ ...posting, id: offset + posting.id }),
    );
    for (const raw of shape === 'detail' ? detailRaws(chunk) : listRaws(chunk)) {
      const posting = normalizePosting(raw);
      const query = posting.address?.query;
      if (query !== undefined && !points.has(query))
        points.set(query, await geocoder.geocode(posting.address!));
      const geo = query === undefined ? null : (points.get(query) ?? null);
      out.push(fromPostingRow(toPostingRow({ ...posting, geo }, RUN_ID)));
    }
  }
  return out;
}

function detailRaws(postings: readonly SyntheticPosting[]): RawPosting[] {
  return postings.flatMap(
    (posting) =>
      jumpitParsers.parseDetail({
        status: 200,
        code: 'C001',
        message: '',
        result: jumpitDetailResult(posting),
      }).items,
  );
}

function listRaws(postings: readonly SyntheticPosting[]): RawPosting[] {
  const out: RawPosting[] = [];
  for (let at = 0; at < postings.length; at += 16) {
    const positions = postings.slice(at, at + 16).map(jumpitListItem);
    const page = { status: 200, code: 'P004', result: { totalCount: postings.length, positions } };
    out.push(...jumpitParsers.parseList(page).items);
  }
  return out;
}

/** A profile as `recommend` takes it, with a point for a home. */
export interface BenchProfile {
  stacks: string[];
  years?: number;
  home: { lat: number; lng: number };
  commute: { mode: 'transit' };
}

/**
 * Returns the profile of a person `target` was meant for, or null when the posting cannot make one (fewer
 * than two stacks, no point): its stacks with one left out at random, years inside its career range,
 * and a home 3–15 km from its office at a random bearing.
 */
export function profileFor(target: Posting, random: Random): BenchProfile | null {
  if (target.stacks.length < 2 || !target.geo) return null;
  const left = random.int(0, target.stacks.length - 1);
  const stacks = target.stacks.filter((_, i) => i !== left);
  const career = target.career;
  const years =
    career === null ? undefined : random.int(career.minYears, career.maxYears ?? career.minYears + 5);
  const home = pointAt(target.geo, 3 + random.next() * 12, random.next() * 2 * Math.PI);
  return { stacks, ...(years !== undefined ? { years } : {}), home, commute: { mode: 'transit' } };
}

const EARTH_KM = 6371;

/** The point `km` from `from` at `bearing` (radians from north), on a sphere. */
export function pointAt(from: { lat: number; lng: number }, km: number, bearing: number) {
  const d = km / EARTH_KM;
  const lat1 = (from.lat * Math.PI) / 180;
  const lng1 = (from.lng * Math.PI) / 180;
  const lat2 = Math.asin(Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(bearing));
  const lng2 =
    lng1 +
    Math.atan2(
      Math.sin(bearing) * Math.sin(d) * Math.cos(lat1),
      Math.cos(d) - Math.sin(lat1) * Math.sin(lat2),
    );
  return { lat: (lat2 * 180) / Math.PI, lng: (lng2 * 180) / Math.PI };
}
