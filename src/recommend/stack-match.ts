// How a person's stacks meet one posting's: exact matches and related ones, weighted by rarity. Pure.
import type { PostingIndex } from './posting-index.js';
import type { StackRelations } from './stack-relations.js';
import type { RecommendablePosting } from './types.js';

/** What a related skill counts for against an exact one, times the relation's strength. */
export const RELATED_CREDIT = 0.5;
/** What a person's stack counts for when the posting only mentions it in its text. */
const MENTIONED_HIT = 0.75;

/** One profile's stacks prepared against an index. */
export interface StackQuery {
  /** Per interned stack: 1 for the person's own, RELATED_CREDIT × strength for a related one, else 0. */
  credit: Float64Array;
  /** Per interned stack: the person's stack it is nearest to (index into `personStacks`), −1 for none. */
  nearest: Int32Array;
  /** The person's stacks, interned (−1 when no posting asks for it). */
  personStacks: Int32Array;
  /** The person's stacks' rarity weights. */
  personWeight: Float64Array;
  personTotal: number;
  /** Interned stacks with credit > 0: their postings lists are the candidates. */
  touched: number[];
}

/**
 * Prepares a profile's stacks (canonical or as written) against an index: their own credit, and the
 * credit of every related stack `relations` knows.
 *
 * @example const query = prepareStackQuery(index, ['spring-boot'], relations);
 */
export function prepareStackQuery<P extends RecommendablePosting>(
  index: PostingIndex<P>,
  stacks: readonly string[],
  relations: StackRelations,
): StackQuery {
  const k = index.stackIds.length;
  const credit = new Float64Array(k);
  const nearest = new Int32Array(k).fill(-1);
  const personStacks = new Int32Array(stacks.length);
  const personWeight = new Float64Array(stacks.length);
  const maxIdf = Math.log(1 + Math.max(1, index.postings.length));
  const touched: number[] = [];
  stacks.forEach((id, p) => {
    const s = index.stackOf.get(id) ?? -1;
    personStacks[p] = s;
    personWeight[p] = s >= 0 ? index.idf[s]! : maxIdf;
    if (s >= 0) {
      if (credit[s] === 0) touched.push(s);
      credit[s] = 1;
      nearest[s] = p;
    }
  });
  stacks.forEach((id, p) => {
    for (const r of relations.related(id)) {
      const s = index.stackOf.get(r.id);
      if (s === undefined) continue;
      const c = RELATED_CREDIT * Math.min(1, Math.max(0, r.strength));
      if (c <= credit[s]!) continue;
      if (credit[s] === 0) touched.push(s);
      credit[s] = c;
      nearest[s] = p;
    }
  });
  let personTotal = 0;
  for (const w of personWeight) personTotal += w;
  return { credit, nearest, personStacks, personWeight, personTotal, touched };
}

/**
 * Returns the stack part of posting `i`: the harmonic mean of how much of the posting's stacks the person
 * covers and how much of the person's stacks the posting asks for, both weighted by rarity (idf), a
 * related stack counting RELATED_CREDIT × its strength; 0 without any match. `hits` (one slot per person
 * stack) is scratch space.
 */
export function stackScore<P extends RecommendablePosting>(
  index: PostingIndex<P>,
  q: StackQuery,
  i: number,
  hits: Float64Array,
): number {
  const from = index.start[i]!;
  const to = index.start[i + 1]!;
  const total = index.totalWeight[i]!;
  if (to === from || total <= 0) return 0;
  hits.fill(0);
  let covered = 0;
  for (let e = from; e < to; e++) {
    const s = index.entryStack[e]!;
    const c = q.credit[s]!;
    if (c === 0) continue;
    covered += index.entryWeight[e]! * c;
    const p = q.nearest[s]!;
    const hit = c === 1 && index.entryMentioned[e] ? MENTIONED_HIT : c;
    if (hit > hits[p]!) hits[p] = hit;
  }
  if (covered === 0) return 0;
  let asked = 0;
  for (let p = 0; p < hits.length; p++) asked += q.personWeight[p]! * hits[p]!;
  const a = covered / total;
  const b = q.personTotal > 0 ? asked / q.personTotal : 0;
  return a + b > 0 ? (2 * a * b) / (a + b) : 0;
}

/**
 * Returns the display ids of posting `i`'s exact and related matches, for the reasons.
 */
export function stackMatches<P extends RecommendablePosting>(
  index: PostingIndex<P>,
  q: StackQuery,
  i: number,
): { exact: string[]; related: string[] } {
  const exact: string[] = [];
  const related: string[] = [];
  for (let e = index.start[i]!; e < index.start[i + 1]!; e++) {
    const s = index.entryStack[e]!;
    const c = q.credit[s]!;
    if (c === 1) exact.push(index.stackIds[s]!);
    else if (c > 0) related.push(index.stackIds[s]!);
  }
  return { exact, related };
}
