// Job identity across sites: the site replica posts about 30% of the job boards' postings as one job on
// two or three boards, each copy worded, tagged and dated in its site's manner and labelled with the
// job it belongs to. Every board is collected through its real adapter and normalized as a run does;
// linkJobs then links the copies. Scored over pairs of postings: precision (linked pairs that are one
// job) >= 0.95 and recall (pairs of one job that got linked) >= 0.90; and on hard negatives alone — two
// openings of one company on two sites whose titles give the same key ('백엔드 개발자' and 'Backend
// Engineer' both ask for a backend developer) — the share wrongly linked. Beside them, linkJobs' time
// over 100,000 postings, for its O(n log n).
import { performance } from 'node:perf_hooks';
import { jobTitleKey } from '../src/features/job-title-key.js';
import { linkJobs } from '../src/features/link-jobs.js';
import type { Posting } from '../src/model/posting.js';
import { normalizeCompanyName, normalizePosting } from '../src/normalize/index.js';
import {
  createHttpClient,
  jobkorea,
  jumpit,
  programmers,
  type Source,
  saramin,
  wanted,
} from '../src/sources/index.js';
import { createSiteReplica, type SiteName, type SiteReplica } from '../src/testing/index.js';
import type { BenchResult } from './_measure.js';

const PER_BOARD = 400;
const CROSS_POSTED = 0.3;
const SEED = 13;
const SCALE = 100_000;

function boards(replica: SiteReplica): [SiteName, Source][] {
  const { baseUrls } = replica;
  return [
    ['jumpit', jumpit({ baseUrl: baseUrls.jumpit })],
    ['wanted', wanted({ baseUrl: baseUrls.wanted, staticBaseUrl: baseUrls.wantedStatic })],
    ['programmers', programmers({ baseUrl: baseUrls.programmers })],
    ['saramin', saramin({ baseUrl: baseUrls.saramin, keywords: [''] })],
    ['jobkorea', jobkorea({ baseUrl: baseUrls.jobkorea, keywords: [''] })],
  ];
}

/** Every board's postings as a run normalizes them, each with the job the replica made it a copy of. */
async function labelledPostings(): Promise<{ postings: Posting[]; truth: Map<string, string> }> {
  const replica = await createSiteReplica({
    postingsPerSite: {
      jumpit: PER_BOARD,
      wanted: PER_BOARD,
      programmers: PER_BOARD,
      saramin: PER_BOARD,
      jobkorea: PER_BOARD,
      careers: 0,
    },
    crossPosted: CROSS_POSTED,
    seed: SEED,
  });
  const http = createHttpClient({ perHostRate: 2000, perHostConcurrency: 16, concurrency: 32 });
  const postings: Posting[] = [];
  const truth = new Map<string, string>();
  try {
    for (const [site, source] of boards(replica)) {
      const jobOf = new Map(replica.postings(site).map((p) => [String(p.id), p.jobKey ?? `${site}:${p.id}`]));
      for await (const raw of source.collect({ http })) {
        const posting = normalizePosting(raw);
        const job = jobOf.get(posting.sourceId);
        if (job === undefined) throw new Error(`no replica posting behind ${posting.id}`);
        postings.push(posting);
        truth.set(posting.id, job);
      }
    }
  } finally {
    await replica.close();
  }
  return { postings, truth };
}

/** Unordered pairs within each group of ids, as 'a\0b' with a < b. */
function pairsOf(groups: Iterable<string[]>): Set<string> {
  const pairs = new Set<string>();
  for (const ids of groups) {
    const sorted = [...ids].sort();
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) pairs.add(`${sorted[i]}\u0000${sorted[j]}`);
    }
  }
  return pairs;
}

function groupBy(postings: readonly Posting[], key: (posting: Posting) => string): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const posting of postings) {
    const k = key(posting);
    groups.set(k, [...(groups.get(k) ?? []), posting.id]);
  }
  return groups;
}

// Many companies with a few openings each, a fifth of them copied to a second board.
function scaled(template: readonly Posting[]): Posting[] {
  const out: Posting[] = [];
  for (let i = 0; out.length < SCALE; i++) {
    const base = template[i % template.length]!;
    const company = `${base.company} ${Math.floor(i / template.length)}`;
    out.push({ ...base, id: `${base.id}#${i}`, company });
  }
  return out;
}

export async function benchJobIdentity(): Promise<BenchResult[]> {
  const { postings, truth } = await labelledPostings();
  const start = performance.now();
  const linked = linkJobs(postings);
  const ms = performance.now() - start;

  const predicted = pairsOf(groupBy(linked, (p) => p.jobId!).values());
  const actual = pairsOf(groupBy(linked, (p) => truth.get(p.id)!).values());
  const found = [...predicted].filter((pair) => actual.has(pair)).length;
  const precision = predicted.size === 0 ? 1 : found / predicted.size;
  const recall = actual.size === 0 ? 1 : found / actual.size;

  // Hard negatives: one company, titles with one key, on two sites, yet two jobs.
  const jobOf = new Map(linked.map((p) => [p.id, p.jobId!]));
  const sameRole = groupBy(
    linked,
    (p) => `${normalizeCompanyName(p.company)}\u0000${jobTitleKey(p.title, p.company)}`,
  );
  const byId = new Map(linked.map((p) => [p.id, p]));
  let hardNegatives = 0;
  let wronglyLinked = 0;
  for (const pair of pairsOf(sameRole.values())) {
    const [a, b] = pair.split('\u0000') as [string, string];
    if (byId.get(a)!.source === byId.get(b)!.source || truth.get(a) === truth.get(b)) continue;
    hardNegatives += 1;
    if (jobOf.get(a) === jobOf.get(b)) wronglyLinked += 1;
  }

  const big = scaled(postings);
  const bigStart = performance.now();
  linkJobs(big);
  const bigMs = performance.now() - bigStart;

  const jobs = new Set(linked.map((p) => p.jobId)).size;
  const detail = {
    postings: postings.length,
    jobs,
    trueJobs: new Set(truth.values()).size,
    linkedPairs: predicted.size,
    rightPairs: found,
    truePairs: actual.size,
    ms,
  };
  return [
    {
      name: 'jobIdentity precision',
      value: precision,
      unit: 'of linked pairs',
      target: '>= 0.95',
      ok: precision >= 0.95,
      detail,
    },
    {
      name: 'jobIdentity recall',
      value: recall,
      unit: 'of true pairs',
      target: '>= 0.90',
      ok: recall >= 0.9,
      detail,
    },
    {
      name: 'jobIdentity hard negatives wrongly linked',
      value: hardNegatives === 0 ? 0 : wronglyLinked / hardNegatives,
      unit: 'share',
      target: '<= 0.05',
      ok: hardNegatives === 0 || wronglyLinked / hardNegatives <= 0.05,
      detail: { pairs: hardNegatives, wronglyLinked },
    },
    { name: `jobIdentity linkJobs over ${SCALE} postings`, value: bigMs, unit: 'ms' },
  ];
}
