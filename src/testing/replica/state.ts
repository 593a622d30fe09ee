import { Random } from '../_random.js';
import { crossPost } from '../cross-post.js';
import { generatePostings, type SyntheticPosting } from '../generate-postings.js';
import { type MutationResult, type ReplicaMutation, SITE_NAMES, type SiteName } from './types.js';

// Each site has its own postings (its own generator seed) under ids in the site's usual range, so a
// test never mistakes one site's posting for another's. Closed postings are kept to answer "closed".
const ID_BASE: Readonly<Record<SiteName, number>> = {
  jumpit: 54_000_000,
  wanted: 300_000,
  programmers: 20_000,
  saramin: 52_000_000,
  jobkorea: 49_000_000,
  careers: 1_000,
};

const DAY_MS = 86_400_000;

/** The job boards one job is posted on at once (a company's own career site is not one). */
const BOARDS: readonly SiteName[] = ['jumpit', 'wanted', 'programmers', 'saramin', 'jobkorea'];

interface SiteState {
  seed: number;
  live: Map<number, SyntheticPosting>;
  closed: Map<number, SyntheticPosting>;
  /** How many postings the generator has produced for the site so far. */
  generated: number;
  /** Mutations applied, so each one draws differently. */
  revision: number;
}

/** The replica's postings per site and the mutations between runs. */
export class ReplicaState {
  private readonly sites = new Map<SiteName, SiteState>();

  constructor(
    counts: Record<SiteName, number>,
    seed: number,
    private readonly today: string,
    crossPosted = 0,
  ) {
    SITE_NAMES.forEach((site, index) => {
      const siteSeed = seed + (index + 1) * 7919;
      const state: SiteState = {
        seed: siteSeed,
        live: new Map(),
        closed: new Map(),
        generated: 0,
        revision: 0,
      };
      this.sites.set(site, state);
      for (const posting of this.generate(site, state, counts[site])) state.live.set(posting.id, posting);
    });
    this.crossPost(crossPosted, seed);
  }

  // Each copy takes the place of one of the other board's own postings, so every site keeps the count
  // it was asked for; a posting is an original or a copy at most once.
  private crossPost(share: number, seed: number): void {
    if (share <= 0) return;
    const random = new Random(seed + 104_723);
    const boards = BOARDS.filter((site) => this.site(site).live.size > 0);
    const used = new Map(boards.map((site) => [site, new Set<number>()]));
    const free = (site: SiteName) => this.live(site).filter((posting) => !used.get(site)!.has(posting.id));
    for (const origin of boards) {
      const others = boards.filter((site) => site !== origin);
      // Half the share as originals: each has one or two copies, so about `share` of postings are copies or copied.
      const originals = random.sample(free(origin), Math.round((share / 2) * this.site(origin).live.size));
      for (const original of originals) {
        used.get(origin)!.add(original.id);
        for (const target of random.sample(others, random.int(1, 2))) {
          const slot = free(target)[0];
          if (!slot) continue;
          used.get(target)!.add(slot.id);
          this.site(target).live.set(slot.id, crossPost(original, origin, target, slot.id, random));
        }
      }
    }
  }

  /** The live postings of `site`, oldest id first. */
  live(site: SiteName): SyntheticPosting[] {
    return [...this.site(site).live.values()].sort((a, b) => a.id - b.id);
  }

  /** The closed postings of `site`, oldest id first. */
  closed(site: SiteName): SyntheticPosting[] {
    return [...this.site(site).closed.values()].sort((a, b) => a.id - b.id);
  }

  /** A posting by its site id: live, closed, or unknown (undefined). */
  find(site: SiteName, id: number): { posting: SyntheticPosting; closed: boolean } | undefined {
    const state = this.site(site);
    const live = state.live.get(id);
    if (live) return { posting: live, closed: false };
    const closed = state.closed.get(id);
    return closed ? { posting: closed, closed: true } : undefined;
  }

  /** Applies `mutation` to its sites (every site by default). */
  mutate(mutation: ReplicaMutation): Record<SiteName, MutationResult> {
    const results = {} as Record<SiteName, MutationResult>;
    const targets = new Set(mutation.sites ?? SITE_NAMES);
    for (const site of SITE_NAMES) {
      results[site] = { added: [], changed: [], closed: [] };
      if (targets.has(site)) results[site] = this.mutateSite(site, mutation);
    }
    return results;
  }

  private mutateSite(site: SiteName, mutation: ReplicaMutation): MutationResult {
    const state = this.site(site);
    state.revision += 1;
    const random = new Random(state.seed + state.revision * 104_729);
    const liveCount = state.live.size;
    const share = (fraction: number) =>
      fraction > 0 && liveCount > 0 ? Math.max(1, Math.round(fraction * liveCount)) : 0;
    const counts =
      'fraction' in mutation
        ? {
            added: share(mutation.fraction),
            changed: share(mutation.fraction),
            closed: share(mutation.fraction),
          }
        : { added: mutation.added ?? 0, changed: mutation.changed ?? 0, closed: mutation.closed ?? 0 };
    // Closed first, then changed among the rest, so one posting is never both.
    const closing = random.sample(
      [...state.live.keys()].sort((a, b) => a - b),
      counts.closed,
    );
    for (const id of closing) {
      const posting = state.live.get(id)!;
      state.live.delete(id);
      state.closed.set(id, posting);
    }
    const changing = random.sample(
      [...state.live.keys()].sort((a, b) => a - b),
      counts.changed,
    );
    for (const id of changing) state.live.set(id, this.change(state.live.get(id)!, state.revision));
    const added = this.generate(site, state, counts.added).map((posting) => ({
      ...posting,
      postedAt: this.today,
    }));
    for (const posting of added) state.live.set(posting.id, posting);
    return {
      added: added.map((p) => p.id),
      changed: changing.sort((a, b) => a - b),
      closed: closing.sort((a, b) => a - b),
    };
  }

  // A change touches what lists show (title, stack order, deadline) and the detail text.
  private change(posting: SyntheticPosting, revision: number): SyntheticPosting {
    const base = posting.title.replace(/ \(\d+차\)$/, '');
    const [first, ...rest] = posting.stacks;
    const closesAt =
      posting.closesAt === null
        ? new Date(Date.parse(`${this.today}T00:00:00Z`) + 30 * DAY_MS).toISOString().slice(0, 10)
        : new Date(Date.parse(`${posting.closesAt}T00:00:00Z`) + 7 * DAY_MS).toISOString().slice(0, 10);
    return {
      ...posting,
      title: `${base} (${revision + 1}차)`,
      stacks: first === undefined ? rest : [...rest, first],
      closesAt,
      intro: `${posting.intro.replace(/ \[수정 \d+\]$/, '')} [수정 ${revision}]`,
    };
  }

  private generate(site: SiteName, state: SiteState, count: number): SyntheticPosting[] {
    if (count <= 0) return [];
    // The generator is sequential: asking for more gives the same first postings and new ones after.
    const all = generatePostings({ count: state.generated + count, seed: state.seed, today: this.today });
    const fresh = all
      .slice(state.generated)
      .map((posting) => ({ ...posting, id: ID_BASE[site] + posting.id }));
    state.generated += count;
    return fresh;
  }

  private site(site: SiteName): SiteState {
    const state = this.sites.get(site);
    if (!state) throw new Error(`unknown site '${site}'`);
    return state;
  }
}
