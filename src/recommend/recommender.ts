// A recommender over one posting set: the index is built once, then each profile is a query that
// scores only the postings sharing an exact or related stack, and estimates commutes (and asks an
// embedder) for as few of them as the ranking needs.

import { type CommuteEstimate, type CommuteOptions, commuteFrom } from '../commute/index.js';
import type { Posting } from '../model/posting.js';
import { normalizeCompanyName } from '../normalize/company.js';
import { kstDay } from '../normalize/expiry.js';
import {
  type AdmitContext,
  admit,
  type Candidates,
  candidates,
  hasPreferences,
  isExpiredAt,
} from './candidates.js';
import { descendingChunks } from './descending-order.js';
import { buildPostingIndex, type PostingIndex } from './posting-index.js';
import type { Profile } from './profile.js';
import { resolveProfile } from './resolve-profile.js';
import { buildResults } from './results.js';
import { prepareStackQuery } from './stack-match.js';
import { learnStackRelations } from './stack-relations.js';
import { cosineSimilarity, postingText } from './text-embedder.js';
import type { RecommendablePosting, Recommendations, RecommenderOptions, RecommendOptions } from './types.js';
import { combineScore, resolveWeights } from './weights.js';

/** A recommender built over one posting set; see {@link createRecommender}. */
export interface Recommender<P extends RecommendablePosting = Posting> {
  /** How many postings the index holds. */
  readonly size: number;
  /**
   * Ranks the postings for one profile; options given here override the recommender's.
   * @throws ProfileError when the profile cannot be used
   */
  /** Validated at run time too: a profile from JSON or a form gets a ProfileError, never a crash. */
  recommend(profile: Profile, options?: RecommendOptions): Promise<Recommendations<P>>;
}

/**
 * Straight-line speeds (km/h) no commute beats, per mode: a posting farther than `maxMinutes` at this
 * speed is dropped before any estimate. Generous on purpose — the estimate decides, this only prunes.
 */
const REACH_KMH = Object.freeze({ transit: 60, driving: 100, walking: 7 });
/** Candidates estimated (and embedded) per round when the ranking still needs more. */
const BATCH = 128;
/** A router's shortlist may grow to this multiple while fewer than `limit` postings pass a commute limit. */
const SHORTLIST_GROWTH = 4;
/** Text vectors of postings kept per recommender. */
const MAX_TEXT_VECTORS = 200_000;

/** One scored posting of a query. */
interface Scored {
  score: number;
  stacks: number;
  text: number | undefined;
}

/**
 * Builds a recommender over `postings`: stack postings lists with rarity (idf), related stacks (learned
 * from the postings unless `options.relations` is given), career and deadlines read once, copies of one
 * job grouped by `jobId`, posting points on a spatial grid. Each `recommend(profile)` then returns the
 * top `limit` jobs. The postings are read, never copied or changed.
 *
 * Only postings sharing an exact or related stack are scored; the others fill the list when fewer than
 * `limit` match. With the default offline commute model every candidate the ranking may need is
 * estimated (microseconds each); with any other estimator (a router: network, quota) and with an
 * embedder only the `shortlist` best candidates by the other parts are asked (default 5 × limit, growing
 * to 4 × that while fewer than `limit` postings pass `maxMinutes`).
 *
 * @example
 * const recommender = createRecommender(postings);
 * for (const profile of profiles) console.log(await recommender.recommend(profile, { limit: 10 }));
 */
export function createRecommender<P extends RecommendablePosting = Posting>(
  postings: readonly P[],
  options: RecommenderOptions = {},
): Recommender<P> {
  const list = Array.isArray(postings) ? postings : [];
  const index = buildPostingIndex(list);
  const relations = options.relations ?? learnStackRelations(list);
  const closedDefault = closedMask(index, options.closedIds);
  const deadByDay = new Map<string, Uint8Array>();
  const companyKeys = new Map<string, string>();
  const companyKey = (name: string): string => {
    let key = companyKeys.get(name);
    if (key === undefined) {
      key = normalizeCompanyName(name).toLowerCase();
      if (companyKeys.size < 100_000) companyKeys.set(name, key);
    }
    return key;
  };
  const textVectors = new Map<number, number[]>();

  const deadMask = (today: string, closed: Uint8Array, cache: boolean): Uint8Array => {
    const hit = cache ? deadByDay.get(today) : undefined;
    if (hit) return hit;
    const dead = new Uint8Array(list.length);
    for (let i = 0; i < list.length; i++) dead[i] = closed[i] === 1 || isExpiredAt(index, i, today) ? 1 : 0;
    if (cache) {
      if (deadByDay.size >= 4) deadByDay.clear();
      deadByDay.set(today, dead);
    }
    return dead;
  };

  return {
    size: list.length,
    async recommend(profileInput, queryOptions = {}) {
      const o: RecommendOptions = { ...options, ...queryOptions };
      const limit = Math.max(0, Math.floor(Number.isFinite(o.limit) ? (o.limit as number) : 20));
      const profile = await resolveProfile(profileInput, { geocoder: o.geocoder, signal: o.signal });
      const w = resolveWeights(o.weights);
      const hard = o.hard ?? {};
      const now = o.now instanceof Date && !Number.isNaN(o.now.getTime()) ? o.now : new Date();
      const ownClosed = queryOptions.closedIds !== undefined;
      const dead = deadMask(
        kstDay(now),
        ownClosed ? closedMask(index, o.closedIds) : closedDefault,
        !ownClosed,
      );
      const query = prepareStackQuery(index, profile.stacks, relations);
      const home = profile.home;
      const commuteOptions: CommuteOptions = { mode: profile.mode, peak: o.peak ?? true };
      const commuteWeighted = home !== null && w.commute > 0;
      const commuteNeeded = home !== null && (commuteWeighted || profile.maxMinutes !== null);
      const useText = o.embedder !== undefined && profile.intro !== null && w.text > 0;
      const router = o.commute !== undefined && o.commute.name !== 'offline';
      const shortlist = Math.max(limit, Math.floor(o.shortlist ?? 5 * limit));

      let reachable: Uint8Array | null = null;
      if (home !== null && profile.maxMinutes !== null) {
        reachable = new Uint8Array(index.points.length);
        index.grid.markWithin(home, (profile.maxMinutes / 60) * REACH_KMH[profile.mode], reachable);
      }
      const ctx: AdmitContext<P> = {
        index,
        profile,
        query,
        hard,
        dead,
        reachable,
        companyKey,
        hits: new Float64Array(profile.stacks.length),
        years: profile.years,
        newcomer: profile.newcomer,
        hardCareer: hard.career === true,
        withPreferences: hasPreferences(profile),
        withExclusions: profile.excludeCompanies.size > 0,
      };

      // Phase 1: postings sharing an exact or related stack.
      const seen = new Uint8Array(list.length);
      let seenCount = 0;
      let capacity = 0;
      for (const s of query.touched) capacity += index.lists[s]!.length;
      const matched = candidates(Math.min(list.length, capacity));
      for (const s of query.touched) {
        for (const i of index.lists[s]!) {
          if (seen[i]) continue;
          seen[i] = 1;
          seenCount++;
          admit(ctx, i, matched);
        }
      }

      // Commutes per distinct point, estimated once per query.
      const estimates = new Map<number, CommuteEstimate | null>();
      const fromHome = home !== null && o.commute === undefined ? commuteFrom(home, commuteOptions) : null;
      const estimatePoints = async (pointIds: Iterable<number>): Promise<void> => {
        const todo = [...new Set(pointIds)].filter((q) => q >= 0 && !estimates.has(q));
        if (todo.length === 0 || home === null) return;
        const tos = todo.map((q) => index.points[q]!);
        let answers: (CommuteEstimate | null)[];
        if (fromHome !== null) answers = tos.map(fromHome);
        else if (o.commute?.estimateMany) answers = await o.commute.estimateMany(home, tos, commuteOptions);
        else answers = await Promise.all(tos.map((to) => o.commute!.estimate(home, to, commuteOptions)));
        todo.forEach((q, k) => {
          estimates.set(q, answers[k] ?? null);
        });
      };
      const commuteOf = (i: number): CommuteEstimate | null => {
        const q = index.pointOf[i]!;
        return q < 0 ? null : (estimates.get(q) ?? null);
      };

      let introVector: number[] = [];
      if (useText) introVector = (await o.embedder!.embed([profile.intro!]))[0] ?? [];
      const embedPostings = async (ids: number[]): Promise<void> => {
        const todo = ids.filter((i) => !textVectors.has(i));
        if (todo.length === 0 || !o.embedder) return;
        const vectors = await o.embedder.embed(todo.map((i) => postingText(index.postings[i]!)));
        if (textVectors.size + todo.length > MAX_TEXT_VECTORS) textVectors.clear();
        todo.forEach((i, k) => {
          textVectors.set(i, Array.isArray(vectors[k]) ? vectors[k]! : []);
        });
      };

      const scored = new Map<number, Scored>();
      const bestOfGroup = new Map<number, number>();
      const kthBest = (): number => {
        if (bestOfGroup.size < limit) return Number.NEGATIVE_INFINITY;
        const scores = Float64Array.from(bestOfGroup.values(), (i) => scored.get(i)!.score).sort();
        return scores[scores.length - limit]!;
      };

      // Candidates in order of the best score they could reach (commute and text at their best),
      // evaluated batch by batch until no unevaluated one could enter the top `limit`.
      const rank = async (c: Candidates): Promise<void> => {
        const upper = new Float64Array(c.count);
        for (let j = 0; j < c.count; j++) {
          const s = useText ? (1 - w.text) * c.stacks[j]! + w.text : c.stacks[j]!;
          upper[j] = combineScore(
            c.matched[j] === 1,
            s,
            c.career[j]!,
            1,
            c.preferences[j]!,
            w,
            commuteWeighted,
          );
        }
        const next = descendingChunks(upper, c.count, Math.max(BATCH, 2 * limit));
        let evaluated = 0;
        let kth = Number.NEGATIVE_INFINITY;
        for (let chunk = next(); chunk.length > 0; chunk = next()) {
          for (let at = 0; at < chunk.length; ) {
            if (kth >= upper[chunk[at]!]!) return;
            if ((router && commuteNeeded) || useText) {
              const enough =
                bestOfGroup.size >= limit || (router && evaluated >= SHORTLIST_GROWTH * shortlist);
              if (evaluated >= shortlist && enough) return;
            }
            const batch = Array.from(chunk.subarray(at, at + BATCH));
            at += batch.length;
            evaluated += batch.length;
            if (commuteNeeded) await estimatePoints(batch.map((j) => index.pointOf[c.idx[j]!]!));
            if (useText) await embedPostings(batch.map((j) => c.idx[j]!));
            for (const j of batch) evaluate(c, j);
            kth = kthBest();
          }
        }
      };

      const evaluate = (c: Candidates, j: number): void => {
        const i = c.idx[j]!;
        const est = commuteNeeded ? commuteOf(i) : null;
        const max = profile.maxMinutes;
        if (max !== null && (est === null || !est.daily || !(est.minutes <= max))) return;
        const text = useText
          ? Math.max(0, cosineSimilarity(introVector, textVectors.get(i) ?? []))
          : undefined;
        const stacks = text === undefined ? c.stacks[j]! : (1 - w.text) * c.stacks[j]! + w.text * text;
        const commute = est ? 1 - est.intensity : null;
        const score = combineScore(
          c.matched[j] === 1,
          stacks,
          c.career[j]!,
          commute,
          c.preferences[j]!,
          w,
          commuteWeighted,
        );
        scored.set(i, { score, stacks, text });
        const g = index.group[i]!;
        const best = bestOfGroup.get(g);
        if (best === undefined || score > scored.get(best)!.score) bestOfGroup.set(g, i);
      };

      if (limit > 0) {
        await rank(matched);
        if (bestOfGroup.size < limit) {
          // Phase 2: too few matches; postings without any stack match fill the list, below them.
          const rest = candidates(list.length - seenCount);
          for (let i = 0; i < list.length && rest.count < rest.idx.length; i++)
            if (!seen[i]) admit(ctx, i, rest);
          await rank(rest);
        }
      }

      const chosen = [...bestOfGroup.values()]
        .sort((a, b) => scored.get(b)!.score - scored.get(a)!.score || a - b)
        .slice(0, limit);
      if (home !== null) await estimatePoints(chosen.map((i) => index.pointOf[i]!));
      const results = buildResults({
        index,
        profile,
        query,
        hard,
        chosen,
        scored,
        commuteOf: (i) => (home === null ? null : commuteOf(i)),
        alive: (i) => dead[i] !== 1,
      });
      return Object.assign(results, { warnings: [...profile.warnings] });
    },
  };
}

function closedMask<P extends RecommendablePosting>(
  index: PostingIndex<P>,
  ids: Iterable<string> | undefined,
): Uint8Array {
  const mask = new Uint8Array(index.postings.length);
  if (ids == null || typeof (ids as Iterable<string>)[Symbol.iterator] !== 'function') return mask;
  const closed = ids instanceof Set ? (ids as ReadonlySet<string>) : new Set(ids);
  if (closed.size === 0) return mask;
  index.postings.forEach((p, i) => {
    if (closed.has(p.id)) mask[i] = 1;
  });
  return mask;
}
