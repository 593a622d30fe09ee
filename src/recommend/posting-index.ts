// The index a recommender builds once over a posting set: stacks interned with their postings lists
// and rarity, career and deadline read into typed arrays, copies of one job grouped, posting points
// deduplicated on a spatial grid. Queries then touch only the postings sharing a stack. Pure.
import { isLatLng, type LatLng } from '../geo/distance.js';
import { SpatialGrid } from './spatial-grid.js';
import type { RecommendablePosting } from './types.js';

/** Weight of a stack found only in the description text (mentionedStacks) against a tagged one. */
export const MENTIONED_FACTOR = 0.5;

/** The arrays a query reads; built by {@link buildPostingIndex}. */
export interface PostingIndex<P extends RecommendablePosting> {
  postings: readonly P[];
  /** Stack id → interned number. */
  stackOf: Map<string, number>;
  stackIds: string[];
  /** Per stack: ln(1 + N / df). */
  idf: Float64Array;
  /** Per stack: the postings asking for it (tagged or mentioned), ascending. */
  lists: Int32Array[];
  /** Posting i's stacks are entries start[i] … start[i+1]−1. */
  start: Int32Array;
  entryStack: Int32Array;
  /** idf × (1 for a tag, MENTIONED_FACTOR for a mention). */
  entryWeight: Float64Array;
  entryMentioned: Uint8Array;
  /** Σ entryWeight per posting. */
  totalWeight: Float64Array;
  /** Career minimum (NaN unknown) and maximum (Infinity when open). */
  careerMin: Float64Array;
  careerMax: Float64Array;
  expired: Uint8Array;
  /** Deadline date 'YYYY-MM-DD' or null. */
  deadline: (string | null)[];
  /** Job group per posting (postings without a jobId have their own group). */
  group: Int32Array;
  members: Int32Array[];
  /** Distinct point per posting, −1 without one. */
  pointOf: Int32Array;
  points: LatLng[];
  grid: SpatialGrid;
}

/**
 * Builds the index of a posting set. Postings are read, never changed or copied.
 *
 * @example const index = buildPostingIndex(postings); index.lists[index.stackOf.get('java')!].length
 */
export function buildPostingIndex<P extends RecommendablePosting>(postings: readonly P[]): PostingIndex<P> {
  const n = postings.length;
  const stackOf = new Map<string, number>();
  const stackIds: string[] = [];
  const df: number[] = [];
  const start = new Int32Array(n + 1);
  const entries: number[] = [];
  const mentioned: number[] = [];
  const careerMin = new Float64Array(n);
  const careerMax = new Float64Array(n);
  const expired = new Uint8Array(n);
  const deadline: (string | null)[] = new Array(n);
  const group = new Int32Array(n);
  const groupOf = new Map<string, number>();
  const groupMembers: number[][] = [];
  const pointOf = new Int32Array(n).fill(-1);
  const pointKey = new Map<string, number>();
  const points: LatLng[] = [];

  const intern = (id: string): number => {
    let k = stackOf.get(id);
    if (k === undefined) {
      k = stackIds.length;
      stackOf.set(id, k);
      stackIds.push(id);
      df.push(0);
    }
    return k;
  };

  for (let i = 0; i < n; i++) {
    const p = postings[i]!;
    start[i] = entries.length;
    const first = entries.length;
    const add = (list: readonly string[] | undefined, isMention: number): void => {
      if (!Array.isArray(list)) return;
      for (const id of list) {
        if (typeof id !== 'string' || id === '') continue;
        const k = intern(id);
        let dup = false;
        for (let e = first; e < entries.length; e++) if (entries[e] === k) dup = true;
        if (dup) continue;
        entries.push(k);
        mentioned.push(isMention);
        df[k]!++;
      }
    };
    add(p.stacks, 0);
    add(p.mentionedStacks, 1);

    const c = p.career;
    careerMin[i] = c && Number.isFinite(c.minYears) ? c.minYears : Number.NaN;
    careerMax[i] =
      c && typeof c.maxYears === 'number' && Number.isFinite(c.maxYears)
        ? c.maxYears
        : Number.POSITIVE_INFINITY;
    expired[i] = p.expired === true ? 1 : 0;
    deadline[i] = p.deadline?.kind === 'date' && typeof p.deadline.date === 'string' ? p.deadline.date : null;

    const jobId = typeof p.jobId === 'string' && p.jobId !== '' ? p.jobId : undefined;
    let g = jobId === undefined ? undefined : groupOf.get(jobId);
    if (g === undefined) {
      g = groupMembers.length;
      groupMembers.push([]);
      if (jobId !== undefined) groupOf.set(jobId, g);
    }
    group[i] = g;
    groupMembers[g]!.push(i);

    if (isLatLng(p.geo)) {
      const key = `${p.geo.lat},${p.geo.lng}`;
      let q = pointKey.get(key);
      if (q === undefined) {
        q = points.length;
        pointKey.set(key, q);
        points.push({ lat: p.geo.lat, lng: p.geo.lng });
      }
      pointOf[i] = q;
    }
  }
  start[n] = entries.length;

  const idf = new Float64Array(stackIds.length);
  for (let k = 0; k < idf.length; k++) idf[k] = Math.log(1 + n / df[k]!);
  const lists = df.map((count) => new Int32Array(count));
  const fill = new Int32Array(stackIds.length);
  const entryStack = Int32Array.from(entries);
  const entryMentioned = Uint8Array.from(mentioned);
  const entryWeight = new Float64Array(entries.length);
  const totalWeight = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let e = start[i]!; e < start[i + 1]!; e++) {
      const k = entryStack[e]!;
      lists[k]![fill[k]!++] = i;
      const w = idf[k]! * (entryMentioned[e] ? MENTIONED_FACTOR : 1);
      entryWeight[e] = w;
      totalWeight[i]! += w;
    }
  }

  return {
    postings,
    stackOf,
    stackIds,
    idf,
    lists,
    start,
    entryStack,
    entryWeight,
    entryMentioned,
    totalWeight,
    careerMin,
    careerMax,
    expired,
    deadline,
    group,
    members: groupMembers.map((m) => Int32Array.from(m)),
    pointOf,
    points,
    grid: new SpatialGrid(points),
  };
}
